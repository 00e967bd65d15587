import { fields } from "../../platform/checks";
import { atMostItems, lengthIn, matches, oneOf } from "../../platform/constraintKinds";
import { custom, free, poolsOf, type ServiceAudit, T, userPoolId } from "./common";
import { SOURCES } from "./sources";

const IDP_API = `${SOURCES.cognitoApi}/API_CreateIdentityProvider.html`;
const MANAGED_LOGIN = `${SOURCES.cognitoGuide}/cognito-user-pools-managed-login.html`;
const PLANS = `${SOURCES.cognitoGuide}/cognito-sign-in-feature-plans.html`;
const RISK_API = `${SOURCES.cognitoApi}/API_SetRiskConfiguration.html`;
const LOGS_API = `${SOURCES.cognitoApi}/API_SetLogDeliveryConfiguration.html`;
/** Provider details Cognito requires per provider type (CreateIdentityProvider, ProviderDetails). */
const REQUIRED_DETAILS: Readonly<Record<string, readonly string[]>> = {
  Google: ["client_id", "client_secret", "authorize_scopes"],
  Facebook: ["client_id", "client_secret", "authorize_scopes"],
  LoginWithAmazon: ["client_id", "client_secret", "authorize_scopes"],
  SignInWithApple: ["client_id", "team_id", "key_id", "private_key", "authorize_scopes"],
  OIDC: ["client_id", "attributes_request_method", "oidc_issuer", "authorize_scopes"],
  SAML: ["MetadataURL"],
};
const SOCIAL = ["Google", "Facebook", "LoginWithAmazon", "SignInWithApple"];
const ACTIONS = ["BLOCK", "MFA_IF_CONFIGURED", "MFA_REQUIRED", "NO_ACTION"];
const notOnLite =
  (what: string) =>
  (_p: Record<string, unknown>, r: Parameters<typeof poolsOf>[0], all: Parameters<typeof poolsOf>[1]) =>
    poolsOf(r, all).some((pool) => pool.userPoolTier === "LITE")
      ? [`${what} on a user pool with userPoolTier LITE`]
      : [];

/** Identity providers, the hosted domain and its branding, threat protection and log delivery. */
export const COGNITO_OTHER: ServiceAudit = {
  constraints: [
    lengthIn(
      { id: "cognito-idp-name", type: T.idp, input: "providerName", source: SOURCES.cognitoValidate },
      1,
      32,
    ),
    oneOf(
      { id: "cognito-idp-type", type: T.idp, input: "providerType", source: SOURCES.cognitoIdp },
      Object.keys(REQUIRED_DETAILS),
    ),
    custom(
      {
        id: "cognito-idp-social-name",
        type: T.idp,
        input: "providerName",
        source: IDP_API,
        rule: "the provider type itself for social providers (Google, Facebook, LoginWithAmazon, SignInWithApple)",
      },
      (p) =>
        SOCIAL.includes(String(p.providerType)) && p.providerName !== p.providerType
          ? [`providerName is ${JSON.stringify(p.providerName)} for ${String(p.providerType)}`]
          : [],
    ),
    custom(
      {
        id: "cognito-idp-details",
        type: T.idp,
        input: "providerDetails",
        source: IDP_API,
        rule: "every detail the provider type requires",
      },
      (p) => {
        const details = fields(p.providerDetails);
        const missing = (REQUIRED_DETAILS[String(p.providerType)] ?? []).filter(
          (k) => details[k] === undefined,
        );
        return missing.length > 0 ? [`providerDetails lacks ${missing.join(", ")}`] : [];
      },
    ),
    userPoolId("cognito-idp-user-pool-id", T.idp),
    lengthIn(
      { id: "cognito-domain-length", type: T.domain, input: "domain", source: SOURCES.cognitoDomain },
      1,
      63,
    ),
    custom(
      {
        id: "cognito-domain-prefix",
        type: T.domain,
        input: "domain",
        source: `${SOURCES.cognitoApi}/API_CreateUserPoolDomain.html`,
        rule: "a prefix of lowercase letters, digits and inner hyphens unless it is a custom domain (with a certificate)",
      },
      (p) =>
        p.certificateArn === undefined && !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(String(p.domain))
          ? [`domain is ${JSON.stringify(p.domain)}`]
          : [],
    ),
    matches(
      {
        id: "cognito-domain-certificate",
        type: T.domain,
        input: "certificateArn",
        source: `${SOURCES.cognitoGuide}/cognito-user-pools-add-custom-domain.html`,
      },
      /^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/.+$/,
      "an ACM certificate in us-east-1",
    ),
    oneOf(
      {
        id: "cognito-domain-login-version",
        type: T.domain,
        input: "managedLoginVersion",
        source: SOURCES.cognitoDomain,
      },
      [1, 2],
    ),
    custom(
      {
        id: "cognito-domain-lite-classic",
        type: T.domain,
        input: "managedLoginVersion",
        source: MANAGED_LOGIN,
        rule: "1 (the classic hosted UI) when the user pool is on the Lite plan",
      },
      (p, r, all) => (p.managedLoginVersion === 2 ? notOnLite("managedLoginVersion is 2")(p, r, all) : []),
    ),
    userPoolId("cognito-domain-user-pool-id", T.domain),
    custom(
      {
        id: "cognito-branding-tier",
        type: T.branding,
        input: "useCognitoProvidedValues",
        source: MANAGED_LOGIN,
        rule: "no managed-login branding on a Lite user pool (classic hosted UI only)",
      },
      notOnLite("a managed login branding"),
    ),
    userPoolId("cognito-branding-user-pool-id", T.branding),
    custom(
      {
        id: "cognito-risk-actions",
        type: T.risk,
        input: "accountTakeoverRiskConfiguration",
        source: RISK_API,
        rule: `high, medium and low actions among ${ACTIONS.join(", ")}, with a notify configuration when one notifies`,
      },
      (p) => {
        const config = fields(p.accountTakeoverRiskConfiguration);
        const actions = fields(config.actions);
        const out = (["highAction", "mediumAction", "lowAction"] as const).flatMap((k) =>
          ACTIONS.includes(String(fields(actions[k]).eventAction))
            ? []
            : [`actions.${k}.eventAction is ${JSON.stringify(fields(actions[k]).eventAction)}`],
        );
        const notifies = Object.values(actions).some((a) => fields(a).notify === true);
        if (notifies && fields(config.notifyConfiguration).sourceArn === undefined)
          out.push("a risk action notifies but notifyConfiguration.sourceArn is missing");
        return out;
      },
    ),
    oneOf(
      {
        id: "cognito-risk-compromised-action",
        type: T.risk,
        input: "compromisedCredentialsRiskConfiguration.actions.eventAction",
        source: RISK_API,
      },
      ["BLOCK", "NO_ACTION"],
    ),
    oneOf(
      {
        id: "cognito-risk-event-filters",
        type: T.risk,
        input: "compromisedCredentialsRiskConfiguration.eventFilters[]",
        source: RISK_API,
      },
      ["SIGN_IN", "PASSWORD_CHANGE", "SIGN_UP"],
    ),
    custom(
      {
        id: "cognito-risk-tier",
        type: T.risk,
        input: "userPoolId",
        source: PLANS,
        rule: "a user pool on the Plus plan (threat protection)",
      },
      (_p, r, all) =>
        poolsOf(r, all)
          .filter((pool) => pool.userPoolTier !== "PLUS")
          .map((pool) => `the user pool's userPoolTier is ${String(pool.userPoolTier)}`),
    ),
    oneOf(
      {
        id: "cognito-logs-source",
        type: T.logDelivery,
        input: "logConfigurations[].eventSource",
        source: LOGS_API,
      },
      ["userNotification", "userAuthEvents"],
    ),
    oneOf(
      {
        id: "cognito-logs-level",
        type: T.logDelivery,
        input: "logConfigurations[].logLevel",
        source: LOGS_API,
      },
      ["ERROR", "INFO"],
    ),
    atMostItems(
      { id: "cognito-logs-count", type: T.logDelivery, input: "logConfigurations", source: LOGS_API },
      2,
    ),
    custom(
      {
        id: "cognito-logs-level-per-source",
        type: T.logDelivery,
        input: "logConfigurations",
        source: `${SOURCES.cognitoGuide}/exporting-quotas-and-usage.html`,
        rule: "userNotification at ERROR, userAuthEvents at INFO, and user-auth events only on the Plus plan",
      },
      (p, r, all) => {
        const configs = Array.isArray(p.logConfigurations)
          ? (p.logConfigurations as unknown[]).map(fields)
          : [];
        const out = configs.flatMap((c, i) => {
          const expected = c.eventSource === "userNotification" ? "ERROR" : "INFO";
          return c.logLevel === expected
            ? []
            : [
                `logConfigurations[${i}].logLevel is ${JSON.stringify(c.logLevel)} for ${String(c.eventSource)}`,
              ];
        });
        if (configs.some((c) => c.eventSource === "userAuthEvents"))
          out.push(
            ...poolsOf(r, all)
              .filter((pool) => pool.userPoolTier !== "PLUS")
              .map((pool) => `userAuthEvents on a ${String(pool.userPoolTier)} user pool`),
          );
        return out;
      },
    ),
  ],
  unconstrained: [
    free(
      T.idp,
      "attributeMapping",
      "keys from the configuration's closed list of user attributes, values the provider's own claim names",
    ),
    free(T.branding, "clientId", "the app client's ID, an output of that client"),
    free(T.logDelivery, "userPoolId", "the user pool's ID output (cognito-pool-* rules check the pool)"),
  ],
};
