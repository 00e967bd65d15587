import { cognitoAcceptsRedirect } from "../../config/rules/aws/clients";
import { COGNITO_MAX_CLIENT_SCOPES, COGNITO_MAX_RESOURCE_SERVER_SCOPES } from "../../config/rules/aws/limits";
import { fields } from "../../platform/checks";
import { atMostItems, integerIn, lengthIn, matches, oneOf } from "../../platform/constraintKinds";
import { custom, free, type ServiceAudit, T, userPoolId } from "./common";
import { SOURCES } from "./sources";

const client = (id: string, input: string, source: string = SOURCES.cognitoClient) => ({
  id,
  type: T.client,
  input,
  source,
});
const server = (id: string, input: string, source: string = SOURCES.cognitoResourceServer) => ({
  id,
  type: T.resourceServer,
  input,
  source,
});
const CLIENT_API = `${SOURCES.cognitoApi}/API_CreateUserPoolClient.html`;
const ROTATION_GUIDE = `${SOURCES.cognitoGuide}/amazon-cognito-user-pools-using-the-refresh-token.html`;
const ROTATION_ISSUES = "hashicorp/terraform-provider-aws issues 47196, 43531 and 45646";
const SECONDS = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 } as const;
/** Default units when tokenValidityUnits leaves one out: hours for access/ID, days for refresh. */
const VALIDITY = [
  ["accessTokenValidity", "accessToken", 300, 86_400, 3600],
  ["idTokenValidity", "idToken", 300, 86_400, 3600],
  ["refreshTokenValidity", "refreshToken", 3600, 315_360_000, 86_400],
] as const;
const urls = (p: Record<string, unknown>) =>
  (["callbackUrls", "logoutUrls"] as const).flatMap((key) =>
    Array.isArray(p[key]) ? (p[key] as unknown[]).map((url, i) => [`${key}[${i}]`, url] as const) : [],
  );

/** What the Cognito provider and Cognito enforce on app clients and the resource server. */
export const CLIENTS: ServiceAudit = {
  constraints: [
    lengthIn(client("cognito-client-name-length", "name", SOURCES.cognitoValidate), 1, 128),
    matches(
      client("cognito-client-name-pattern", "name", SOURCES.cognitoValidate),
      /^[\w\s+=,.@-]+$/,
      "letters, digits, spaces and + = , . @ -",
    ),
    userPoolId("cognito-client-user-pool-id", T.client),
    oneOf(client("cognito-client-user-existence", "preventUserExistenceErrors"), ["ENABLED", "LEGACY"]),
    integerIn(client("cognito-client-auth-session", "authSessionValidity"), 3, 15),
    custom(
      {
        ...client("cognito-client-token-validity", "accessTokenValidity"),
        rule: "access and ID tokens 5 minutes..1 day, refresh tokens 60 minutes..3,650 days, in the stated units",
      },
      (p) =>
        VALIDITY.flatMap(([input, unit, min, max, fallback]) => {
          const value = p[input];
          if (typeof value !== "number") return [];
          const units = fields(p.tokenValidityUnits)[unit];
          const factor =
            typeof units === "string" && units in SECONDS ? SECONDS[units as keyof typeof SECONDS] : fallback;
          const seconds = value * factor;
          return seconds < min || seconds > max
            ? [`${input} is ${value} ${typeof units === "string" ? units : "(default units)"}`]
            : [];
        }),
    ),
    custom(
      {
        ...client("cognito-client-token-units", "tokenValidityUnits"),
        rule: 'units of "seconds", "minutes", "hours" or "days"',
      },
      (p) =>
        Object.entries(fields(p.tokenValidityUnits)).flatMap(([k, v]) =>
          typeof v === "string" && v in SECONDS ? [] : [`tokenValidityUnits.${k} is ${JSON.stringify(v)}`],
        ),
    ),
    oneOf(client("cognito-client-oauth-flows", "allowedOauthFlows[]"), [
      "code",
      "implicit",
      "client_credentials",
    ]),
    custom(
      {
        ...client("cognito-client-oauth-flow-mix", "allowedOauthFlows", CLIENT_API),
        rule: "client_credentials not combined with code or implicit",
      },
      (p) => {
        const flows = Array.isArray(p.allowedOauthFlows) ? (p.allowedOauthFlows as unknown[]) : [];
        return flows.includes("client_credentials") && flows.length > 1
          ? [`allowedOauthFlows is ${JSON.stringify(flows)}`]
          : [];
      },
    ),
    atMostItems(client("cognito-client-scopes", "allowedOauthScopes"), COGNITO_MAX_CLIENT_SCOPES),
    oneOf(client("cognito-client-auth-flows", "explicitAuthFlows[]"), [
      "ADMIN_NO_SRP_AUTH",
      "CUSTOM_AUTH_FLOW_ONLY",
      "USER_PASSWORD_AUTH",
      "ALLOW_ADMIN_USER_PASSWORD_AUTH",
      "ALLOW_CUSTOM_AUTH",
      "ALLOW_USER_PASSWORD_AUTH",
      "ALLOW_USER_SRP_AUTH",
      "ALLOW_REFRESH_TOKEN_AUTH",
      "ALLOW_USER_AUTH",
    ]),
    custom(
      {
        ...client("cognito-client-rotation-stated", "refreshTokenRotation", ROTATION_ISSUES),
        rule: 'stated on every client: feature "ENABLED" or "DISABLED", never left out (removing the block fails the update)',
      },
      (p) => {
        const feature = fields(p.refreshTokenRotation).feature;
        return feature === "ENABLED" || feature === "DISABLED"
          ? []
          : [`refreshTokenRotation.feature is ${JSON.stringify(feature)}`];
      },
    ),
    integerIn(client("cognito-client-rotation-grace", "refreshTokenRotation.retryGracePeriodSeconds"), 0, 60),
    custom(
      {
        ...client("cognito-client-rotation-flow", "explicitAuthFlows", ROTATION_GUIDE),
        rule: "no ALLOW_REFRESH_TOKEN_AUTH while refresh-token rotation is ENABLED",
      },
      (p) =>
        fields(p.refreshTokenRotation).feature === "ENABLED" &&
        Array.isArray(p.explicitAuthFlows) &&
        p.explicitAuthFlows.includes("ALLOW_REFRESH_TOKEN_AUTH")
          ? ["explicitAuthFlows lists ALLOW_REFRESH_TOKEN_AUTH with rotation ENABLED"]
          : [],
    ),
    atMostItems(client("cognito-client-callback-count", "callbackUrls"), 100),
    atMostItems(client("cognito-client-logout-count", "logoutUrls"), 100),
    custom(
      {
        ...client("cognito-client-url-length", "callbackUrls", SOURCES.cognitoValidate),
        rule: "callback and logout URLs of 1..1,024 characters",
      },
      (p) =>
        urls(p).flatMap(([at, url]) =>
          typeof url === "string" && url.length >= 1 && url.length <= 1024
            ? []
            : [`${at} is ${JSON.stringify(url)}`],
        ),
    ),
    custom(
      {
        ...client("cognito-client-url-scheme", "logoutUrls", CLIENT_API),
        rule: "https, http only for localhost, or an app scheme such as myapp://callback",
      },
      (p) =>
        urls(p).flatMap(([at, url]) =>
          typeof url !== "string" || cognitoAcceptsRedirect(url) ? [] : [`${at} is ${JSON.stringify(url)}`],
        ),
    ),
    lengthIn(
      client("cognito-client-idp-names", "supportedIdentityProviders[]", SOURCES.cognitoValidate),
      1,
      32,
    ),
    lengthIn(
      server(
        "cognito-rs-identifier-length",
        "identifier",
        `${SOURCES.cognitoApi}/API_CreateResourceServer.html`,
      ),
      1,
      256,
    ),
    matches(
      server(
        "cognito-rs-identifier-pattern",
        "identifier",
        `${SOURCES.cognitoApi}/API_CreateResourceServer.html`,
      ),
      /^[\x21\x23-\x5B\x5D-\x7E]+$/,
      'printable ASCII without space, " or \\',
    ),
    lengthIn(
      server("cognito-rs-name-length", "name", `${SOURCES.cognitoApi}/API_CreateResourceServer.html`),
      1,
      256,
    ),
    matches(
      server("cognito-rs-name-pattern", "name", `${SOURCES.cognitoApi}/API_CreateResourceServer.html`),
      /^[\w\s+=,.@-]+$/,
      "letters, digits, spaces and + = , . @ -",
    ),
    atMostItems(server("cognito-rs-scopes", "scopes"), COGNITO_MAX_RESOURCE_SERVER_SCOPES),
    lengthIn(server("cognito-rs-scope-name-length", "scopes[].scopeName", SOURCES.cognitoValidate), 1, 256),
    matches(
      server("cognito-rs-scope-name-pattern", "scopes[].scopeName", SOURCES.cognitoValidate),
      /^[\x21\x23-\x2E\x30-\x5B\x5D-\x7E]+$/,
      'printable ASCII without space, " / or \\',
    ),
    lengthIn(server("cognito-rs-scope-description", "scopes[].scopeDescription"), 1, 256),
    userPoolId("cognito-rs-user-pool-id", T.resourceServer),
  ],
  unconstrained: [
    free(T.client, "generateSecret", "a boolean fixed per channel (confidential web and machine clients)"),
    free(T.client, "enableTokenRevocation", "a boolean, always true"),
    free(T.client, "allowedOauthFlowsUserPoolClient", "a boolean, always true"),
    free(T.client, "idTokenValidity", "checked with its units by cognito-client-token-validity"),
    free(T.client, "refreshTokenValidity", "checked with its units by cognito-client-token-validity"),
  ],
};
