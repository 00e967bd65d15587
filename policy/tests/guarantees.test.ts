import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Plan, PlannedResource } from "../../src/plan/model";
import { runInProcess, stackDir } from "../../tests/support/cli";
import { exampleSettings, planCached } from "../../tests/support/harness";
import { POLICY_COMMAND, policyMain } from "../command";

const files = stackDir();
afterAll(() => files.remove());
const plans = {} as Record<"aws" | "azure", Plan>;
beforeAll(async () => {
  plans.aws = await planCached(exampleSettings("aws"), "aws");
  plans.azure = await planCached(exampleSettings("azure"), "azure");
}, 120_000);

/**
 * `npm run policy -- --plan FILE`, run in this process through the command's own main (the
 * process entry is exercised by policy/tests/cli.test.ts): 23 processes cost 25 s of CPU.
 */
const runPolicy = (planFile: string) => runInProcess(POLICY_COMMAND, policyMain, ["--plan", planFile]);

type Edit = (resources: PlannedResource[]) => void;
const first = (type: string) => (rs: PlannedResource[]) => {
  const found = rs.find((r) => r.type === type);
  if (!found) throw new Error(`no ${type}`);
  return found.inputs;
};
const every =
  (type: string, change: (inputs: Record<string, unknown>) => void): Edit =>
  (rs) => {
    for (const r of rs.filter((x) => x.type === type)) change(r.inputs);
  };
const POOL = first("aws:cognito/userPool:UserPool");
const PLATFORM = first("auth-platform:index:AuthPlatform");

/**
 * Each guarantee of README "Security: what the defaults guarantee": the plan it lives in, an edit
 * that removes it, and the mandatory rule that must then fail.
 */
const GUARANTEES: [string, "aws" | "azure", Edit, string][] = [
  ["MFA required", "aws", (rs) => Object.assign(POOL(rs), { mfaConfiguration: "OPTIONAL" }), "mfa-required"],
  [
    "passwords of 12+ characters, every class, 5 remembered",
    "aws",
    (rs) => Object.assign(POOL(rs).passwordPolicy as object, { minimumLength: 8 }),
    "password-policy",
  ],
  [
    "account recovery by verified e-mail",
    "aws",
    (rs) =>
      Object.assign(POOL(rs), {
        accountRecoverySetting: { recoveryMechanisms: [{ name: "verified_phone_number", priority: 1 }] },
      }),
    "account-recovery-verified-email",
  ],
  [
    "user-existence errors hidden",
    "aws",
    every("aws:cognito/userPoolClient:UserPoolClient", (i) =>
      Object.assign(i, { preventUserExistenceErrors: "LEGACY" }),
    ),
    "user-existence-hidden",
  ],
  [
    "case-insensitive usernames",
    "aws",
    (rs) => Object.assign(POOL(rs), { usernameConfiguration: { caseSensitive: true } }),
    "usernames-case-insensitive",
  ],
  [
    "threat protection enforced",
    "aws",
    (rs) => Object.assign(POOL(rs), { userPoolAddOns: { advancedSecurityMode: "AUDIT" } }),
    "cognito-threat-protection-enforced",
  ],
  [
    "a WAF rate limit on sign-in",
    "aws",
    (rs) => Object.assign(first("aws:wafv2/webAcl:WebAcl")(rs), { rules: [] }),
    "waf-sign-in-rate-limit",
  ],
  [
    "access and ID tokens of at most an hour",
    "aws",
    every("aws:cognito/userPoolClient:UserPoolClient", (i) =>
      Object.assign(i, { accessTokenValidity: 7200 }),
    ),
    "cognito-token-lifetimes",
  ],
  [
    "refresh tokens rotate on use",
    "aws",
    every("aws:cognito/userPoolClient:UserPoolClient", (i) =>
      Object.assign(i, { refreshTokenRotation: { feature: "DISABLED", retryGracePeriodSeconds: 0 } }),
    ),
    "cognito-refresh-rotation",
  ],
  [
    "revocation on",
    "aws",
    every("aws:cognito/userPoolClient:UserPoolClient", (i) =>
      Object.assign(i, { enableTokenRevocation: false }),
    ),
    "token-revocation",
  ],
  [
    "sessions end after 30 minutes idle and 12 hours",
    "azure",
    (rs) => Object.assign(PLATFORM(rs).session as object, { idleTimeoutSeconds: 7200 }),
    "session-timeouts-aal2",
  ],
  [
    "every route needs a scoped access token (AWS)",
    "aws",
    every("aws:apigatewayv2/route:Route", (i) => Object.assign(i, { authorizationScopes: [] })),
    "api-routes-need-scopes",
  ],
  [
    "every route needs a scoped access token (Azure)",
    "azure",
    every("azure-native:apimanagement:ApiOperationPolicy", (i) =>
      Object.assign(i, { value: "<policies><inbound><base/></inbound></policies>" }),
    ),
    "api-routes-need-scopes",
  ],
  [
    "every route's scope check reads the token the API policy validated (Azure)",
    "azure",
    (rs) => {
      const api = first("azure-native:apimanagement:ApiPolicy")(rs);
      api.value = String(api.value).replace(' output-token-variable-name="jwt"', "");
    },
    "api-routes-need-scopes",
  ],
  [
    "throttling sets rate and burst",
    "aws",
    (rs) =>
      Object.assign(first("aws:apigatewayv2/stage:Stage")(rs), {
        defaultRouteSettings: { throttlingRateLimit: 100 },
      }),
    "Serverless-APIGWDefaultThrottling",
  ],
  [
    "a rate limit per token subject (Azure)",
    "azure",
    (rs) => Object.assign(first("azure-native:apimanagement:ApiPolicy")(rs), { value: "<policies/>" }),
    "api-rate-limited",
  ],
  [
    "CORS only for listed https origins",
    "aws",
    (rs) =>
      Object.assign(first("aws:apigatewayv2/api:Api")(rs).corsConfiguration as object, {
        allowOrigins: ["*"],
      }),
    "api-cors-https-only",
  ],
  [
    "TLS 1.2 only on API Management",
    "azure",
    (rs) =>
      Object.assign(first("azure-native:apimanagement:ApiManagementService")(rs), { customProperties: {} }),
    "CKV_AZURE_173",
  ],
  [
    "stateful resources protected from deletion",
    "aws",
    (rs) => {
      const pool = rs.find((r) => r.type === "aws:cognito/userPool:UserPool");
      if (pool) pool.protect = false;
    },
    "stateful-resources-protected",
  ],
  [
    "Premium caches persist",
    "azure",
    (rs) => {
      // A geo-replicated cache cannot persist; take the replica away, then persistence.
      rs.splice(0, rs.length, ...rs.filter((r) => r.type !== "azure-native:redis:LinkedServer"));
      every("azure-native:redis:Redis", (i) =>
        Object.assign(i, { redisConfiguration: { aadEnabled: "true" } }),
      )(rs);
    },
    "redis-premium-persists",
  ],
  [
    "session stores take only IAM identities (AWS)",
    "aws",
    every("aws:elasticache/user:User", (i) => Object.assign(i, { accessString: "on ~* +@all" })),
    "session-store-identity-only",
  ],
  [
    "session stores take only Entra identities (Azure)",
    "azure",
    (rs) => Object.assign(first("azure-native:redis:Redis")(rs), { disableAccessKeyAuthentication: false }),
    "redis-entra-only",
  ],
  [
    "session stores take only TLS (Azure)",
    "azure",
    (rs) => Object.assign(first("azure-native:redis:Redis")(rs), { enableNonSslPort: true }),
    "CKV_AZURE_91",
  ],
  [
    "secrets reach resources only as Pulumi secrets",
    "aws",
    (rs) =>
      Object.assign(first("aws:cognito/identityProvider:IdentityProvider")(rs).providerDetails as object, {
        client_secret: "plain-text",
      }),
    "no-plaintext-secrets",
  ],
];

describe("GIVEN each default guarantee of the README WHEN a plan JSON is edited to remove it", () => {
  it.concurrent.each(GUARANTEES)(
    "THEN npm run policy -- --plan fails on %s",
    async (_guarantee, cloud, edit, rule) => {
      const plan = structuredClone(plans[cloud]);
      edit(plan.resources);
      const file = files.write(
        `${rule}-${cloud}-${Math.random().toString(36).slice(2)}.json`,
        JSON.stringify(plan),
      );
      const { code, stdout } = await runPolicy(file);
      expect(code).toBe(1);
      expect(stdout.split("\n").some((line) => line.startsWith(`mandatory\t${rule}\t`))).toBe(true);
    },
    60_000,
  );
});
