/**
 * The Microsoft Graph objects the dynamic provider manages (src/azure/graph): user flows,
 * identity providers and their links, the External ID sign-up flow, policy keys and custom
 * policies. Their inputs are checked as Graph and B2C document them (custom policies' XML in
 * customPolicies.ts).
 */
import { eachValue, matches, oneOf } from "../../platform/constraintKinds";
import type { ConformanceAudit, Constraint } from "../../platform/constraints";
import { fixed } from "./common";
import { POLICY, policyConstraints } from "./customPolicies";

const G = "pulumi-nodejs:dynamic/azure-graph";
const USER_FLOW = `${G}:B2CUserFlow`;
const IDP = `${G}:SocialIdentityProvider`;
const LINK = `${G}:UserFlowIdentityProviderLink`;
const SIGN_UP = `${G}:ExternalIdSignUpFlow`;
const KEY_SET = `${G}:PolicyKeySet`;
const GRAPH_DOCS = "microsoftgraph/microsoft-graph-docs-contrib api-reference";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function flowConstraints(): Constraint[] {
  const flows = `${GRAPH_DOCS}/beta/resources/b2cidentityuserflow.md`;
  return [
    oneOf(
      { id: "b2c-user-flow-type", type: USER_FLOW, input: "userFlowType", source: `${flows} (userFlowType)` },
      ["signUp", "signIn", "signUpOrSignIn", "passwordReset", "profileUpdate", "resourceOwner"],
    ),
    oneOf(
      {
        id: "b2c-user-flow-version",
        type: USER_FLOW,
        input: "userFlowTypeVersion",
        source: `${flows} (userFlowTypeVersion)`,
      },
      [1, 2, 3],
    ),
    matches(
      {
        id: "b2c-user-flow-name",
        type: USER_FLOW,
        input: "name",
        source: `${flows} (id: B2C_1_ is added in front)`,
      },
      /^[A-Za-z0-9_-]{1,100}$/,
      "letters, digits, _ and -",
    ),
    matches(
      {
        id: "b2c-user-flow-language",
        type: USER_FLOW,
        input: "defaultLanguageTag",
        source: `${flows} (defaultLanguageTag)`,
      },
      /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
      "a language tag such as en or ko",
    ),
    oneOf(
      {
        id: "social-idp-type",
        type: IDP,
        input: "identityProviderType",
        source: `${GRAPH_DOCS}/v1.0/resources/socialidentityprovider.md (identityProviderType for B2C and External ID)`,
      },
      ["Microsoft", "Google", "Amazon", "LinkedIn", "Facebook", "GitHub", "Twitter", "Weibo", "QQ", "WeChat"],
    ),
    matches(
      {
        id: "social-idp-display-name",
        type: IDP,
        input: "displayName",
        source: `${GRAPH_DOCS}/v1.0/resources/socialidentityprovider.md (displayName)`,
      },
      /\S/,
      "not empty",
    ),
    eachValue(
      {
        id: "external-id-flow-providers",
        type: SIGN_UP,
        input: "identityProviderIds[]",
        source: `${GRAPH_DOCS}/v1.0/api/authenticationeventsflow-post-identityproviders.md (EmailPassword-OAUTH, EmailOtpSignup-OAUTH, Google-OAUTH, Facebook-OAUTH)`,
        rule: "a built-in local provider or a social provider's ID (<Type>-OAUTH)",
      },
      (value) =>
        typeof value === "string" && /^[A-Za-z]+-OAUTH$/.test(value)
          ? undefined
          : `is ${JSON.stringify(value)}`,
    ),
    matches(
      {
        id: "external-id-flow-apps",
        type: SIGN_UP,
        input: "applicationIds[]",
        source: `${GRAPH_DOCS}/v1.0/api/authenticationconditionapplication-post.md (appId)`,
      },
      UUID,
      "an application (client) ID",
    ),
    oneOf(
      {
        id: "key-set-use",
        type: KEY_SET,
        input: "use",
        source: `${GRAPH_DOCS}/beta/api/trustframeworkkeyset-generatekey.md (use: sig or enc)`,
      },
      ["sig", "enc"],
    ),
    oneOf(
      {
        id: "key-set-kty",
        type: KEY_SET,
        input: "kty",
        source: `${GRAPH_DOCS}/beta/api/trustframeworkkeyset-generatekey.md (kty: RSA or OCT)`,
      },
      ["RSA", "OCT", "oct"],
    ),
    matches(
      {
        id: "key-set-name",
        type: KEY_SET,
        input: "name",
        source: `${GRAPH_DOCS}/beta/resources/trustframeworkkeyset.md (id; B2C_1A_ prefixed)`,
      },
      /^B2C_1A_[A-Za-z0-9_.-]{1,100}$/,
      "B2C_1A_ and a name",
    ),
    ...(
      [
        [USER_FLOW, "user-flow"],
        [IDP, "identity-provider"],
        [LINK, "user-flow-link"],
        [SIGN_UP, "sign-up-flow"],
        [KEY_SET, "key-set"],
        [POLICY, "custom-policy"],
      ] as const
    ).map(([type, what]) =>
      matches(
        {
          id: `graph-connection-${what}`,
          type,
          input: "connection.tenantId",
          source: `${GRAPH_DOCS}/v1.0 (the directory's tenant GUID the Graph calls go to)`,
        },
        UUID,
        "a tenant GUID",
      ),
    ),
  ];
}

/** Microsoft Graph objects managed through the platform's dynamic provider. */
export const GRAPH_AUDIT: ConformanceAudit = {
  constraints: [...flowConstraints(), ...policyConstraints()],
  unconstrained: [
    ...fixed(USER_FLOW, {
      isLanguageCustomizationEnabled: "true when several languages are configured, a boolean",
    }),
    ...fixed(IDP, {
      clientId: "the provider's client ID, text of 1..256 characters by the configuration's schema",
      clientSecret: "a Pulumi secret (shown as [secret]); Graph keeps it write-only",
    }),
    ...fixed(LINK, {
      userFlowId: "the user flow's ID, taken from it (B2C_1_ prefixed by Graph)",
      identityProviderId: "the identity provider's ID, taken from it",
    }),
    ...fixed(SIGN_UP, {
      displayName: "<name> sign-up and sign-in, free text",
      isSignUpAllowed: "identity.selfSignUp, a boolean",
    }),
    ...fixed(KEY_SET, {
      source: "generate or uploadSecret, chosen by the program per key (generateKey / uploadSecret actions)",
      secret: "a Pulumi secret (shown as [secret]) uploaded with uploadSecret",
    }),
  ],
};
