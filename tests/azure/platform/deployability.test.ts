/**
 * Issue 9, Azure: the defects that made the example stack plan offline yet fail at the
 * provider or in Azure, and issue 13's one token check per request. The defect tests were run
 * against the code before the fixes and failed there; the guards beside them (a classic tier
 * keeps Capacity, the settings mapping) hold the fixes in place.
 */

import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { rollingWindowDays } from "../../../src/azure/directory/customPolicies";
import { ConfigError } from "../../../src/config/problems";
import type { Plan } from "../../../src/plan/model";
import { readStackFile } from "../../../src/plan/stackFile";
import { all, only, PROJECT, planCached, REPO_ROOT } from "../../support/harness";
import { at, kids, parse, all as under } from "../policies/parsed";
import { azureValues, planAzure, validateAzure, withSection } from "./support";

const APP = "azuread:index/application:Application";
const PERSONAL = "AzureADandPersonalMicrosoftAccount";

async function problemsOf(values: Record<string, unknown>): Promise<string[]> {
  try {
    await validateAzure(values);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}
const store = (change: Record<string, unknown>) =>
  azureValues({ azure: withSection("sessionStore", change) });
const apim = (change: Record<string, unknown>) =>
  azureValues({ azure: withSection("apiManagement", change) });

let plan: Plan;
beforeAll(async () => {
  plan = await planAzure(azureValues());
});

describe("GIVEN defect 7: B2C app registrations (sign-in audience for personal accounts)", () => {
  it("THEN every application for personal accounts asks for v2 access tokens", () => {
    const personal = all(plan, APP)
      .filter((a) => a.inputs.signInAudience === PERSONAL)
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(
      personal.map((a) => [
        a.name,
        (a.inputs.api as { requestedAccessTokenVersion?: number } | undefined)?.requestedAccessTokenVersion,
      ]),
    ).toEqual([
      ["hanbit-api-app", 2],
      ["hanbit-machine-app", 2],
      ["hanbit-mobile-app", 2],
      ["hanbit-spa-app", 2],
      ["hanbit-web-app", 2],
    ]);
  });

  it("THEN a scope and an app role with the same value share one ID and one description (Entra refuses duplicate values)", () => {
    const api = only(plan, APP, "hanbit-api-app").inputs as {
      api: { oauth2PermissionScopes: { id: string; value: string; adminConsentDescription: string }[] };
      appRoles: { id: string; value: string; description: string }[];
    };
    const role = api.appRoles.find((r) => r.value === "partner.orders.read");
    const scope = api.api.oauth2PermissionScopes.find((s) => s.value === "partner.orders.read");
    expect([role?.id, role?.description]).toEqual([scope?.id, scope?.adminConsentDescription]);
  });

  it("THEN a mobile redirect URI without a host is refused (the azuread provider requires scheme://host)", async () => {
    const values = azureValues();
    const clients = values.clients as Record<string, Record<string, unknown>>;
    clients.mobile = { ...clients.mobile, callbackUrls: ["kr.co.hanbit.app:/oauth2redirect"] };
    expect(await problemsOf(values)).toEqual([
      'clients.mobile.callbackUrls[0]: must be a URL with a host (scheme://host/path, e.g. msauth.com.example.app://auth) on Azure: the azuread provider refuses redirect URIs without one; received "kr.co.hanbit.app:/oauth2redirect"',
    ]);
  });
});

describe("GIVEN defect 8: geo-replication with zones or persistence", () => {
  it.each([
    [
      "zones",
      { zones: ["1", "2"], persistence: false },
      [
        'azure.sessionStore.zones: must be empty with azure.sessionStore.geoReplicaLocation: Azure Cache for Redis geo-replication does not support zone redundancy; received ["1","2"]',
      ],
    ],
    [
      "persistence",
      { zones: [] },
      [
        "azure.sessionStore.persistence: must be false or left out with azure.sessionStore.geoReplicaLocation: Azure Cache for Redis geo-replication does not support data persistence; received {",
      ],
    ],
  ])(
    "WHEN a geo-replica is combined with %s THEN the configuration is refused",
    async (_, change, expected) => {
      const problems = await problemsOf(store({ geoReplicaLocation: "japaneast", ...change }));
      expect(problems.map((p) => p.slice(0, expected[0]?.length))).toEqual(expected);
    },
  );

  it("WHEN a Premium cache has a geo-replica and says nothing on persistence THEN it is accepted", async () => {
    expect(
      await problemsOf(store({ geoReplicaLocation: "japaneast", zones: [], persistence: undefined })),
    ).toEqual([]);
  });

  it("THEN the example stack plans no cache that is both linked and zonal or persistent", () => {
    const linked = all(plan, "azure-native:redis:LinkedServer").length;
    const zonal = all(plan, "azure-native:redis:Redis").filter((r) => r.inputs.zones !== undefined).length;
    expect(linked === 0 || zonal === 0).toBe(true);
  });
});

describe("GIVEN defect 9: the API Management policy format", () => {
  it("THEN every policy is sent as an XML document and its expressions keep their quotes when parsed", () => {
    const policies = [
      only(plan, "azure-native:apimanagement:ApiPolicy"),
      ...all(plan, "azure-native:apimanagement:ApiOperationPolicy"),
    ];
    expect([...new Set(policies.map((p) => p.inputs.format))]).toEqual(["xml"]);
    const api = parse(String(only(plan, "azure-native:apimanagement:ApiPolicy").inputs.value));
    expect(at(api, "inbound", "rate-limit-by-key").attrs["counter-key"]).toBe(
      '@(((Jwt)context.Variables["jwt"]).Subject)',
    );
  });
});

describe("GIVEN defect 10: API Management v2 tiers", () => {
  const apimMetrics = (p: Plan) =>
    all(p, "azure-native:monitor:MetricAlert")
      .filter((a) => String((a.inputs.scopes as string[])[0]).includes("Microsoft.ApiManagement"))
      .map((a) => (a.inputs.criteria as { allOf: { metricName: string }[] }).allOf[0]?.metricName)
      .sort();

  it("THEN a v2 gateway is watched through CPU and memory, never the Capacity metric it does not report", () => {
    expect(apimMetrics(plan)).toEqual(["CpuPercent_Gateway", "MemoryPercent_Gateway", "Requests"]);
  });

  it("THEN a classic gateway keeps the Capacity alert", async () => {
    expect(apimMetrics(await planAzure(apim({ sku: "Developer" })))).toEqual(["Capacity", "Requests"]);
  });

  it.each([
    ["StandardV2", 11, "must be between 1 and 10 for StandardV2"],
    ["Developer", 2, "must be 1 for Developer (the Developer tier cannot scale)"],
  ])("WHEN %s has %d units THEN the configuration is refused", async (sku, capacity, message) => {
    expect(await problemsOf(apim({ sku, capacity }))).toEqual([
      `azure.apiManagement.capacity: ${message}; received ${capacity}`,
    ]);
  });

  it("THEN Defender for APIs onboards nothing on a v2 tier, and refuses to be turned on there", async () => {
    expect(all(plan, "azure-native:security:APICollectionByAzureApiManagementService")).toEqual([]);
    expect(all(plan, "azure-native:security:Pricing").map((p) => p.inputs.pricingName)).not.toContain("Api");
    expect(await problemsOf(azureValues({ azure: withSection("defender", { apis: true }) }))).toEqual([
      'azure.defender.apis: must be false or left out when azure.apiManagement.sku is "StandardV2": Defender for APIs onboards APIs only on Developer, Basic, Standard and Premium; received true',
    ]);
  });
});

describe("GIVEN defect 11: custom policies honour the neutral settings", () => {
  const policy = (suffix: string) =>
    parse(
      String(
        only(plan, "pulumi-nodejs:dynamic/azure-graph:TrustFrameworkPolicy", `hanbit-policy-${suffix}`).inputs
          .policyXml,
      ),
    );

  it("THEN identity.password (12+, every class) becomes the new-password predicates", () => {
    const base = policy("trustframeworkbase");
    const newPassword = under(base, "ClaimType").find((c) => c.attrs.Id === "newPassword");
    expect(newPassword && kids(newPassword, "PredicateValidationReference")[0]?.attrs.Id).toBe(
      "PasswordRules",
    );
    const length = under(base, "Predicate").find((p) => p.attrs.Method === "IsLengthRange");
    expect(length && kids(at(length, "Parameters"), "Parameter").map((p) => [p.attrs.Id, p.text])).toEqual([
      ["Minimum", "12"],
      ["Maximum", "256"],
    ]);
    const group = under(base, "PredicateGroup").find((g) => g.attrs.Id === "CharacterClasses");
    const classes = group && at(group, "PredicateReferences");
    expect([
      classes?.attrs.MatchAtLeast,
      classes && kids(classes, "PredicateReference").map((r) => r.attrs.Id),
    ]).toEqual(["4", ["Lowercase", "Uppercase", "Digit", "Symbol"]]);
  });

  it("THEN the rolling refresh-token window follows refreshTokenLifetime (1 day), not a fixed 90 days", () => {
    const issuer = under(policy("trustframeworkextensions"), "TechnicalProfile").find(
      (t) => t.attrs.Id === "JwtIssuer",
    );
    const items = issuer ? under(issuer, "Item").map((i) => [i.attrs.Key, i.text]) : [];
    expect(items.filter(([key]) => String(key).includes("refresh_token"))).toEqual([
      ["refresh_token_lifetime_secs", "86400"],
      ["rolling_refresh_token_lifetime_secs", "86400"],
    ]);
  });

  it("THEN every configured MFA factor (totp and email) is built and offered", () => {
    const extensions = policy("trustframeworkextensions");
    const register = under(extensions, "SubJourney").find((j) => j.attrs.Id === "Mfa-RegisterOrVerify");
    const exchanges = register ? under(register, "ClaimsExchange").map((x) => x.attrs.Id) : [];
    expect(
      exchanges.filter((id) => ["MfaMethodChoose", "TotpVerify", "EmailFactor-Verify"].includes(String(id))),
    ).toEqual(["MfaMethodChoose", "TotpVerify", "EmailFactor-Verify"]);
  });
});

describe("GIVEN the neutral settings mapped onto custom policies", () => {
  it.each([
    ["refresh 1 day, session 12 hours", 1, 86_400, 43_200],
    ["refresh 7 days, session 12 hours", 7, 7 * 86_400, 43_200],
    ["refresh 1 day, session 2 days (the chain must outlive the session)", 2, 86_400, 2 * 86_400],
    ["refresh 1 day and 1 second (whole days, rounded up)", 2, 86_401, 3_600],
    ["beyond JwtIssuer's 365 days", 365, 400 * 86_400, 0],
  ])("WHEN %s THEN the rolling window is %d days", (_, days, refresh, absolute) => {
    expect(rollingWindowDays(refresh, absolute)).toBe(days);
  });

  it("WHEN factors are totp and sms (azure-georeplica) THEN the choice offers the authenticator and the phone (SMS)", async () => {
    const plan = await planCached(
      readStackFile(resolve(REPO_ROOT, "examples", "azure-georeplica.yaml"), PROJECT),
      "azure-georeplica",
    );
    const extensions = parse(
      String(
        only(
          plan,
          "pulumi-nodejs:dynamic/azure-graph:TrustFrameworkPolicy",
          "corrib-policy-trustframeworkextensions",
        ).inputs.policyXml,
      ),
    );
    const choice = under(extensions, "ClaimType").find((c) => c.attrs.Id === "mfaMethod");
    expect(choice && kids(at(choice, "Restriction"), "Enumeration").map((e) => e.attrs.Value)).toEqual([
      "totp",
      "phone",
    ]);
    const phone = under(extensions, "TechnicalProfile").find(
      (t) => t.attrs.Id === "PhoneFactor-InputOrVerify",
    );
    const mode = phone && under(phone, "Item").find((i) => i.attrs.Key === "setting.authenticationMode");
    expect(mode?.text).toBe("sms");
  });
});

describe("GIVEN issue 13: one token check per request", () => {
  it("THEN a request to any operation passes exactly one validate-jwt (API level + operation level)", () => {
    const count = (xml: unknown) => under(parse(String(xml)), "validate-jwt").length;
    const api = count(only(plan, "azure-native:apimanagement:ApiPolicy").inputs.value);
    const perOperation = all(plan, "azure-native:apimanagement:ApiOperationPolicy").map(
      (p) => api + count(p.inputs.value),
    );
    expect(perOperation).toEqual([1, 1, 1, 1, 1]);
  });
});
