import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/config/problems";
import { azureValues, SUBSCRIPTION, validateAzure, withSection } from "./support";

async function problemsOf(values: Record<string, unknown>) {
  try {
    await validateAzure(values);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

const store = (change: Record<string, unknown>) =>
  azureValues({ azure: withSection("sessionStore", change) });
/** A Premium cache with a geo-replica, as Azure allows it: no zones, no persistence. */
const geo = (change: Record<string, unknown>) =>
  store({ geoReplicaLocation: "japaneast", zones: [], persistence: undefined, ...change });
const apim = (change: Record<string, unknown>) =>
  azureValues({ azure: withSection("apiManagement", change) });
const directory = (change: Record<string, unknown>) =>
  azureValues({ azure: withSection("directory", change) });
const session = (change: Record<string, unknown>) =>
  azureValues({ session: { ...(azureValues().session as Record<string, unknown>), ...change } });

describe("GIVEN the example Azure stack", () => {
  it("WHEN validated THEN it has no problem", async () => {
    expect(await problemsOf(azureValues())).toEqual([]);
  });
  it("WHEN Premium persistence is turned off knowingly THEN it is accepted", async () => {
    expect(await problemsOf(store({ persistence: false }))).toEqual([]);
  });
  it("WHEN External ID, which takes no token lifetimes, is given an ID token B2C would refuse THEN only B2C refuses it", async () => {
    const externalId = azureValues({
      session: { ...(azureValues().session as object), idTokenLifetime: "1m" },
      identity: {
        ...(azureValues().identity as object),
        providers: [],
        mfa: { mode: "required", factors: ["email"] },
      },
      load: { ...(azureValues().load as object), federatedShare: 0 },
      azure: withSection("directory", { mode: "externalId", policyMode: "userFlows", ssoScope: undefined }),
    });
    expect([
      await problemsOf(externalId),
      (await problemsOf(session({ idTokenLifetime: "1m" }))).map((p) => p.path),
    ]).toEqual([[], ["session.idTokenLifetime"]]);
  });
});

describe("GIVEN one Azure setting out of its allowed range", () => {
  const cases: [string, Record<string, unknown>, { path: string; message: string }[]][] = [
    [
      "Premium without a word on persistence",
      store({ persistence: undefined }),
      [
        {
          path: "azure.sessionStore.persistence",
          message:
            "is required with Premium: { storageAccountId } for RDB snapshots, so sessions survive losing both nodes; or false to run without; received nothing",
        },
      ],
    ],
    [
      "zones on Standard",
      store({ sku: "Standard", geoReplicaLocation: undefined, persistence: undefined, zones: ["1"] }),
      [
        {
          path: "azure.sessionStore.zones",
          message: 'must be empty unless azure.sessionStore.sku is "Premium"; received ["1"]',
        },
      ],
    ],
    [
      "geo-replication on Standard",
      geo({ sku: "Standard" }),
      [
        {
          path: "azure.sessionStore.geoReplicaLocation",
          message:
            'needs azure.sessionStore.sku "Premium" (geo-replication is a Premium feature); received "japaneast"',
        },
      ],
    ],
    [
      "geo-replica in the primary region",
      geo({ geoReplicaLocation: "koreacentral" }),
      [
        {
          path: "azure.sessionStore.geoReplicaLocation",
          message: 'must differ from the primary region; received "koreacentral"',
        },
      ],
    ],
    [
      "a cache name too long for its geo-replica",
      geo({ name: `redis-${"a".repeat(50)}` }),
      [
        {
          path: "azure.sessionStore.name",
          message: `must be short enough that the geo-replica's name "redis-${"a".repeat(50)}-japaneast" fits in 63 characters; received "redis-${"a".repeat(50)}"`,
        },
      ],
    ],
    [
      "no application identity for the cache",
      store({ applicationPrincipalId: undefined }),
      [
        {
          path: "azure.sessionStore.applicationPrincipalId",
          message:
            "is required: access keys are disabled, so the applications' Entra identity (object ID) must be granted data access; received nothing",
        },
      ],
    ],
    [
      "zones and geo-replication on Azure Managed Redis",
      store({ kind: "managed", persistence: undefined, geoReplicaLocation: "japaneast" }),
      [
        {
          path: "azure.sessionStore.zones",
          message: 'is only used with azure.sessionStore.kind "cache"; received ["1","2"]',
        },
        {
          path: "azure.sessionStore.geoReplicaLocation",
          message: 'is only used with azure.sessionStore.kind "cache"; received "japaneast"',
        },
      ],
    ],
    [
      "a 61-character name on Azure Managed Redis (its cluster names stop at 60)",
      store({ kind: "managed", zones: [], persistence: undefined, name: `hanbit-${"s".repeat(54)}` }),
      [
        {
          path: "azure.sessionStore.name",
          message: `must be at most 60 characters with azure.sessionStore.kind "managed" (Azure Managed Redis cluster names); received "hanbit-${"s".repeat(54)}"`,
        },
      ],
    ],
    [
      "rate limiting on Consumption",
      apim({ sku: "Consumption" }),
      [
        {
          path: "azure.apiManagement.sku",
          message:
            'must not be "Consumption" when an api is configured: Consumption has no rate-limit-by-key, which throttles each token subject; use "BasicV2" or "StandardV2"; received "Consumption"',
        },
      ],
    ],
    [
      "a clock skew over 5 minutes",
      apim({ clockSkew: "10m" }),
      [
        {
          path: "azure.apiManagement.clockSkew",
          message:
            'must be between 0s and 5m (inclusive) for the gateway\'s token check (validate-jwt clock-skew); received "10m"',
        },
      ],
    ],
    [
      "an access token of 2 days",
      session({ accessTokenLifetime: "2d", refreshTokenLifetime: "3d" }),
      [
        {
          path: "session.accessTokenLifetime",
          message:
            'must be at most 1h for short-lived bearer tokens (OWASP; the policy pack\'s short-lived-tokens); received "2d"',
        },
        {
          path: "session.accessTokenLifetime",
          message: 'must be between 5m and 1d (inclusive) for Azure AD B2C; received "2d"',
        },
      ],
    ],
    [
      "an ID token of 1 minute",
      session({ idTokenLifetime: "1m" }),
      [
        {
          path: "session.idTokenLifetime",
          message: 'must be between 5m and 1d (inclusive) for Azure AD B2C; received "1m"',
        },
      ],
    ],
    [
      "a refresh token of 91 days",
      session({ refreshTokenLifetime: "91d" }),
      [
        {
          path: "session.refreshTokenLifetime",
          message: 'must be between 1d and 90d (inclusive) for Azure AD B2C; received "91d"',
        },
      ],
    ],
    [
      "a web session of 2 days with custom policies",
      session({ absoluteTimeout: "2d", refreshTokenLifetime: "3d" }),
      [
        {
          path: "session.absoluteTimeout",
          message:
            'must be at most 12h for NIST SP 800-63B AAL2 reauthentication (the policy pack\'s session-timeouts-aal2); received "2d"',
        },
        {
          path: "session.absoluteTimeout",
          message:
            'must be between 15m and 1d (inclusive) for the B2C web session (SessionExpiryInSeconds); received "2d"',
        },
      ],
    ],
    [
      "a refresh token of 36 hours with custom policies",
      session({ refreshTokenLifetime: "36h" }),
      [
        {
          path: "session.refreshTokenLifetime",
          message:
            'must be a whole number of days with B2C custom policies (refresh_token_lifetime_days); received "36h"',
        },
      ],
    ],
    [
      "phone sign-in with custom policies",
      azureValues({
        identity: {
          ...(azureValues().identity as Record<string, unknown>),
          signInIdentifiers: ["email", "phone"],
        },
      }),
      [
        {
          path: "identity.signInIdentifiers",
          message:
            'must not include "phone" with B2C custom policies (local accounts sign in with "email" or "username"); received ["email","phone"]',
        },
      ],
    ],
    [
      "a SAML provider with custom policies (its signing certificate cannot be uploaded)",
      azureValues({
        identity: {
          ...(azureValues().identity as Record<string, unknown>),
          providers: [{ name: "Corp", type: "saml", metadataUrl: "https://idp.hanbit.co.kr/metadata" }],
        },
      }),
      [
        {
          path: "identity.providers[0].type",
          message:
            'must be one of "google", "facebook", "linkedin", "microsoft", "oidc" on Azure AD B2C with customPolicies; received "saml"',
        },
      ],
    ],
    [
      "custom policies on External ID",
      directory({ mode: "externalId" }),
      [
        {
          path: "azure.directory.policyMode",
          message:
            'must be "userFlows" when azure.directory.mode is "externalId" (External ID has no custom policies); received "customPolicies"',
        },
        {
          path: "identity.mfa.factors",
          message:
            'must not include "totp" with External ID (it offers "email" and "sms"); received ["totp","email"]',
        },
        {
          path: "identity.providers[1].type",
          message: 'must be one of "google", "facebook" on Microsoft Entra External ID; received "oidc"',
        },
        {
          path: "identity.providers[2].type",
          message: 'must be one of "google", "facebook" on Microsoft Entra External ID; received "microsoft"',
        },
      ],
    ],
    [
      "a tenant ID with tenant creation",
      directory({
        tenant: "create",
        create: { location: "Asia Pacific", countryCode: "KR", displayName: "Hanbit" },
      }),
      [
        {
          path: "azure.directory.tenantId",
          message:
            'is only used when azure.directory.tenant is "existing" (a created tenant gets its ID from Azure); received "6f1c2a9e-4b7d-4e3a-9c85-1d2f3a4b5c6d"',
        },
      ],
    ],
    [
      "no alert address",
      azureValues({ monitoring: { logRetention: "90d" } }),
      [
        {
          path: "monitoring.alertEmails",
          message:
            "must list at least one address on Azure (alerts go to an action group of e-mail receivers); received []",
        },
      ],
    ],
    [
      "B2C logs delegated to another resource group",
      azureValues({
        azure: (a) => ({
          ...a,
          b2cLogsResourceGroupId: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-other`,
        }),
      }),
      [
        {
          path: "azure.b2cLogsResourceGroupId",
          message: `must be the platform's own resource group (azure.resourceGroupName "rg-hanbit-auth-prod"), which holds the Log Analytics workspace and is delegated to the tenant with Azure Lighthouse; received "/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-other"`,
        },
      ],
    ],
    [
      "B2C logs without a named resource group",
      azureValues({
        azure: (a) => ({
          ...a,
          resourceGroupName: undefined,
          b2cLogsResourceGroupId: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-hanbit-auth-prod`,
        }),
      }),
      [
        {
          path: "azure.b2cLogsResourceGroupId",
          message: `must be the platform's own resource group (azure.resourceGroupName, which must then be set), which holds the Log Analytics workspace and is delegated to the tenant with Azure Lighthouse; received "/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-hanbit-au… (88 characters)`,
        },
      ],
    ],
    [
      "B2C logs given a resource ID instead of a resource group ID",
      azureValues({
        azure: (a) => ({
          ...a,
          b2cLogsResourceGroupId: `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-hanbit-auth-prod/providers/Microsoft.Cache/Redis/x`,
        }),
      }),
      [
        {
          path: "azure.b2cLogsResourceGroupId",
          message: `must be a resource group ID (/subscriptions/…/resourceGroups/…); received "/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-hanbit-au… (122 characters)`,
        },
      ],
    ],
  ];
  it.each(cases)(
    "WHEN %s THEN validation names the key, the value and what is allowed",
    async (_, values, expected) => {
      expect(await problemsOf(values)).toEqual(expected);
    },
  );
});

describe("GIVEN an invalid Azure resource name", () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    [
      "an APIM name ending with a hyphen",
      apim({ name: "apim-hanbit-" }),
      "azure.apiManagement.name",
      "must be 1..50 letters, digits and hyphens, starting with a letter and not ending with a hyphen",
    ],
    [
      "an APIM name of 51 characters",
      apim({ name: `a${"b".repeat(50)}` }),
      "azure.apiManagement.name",
      "must be 1..50 letters, digits and hyphens, starting with a letter and not ending with a hyphen",
    ],
    [
      "a Redis name with two hyphens in a row",
      store({ name: "redis--sessions" }),
      "azure.sessionStore.name",
      "must not contain two hyphens in a row",
    ],
    [
      "a Redis name starting with a hyphen",
      store({ name: "-redis" }),
      "azure.sessionStore.name",
      "must be 1..63 letters, digits and hyphens, not starting or ending with a hyphen",
    ],
    [
      "a tenant name with capitals",
      directory({ domainName: "HanbitB2C" }),
      "azure.directory.domainName",
      "must be 1..26 lowercase letters and digits",
    ],
    [
      "a tenant name of 27 characters",
      directory({ domainName: "a".repeat(27) }),
      "azure.directory.domainName",
      "must be 1..26 lowercase letters and digits",
    ],
  ];
  it.each(cases)("WHEN %s THEN it is refused at its key", async (_, values, path, allowed) => {
    const problems = await problemsOf(values);
    expect(problems.map((p) => p.path)).toEqual([path]);
    expect(problems[0]?.message.startsWith(allowed)).toBe(true);
  });
});
