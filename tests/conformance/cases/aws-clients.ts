import type { RuleCase } from "../support";

const many = (n: number, of = (i: number) => `s${i}` as unknown) =>
  Array.from({ length: n }, (_, i) => of(i));

/** For each Cognito app client and resource server rule: inputs that break it and exactly what it reports. */
export const CLIENT_CASES: RuleCase[] = [
  ["cognito-client-name-length", { name: "" }, ["name has 0 characters"]],
  ["cognito-client-name-pattern", { name: "web/app" }, ['name is "web/app"']],
  ["cognito-client-user-pool-id", { userPoolId: "pool-123" }, ['userPoolId is "pool-123"']],
  [
    "cognito-client-user-existence",
    { preventUserExistenceErrors: "ON" },
    ['preventUserExistenceErrors is "ON"'],
  ],
  ["cognito-client-auth-session", { authSessionValidity: 16 }, ["authSessionValidity is 16"]],
  [
    "cognito-client-token-validity",
    {
      accessTokenValidity: 2,
      idTokenValidity: 299,
      refreshTokenValidity: 59,
      tokenValidityUnits: { accessToken: "days", idToken: "seconds", refreshToken: "minutes" },
    },
    ["accessTokenValidity is 2 days", "idTokenValidity is 299 seconds", "refreshTokenValidity is 59 minutes"],
  ],
  [
    "cognito-client-token-units",
    { tokenValidityUnits: { accessToken: "weeks" } },
    ['tokenValidityUnits.accessToken is "weeks"'],
  ],
  ["cognito-client-oauth-flows", { allowedOauthFlows: ["password"] }, ['allowedOauthFlows[0] is "password"']],
  [
    "cognito-client-oauth-flow-mix",
    { allowedOauthFlows: ["code", "client_credentials"] },
    ['allowedOauthFlows is ["code","client_credentials"]'],
  ],
  // Issue 9 defect 5: at most 50 allowed OAuth scopes per client, the machine client included.
  ["cognito-client-scopes", { allowedOauthScopes: many(51) }, ["allowedOauthScopes has 51 items"]],
  [
    "cognito-client-auth-flows",
    { explicitAuthFlows: ["ALLOW_PASSWORD"] },
    ['explicitAuthFlows[0] is "ALLOW_PASSWORD"'],
  ],
  // Issue 9 defect 6: the rotation block is stated on every client, never dropped.
  [
    "cognito-client-rotation-stated",
    { explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"] },
    ["refreshTokenRotation.feature is undefined"],
  ],
  [
    "cognito-client-rotation-grace",
    { refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 61 } },
    ["refreshTokenRotation.retryGracePeriodSeconds is 61"],
  ],
  [
    "cognito-client-rotation-flow",
    { refreshTokenRotation: { feature: "ENABLED" }, explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH"] },
    ["explicitAuthFlows lists ALLOW_REFRESH_TOKEN_AUTH with rotation ENABLED"],
  ],
  ["cognito-client-callback-count", { callbackUrls: many(101) }, ["callbackUrls has 101 items"]],
  ["cognito-client-logout-count", { logoutUrls: many(101) }, ["logoutUrls has 101 items"]],
  [
    "cognito-client-url-length",
    { callbackUrls: [`https://a.example/${"x".repeat(1010)}`], logoutUrls: [""] },
    [`callbackUrls[0] is "https://a.example/${"x".repeat(1010)}"`, 'logoutUrls[0] is ""'],
  ],
  [
    "cognito-client-url-scheme",
    { callbackUrls: ["http://127.0.0.1:3000/cb", "myapp://callback", "http://localhost/cb"] },
    ['callbackUrls[0] is "http://127.0.0.1:3000/cb"'],
  ],
  [
    "cognito-client-idp-names",
    { supportedIdentityProviders: ["COGNITO", "x".repeat(33)] },
    ["supportedIdentityProviders[1] has 33 characters"],
  ],
  ["cognito-rs-identifier-length", { identifier: "x".repeat(257) }, ["identifier has 257 characters"]],
  ["cognito-rs-identifier-pattern", { identifier: "my api" }, ['identifier is "my api"']],
  ["cognito-rs-name-length", { name: "" }, ["name has 0 characters"]],
  ["cognito-rs-name-pattern", { name: "API (v2)" }, ['name is "API (v2)"']],
  // Issue 9 defect 5: a resource server holds at most 100 scopes.
  [
    "cognito-rs-scopes",
    { scopes: many(101, (i) => ({ scopeName: `s${i}`, scopeDescription: "d" })) },
    ["scopes has 101 items"],
  ],
  [
    "cognito-rs-scope-name-length",
    { scopes: [{ scopeName: "", scopeDescription: "d" }] },
    ["scopes[0].scopeName has 0 characters"],
  ],
  [
    "cognito-rs-scope-name-pattern",
    { scopes: [{ scopeName: "orders/read", scopeDescription: "d" }] },
    ['scopes[0].scopeName is "orders/read"'],
  ],
  [
    "cognito-rs-scope-description",
    { scopes: [{ scopeName: "a", scopeDescription: "" }] },
    ["scopes[0].scopeDescription has 0 characters"],
  ],
  ["cognito-rs-user-pool-id", { userPoolId: "" }, ['userPoolId is ""']],
];
