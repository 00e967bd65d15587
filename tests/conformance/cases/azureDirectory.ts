/** App registrations, Graph objects and custom policies broken one at a time, with exact messages. */
import { type Case, edit } from "../azureCases";

const NOT_A_GUID = "not-a-guid";

export const DIRECTORY_CASES: readonly Case[] = [
  [
    "app-display-name",
    "example",
    "hanbit-web-app",
    (i) => {
      i.displayName = " ";
    },
    ['displayName is " "'],
  ],
  [
    "app-sign-in-audience",
    "example",
    "hanbit-web-app",
    (i) => {
      i.signInAudience = "Everyone";
    },
    ['signInAudience is "Everyone"'],
  ],
  [
    "app-personal-account-limits",
    "example",
    "hanbit-web-app",
    (i) => {
      delete i.api;
    },
    ["api.requestedAccessTokenVersion is undefined"],
  ],
  [
    "app-personal-account-limits",
    "example",
    "hanbit-mobile-app",
    (i) => {
      i.publicClient.redirectUris = ["https://*.hanbit.co.kr/cb"];
    },
    ["publicClient.redirectUris has the wildcard host https://*.hanbit.co.kr/cb"],
  ],
  [
    "app-personal-account-limits",
    "example",
    "hanbit-api-app",
    (i) => {
      i.api.oauth2PermissionScopes[0].value = `orders.${"r".repeat(34)}`;
    },
    [`the scope "orders.${"r".repeat(34)}" is longer than 40`],
  ],
  [
    "app-token-version",
    "externalid",
    "tsubame-api-app",
    (i) => {
      i.api.requestedAccessTokenVersion = 3;
    },
    ["api.requestedAccessTokenVersion is 3"],
  ],
  [
    "app-roles-scopes-unique",
    "example",
    "hanbit-api-app",
    (i) => {
      i.appRoles[0].id = "11111111-2222-4333-8444-555555555555";
    },
    ['the value "partner.orders.read" has two IDs'],
  ],
  [
    "app-roles-scopes-unique",
    "example",
    "hanbit-api-app",
    (i) => {
      i.appRoles[0].description = "Partners";
    },
    ['the permission "partner.orders.read" differs between its app role and its scope'],
  ],
  [
    "app-scope-value",
    "example",
    "hanbit-api-app",
    (i) => {
      i.api.oauth2PermissionScopes[0].value = ".orders";
    },
    ['api.oauth2PermissionScopes[0].value is ".orders"'],
  ],
  [
    "app-role-value",
    "example",
    "hanbit-api-app",
    (i) => {
      i.appRoles[0].value = "partner orders";
    },
    ['appRoles[0].value is "partner orders"'],
  ],
  [
    "app-scope-type",
    "example",
    "hanbit-api-app",
    (i) => {
      i.api.oauth2PermissionScopes[0].type = "Everyone";
    },
    ['api.oauth2PermissionScopes[0].type is "Everyone"'],
  ],
  [
    "app-scope-id",
    "example",
    "hanbit-api-app",
    (i) => {
      i.api.oauth2PermissionScopes[1].id = NOT_A_GUID;
    },
    [`api.oauth2PermissionScopes[1].id is "${NOT_A_GUID}"`],
  ],
  [
    "app-role-member-types",
    "example",
    "hanbit-api-app",
    (i) => {
      i.appRoles[0].allowedMemberTypes = ["Device"];
    },
    ['appRoles[0].allowedMemberTypes[0] is "Device"'],
  ],
  [
    "app-role-id",
    "externalid",
    "tsubame-api-app",
    (i) => {
      i.appRoles = [{ id: NOT_A_GUID, value: "x", allowedMemberTypes: ["Application"] }];
    },
    [`appRoles[0].id is "${NOT_A_GUID}"`],
  ],
  [
    "app-resource-access-type",
    "example",
    "hanbit-spa-app",
    (i) => {
      i.requiredResourceAccesses[0].resourceAccesses[0].type = "Delegated";
    },
    ['requiredResourceAccesses[0].resourceAccesses[0].type is "Delegated"'],
  ],
  [
    "app-resource-access-id",
    "example",
    "hanbit-spa-app",
    (i) => {
      i.requiredResourceAccesses[0].resourceAccesses[1].id = "offline_access";
    },
    ['requiredResourceAccesses[0].resourceAccesses[1].id is "offline_access"'],
  ],
  [
    "app-redirect-uris-web",
    "example",
    "hanbit-web-app",
    (i) => {
      i.web.redirectUris = ["https://www.hanbit.co.kr"];
    },
    ["web.redirectUris[0] has no path (not even /)"],
  ],
  [
    "app-redirect-uris-spa",
    "example",
    "hanbit-spa-app",
    (i) => {
      i.singlePageApplication.redirectUris = ["kr.co.hanbit.app://cb"];
    },
    ["singlePageApplication.redirectUris[0] has the scheme kr.co.hanbit.app"],
  ],
  [
    "app-redirect-uris-public",
    "example",
    "hanbit-mobile-app",
    (i) => {
      i.publicClient.redirectUris = ["kr.co.hanbit.app:/oauth2redirect"];
    },
    ["publicClient.redirectUris[0] has no host"],
  ],
  [
    "service-principal-client-id",
    "example",
    "hanbit-api-sp",
    (i) => {
      i.clientId = NOT_A_GUID;
    },
    [`clientId is "${NOT_A_GUID}"`],
  ],
  [
    "app-password-application",
    "example",
    "hanbit-web-secret-a",
    (i) => {
      i.applicationId = "d3f253b7";
    },
    ['applicationId is "d3f253b7"'],
  ],
  [
    "app-password-end-date",
    "example",
    "hanbit-web-secret-a",
    (i) => {
      i.endDate = "2027-07-14";
    },
    ['endDate is "2027-07-14"'],
  ],
  [
    "grant-principal",
    "example",
    "hanbit-spa-consent",
    (i) => {
      i.servicePrincipalObjectId = NOT_A_GUID;
    },
    [`servicePrincipalObjectId is "${NOT_A_GUID}"`],
  ],
  [
    "grant-resource",
    "example",
    "hanbit-spa-consent",
    (i) => {
      i.resourceServicePrincipalObjectId = NOT_A_GUID;
    },
    [`resourceServicePrincipalObjectId is "${NOT_A_GUID}"`],
  ],
  [
    "grant-claim-values",
    "example",
    "hanbit-spa-consent",
    (i) => {
      i.claimValues = ["orders.read", ""];
    },
    ['claimValues[1] is ""'],
  ],
  [
    "app-role-grant-app-role-id",
    "example",
    "hanbit-machine-role-partner.orders.read",
    (i) => {
      i.appRoleId = NOT_A_GUID;
    },
    [`appRoleId is "${NOT_A_GUID}"`],
  ],
  [
    "app-role-grant-principal-object-id",
    "example",
    "hanbit-machine-role-partner.orders.read",
    (i) => {
      i.principalObjectId = NOT_A_GUID;
    },
    [`principalObjectId is "${NOT_A_GUID}"`],
  ],
  [
    "app-role-grant-resource-object-id",
    "example",
    "hanbit-machine-role-partner.orders.read",
    (i) => {
      i.resourceObjectId = NOT_A_GUID;
    },
    [`resourceObjectId is "${NOT_A_GUID}"`],
  ],
  [
    "b2c-user-flow-type",
    "userflows",
    "lindqvist-signup-signin-flow",
    (i) => {
      i.userFlowType = "signInOrUp";
    },
    ['userFlowType is "signInOrUp"'],
  ],
  [
    "b2c-user-flow-version",
    "userflows",
    "lindqvist-signup-signin-flow",
    (i) => {
      i.userFlowTypeVersion = 4;
    },
    ["userFlowTypeVersion is 4"],
  ],
  [
    "b2c-user-flow-name",
    "userflows",
    "lindqvist-signup-signin-flow",
    (i) => {
      i.name = "sign up";
    },
    ['name is "sign up"'],
  ],
  [
    "b2c-user-flow-language",
    "userflows",
    "lindqvist-signup-signin-flow",
    (i) => {
      i.defaultLanguageTag = "Swedish";
    },
    ['defaultLanguageTag is "Swedish"'],
  ],
  [
    "social-idp-type",
    "userflows",
    "lindqvist-idp-google",
    (i) => {
      i.identityProviderType = "Apple";
    },
    ['identityProviderType is "Apple"'],
  ],
  [
    "social-idp-display-name",
    "userflows",
    "lindqvist-idp-google",
    (i) => {
      i.displayName = "";
    },
    ['displayName is ""'],
  ],
  [
    "external-id-flow-providers",
    "externalid",
    "tsubame-signup-signin-flow",
    (i) => {
      i.identityProviderIds = ["EmailPassword-OAUTH", "Google"];
    },
    ['identityProviderIds[1] is "Google"'],
  ],
  [
    "external-id-flow-apps",
    "externalid",
    "tsubame-signup-signin-flow",
    (i) => {
      i.applicationIds = ["web"];
    },
    ['applicationIds[0] is "web"'],
  ],
  [
    "key-set-use",
    "example",
    "hanbit-key-googlesecret",
    (i) => {
      i.use = "encrypt";
    },
    ['use is "encrypt"'],
  ],
  [
    "key-set-kty",
    "example",
    "hanbit-key-tokensigningkeycontainer",
    (i) => {
      i.kty = "EC";
    },
    ['kty is "EC"'],
  ],
  [
    "key-set-name",
    "example",
    "hanbit-key-googlesecret",
    (i) => {
      i.name = "GoogleSecret";
    },
    ['name is "GoogleSecret"'],
  ],
  ...(
    [
      ["graph-connection-user-flow", "userflows", "lindqvist-signup-signin-flow"],
      ["graph-connection-identity-provider", "userflows", "lindqvist-idp-google"],
      ["graph-connection-user-flow-link", "userflows", "lindqvist-idp-google-link"],
      ["graph-connection-sign-up-flow", "externalid", "tsubame-signup-signin-flow"],
      ["graph-connection-key-set", "example", "hanbit-key-googlesecret"],
      ["graph-connection-custom-policy", "example", "hanbit-policy-trustframeworkbase"],
    ] as const
  ).map(
    ([id, plan, name]): Case => [
      id,
      plan,
      name,
      (i) => {
        i.connection.tenantId = "hanbitb2c.onmicrosoft.com";
      },
      ['connection.tenantId is "hanbitb2c.onmicrosoft.com"'],
    ],
  ),
  [
    "b2c-policy-id",
    "example",
    "hanbit-policy-trustframeworkbase",
    (i) => {
      i.policyId = "B2C_1_TrustFrameworkBase";
    },
    ['policyId is "B2C_1_TrustFrameworkBase"'],
  ],
  [
    "b2c-policy-document",
    "example",
    "hanbit-policy-signuporsignin",
    (i) => {
      i.policyId = "B2C_1A_SignIn";
    },
    ['policyXml declares PolicyId "B2C_1A_SignUpOrSignin"'],
  ],
  [
    "b2c-policy-document",
    "example",
    "hanbit-policy-profileedit",
    edit("policyXml", (x) => x.replace("</TrustFrameworkPolicy>", "")),
    ["policyXml is not well-formed XML (Unclosed tag 'TrustFrameworkPolicy'.)"],
  ],
  [
    "b2c-policy-document",
    "example",
    "hanbit-policy-profileedit",
    (i) => {
      i.policyXml = "[unknown]";
    },
    [],
  ],
  [
    "b2c-jwt-issuer-lifetimes",
    "example",
    "hanbit-policy-trustframeworkextensions",
    edit("policyXml", (x) =>
      x.replace(
        '"rolling_refresh_token_lifetime_secs">86400<',
        '"rolling_refresh_token_lifetime_secs">40000000<',
      ),
    ),
    ["JwtIssuer rolling_refresh_token_lifetime_secs is 40000000"],
  ],
  [
    "b2c-jwt-issuer-lifetimes",
    "example",
    "hanbit-policy-trustframeworkextensions",
    edit("policyXml", (x) => x.replace('"token_lifetime_secs">900<', '"token_lifetime_secs">120<')),
    ["JwtIssuer token_lifetime_secs is 120"],
  ],
  [
    "b2c-session-behaviors",
    "example",
    "hanbit-policy-signuporsignin",
    edit("policyXml", (x) => x.replace(/<SessionExpiryInSeconds>\d+</, "<SessionExpiryInSeconds>600<")),
    ["SessionExpiryInSeconds is 600"],
  ],
  [
    "b2c-session-behaviors",
    "example",
    "hanbit-policy-signuporsignin",
    edit("policyXml", (x) =>
      x.replace('<SingleSignOn Scope="Tenant"/>', '<SingleSignOn Scope="Tenant" KeepAliveInDays="120"/>'),
    ),
    ["SingleSignOn KeepAliveInDays is 120"],
  ],
  [
    "b2c-password-length",
    "example",
    "hanbit-policy-trustframeworkbase",
    edit("policyXml", (x) => x.replace('"Maximum">256<', '"Maximum">300<')),
    ["the predicate PasswordLength allows 12..300 characters"],
  ],
];
