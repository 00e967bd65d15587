import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readStackFile } from "../../src/plan/stackFile";
import { CONCERNS, concernOf } from "../../src/platform/concerns";
import { azureValues, planAzure, RG, SUBSCRIPTION, withSection } from "../azure/platform/support";
import { exampleSettings, PROJECT, planCached, REPO_ROOT } from "../support/harness";

const GOOGLE = {
  name: "Google",
  type: "google",
  clientId: "123456789012-abc.apps.googleusercontent.com",
  clientSecret: "google-secret-value",
};

/** The example stacks, and variants that plan every other resource type the code registers. */
const STACKS = {
  "the AWS example": () => planCached(exampleSettings("aws"), "aws"),
  "the Azure example": () => planCached(exampleSettings("azure"), "azure"),
  // The repository's variant stacks (examples/): custom domains, the load balancer, Lite, SAML.
  ...Object.fromEntries(
    readdirSync(resolve(REPO_ROOT, "examples"))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => f.slice(0, -".yaml".length))
      .map((variant) => [
        `examples/${variant}.yaml`,
        () => planCached(readStackFile(resolve(REPO_ROOT, "examples", `${variant}.yaml`), PROJECT), variant),
      ]),
  ),
  "a created B2C tenant with user flows, delegated logs and Azure Managed Redis": () =>
    planAzure(
      azureValues({
        azure: (a) => ({
          ...withSection("directory", {
            tenant: "create",
            tenantId: undefined,
            policyMode: "userFlows",
            create: { location: "Asia Pacific", sku: "PremiumP1", countryCode: "KR", displayName: "Hanbit" },
          })(
            withSection("sessionStore", {
              kind: "managed",
              zones: [],
              geoReplicaLocation: undefined,
              persistence: undefined,
            })(a),
          ),
          b2cLogsResourceGroupId: `/subscriptions/${SUBSCRIPTION}/resourceGroups/${RG}`,
        }),
        identity: {
          ...(azureValues().identity as object),
          mfa: { mode: "required", factors: ["email"] },
          providers: [GOOGLE],
        },
      }),
    ),
  "a created External ID tenant": () =>
    planAzure(
      azureValues({
        azure: withSection("directory", {
          mode: "externalId",
          tenant: "create",
          tenantId: undefined,
          policyMode: "userFlows",
          create: { location: "Asia Pacific", sku: "Standard", countryCode: "KR", displayName: "Hanbit" },
        }),
        identity: {
          ...(azureValues().identity as object),
          mfa: { mode: "required", factors: ["email"] },
          providers: [GOOGLE],
        },
      }),
    ),
};

describe("GIVEN the concern map (src/platform/concerns.ts)", () => {
  it.each(Object.entries(STACKS))(
    "WHEN %s is planned THEN every cloud resource has a concern, none is other",
    async (_name, planOf) => {
      const plan = await planOf();
      const orphans = plan.resources
        .filter((r) => r.custom && concernOf(r.type) === "other")
        .map((r) => r.type);
      expect(orphans).toEqual([]);
    },
    // Plans are memoized; the first of each stack may be slow on a loaded machine.
    120_000,
  );

  it("THEN together those stacks plan every concern, and 93 resource types (every type the code registers)", async () => {
    const plans = await Promise.all(Object.values(STACKS).map((planOf) => planOf()));
    const types = new Set(plans.flatMap((p) => p.resources.filter((r) => r.custom).map((r) => r.type)));
    expect(new Set([...types].map(concernOf))).toEqual(new Set(CONCERNS));
    // 85 before Front Door, whose eight types (src/azure/edge) make 93.
    expect(types.size).toBe(93);
  });

  it.each([
    ["aws:cognito/userPool:UserPool", "identity"],
    ["aws:cognito/userPoolClient:UserPoolClient", "clients"],
    ["aws:cloudwatch/metricAlarm:MetricAlarm", "monitoring"],
    ["aws:cloudwatch/eventRule:EventRule", "threat detection"],
    ["aws:apigatewayv2/route:Route", "gateway"],
    ["aws:apigatewayv2/domainName:DomainName", "edges"],
    ["azure-native:redis:LinkedServer", "session store"],
    ["azure-native:cdn:AFDEndpoint", "edges"],
    ["azure-native:frontdoor:Policy", "edges"],
    ["pulumi:providers:azuread", "identity"],
    ["gcp:storage/bucket:Bucket", "other"],
  ])("WHEN asked for %s THEN the longest matching prefix decides: %s", (type, concern) => {
    expect(concernOf(type)).toBe(concern);
  });
});
