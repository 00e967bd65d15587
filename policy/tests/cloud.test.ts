import { beforeAll, describe, expect, it } from "vitest";
import type { Plan } from "../../src/plan/model";
import { exampleSettings, planCached } from "../../tests/support/harness";
import { checkPlan } from "../offline";
import { ALL_RULES } from "../rules";
import { BASELINE_RULES } from "../rules/baseline";
import { CHECKLIST_RULES } from "../rules/checklists";

const plans: Record<"aws" | "azure", Plan> = {} as Record<"aws" | "azure", Plan>;
beforeAll(async () => {
  plans.aws = await planCached(exampleSettings("aws"), "aws");
  plans.azure = await planCached(exampleSettings("azure"), "azure");
});

/** The example plan with the first resource of a type changed. */
function weakened(
  cloud: "aws" | "azure",
  type: string,
  change: (inputs: Record<string, unknown>) => Record<string, unknown>,
): Plan {
  const plan = structuredClone(plans[cloud]);
  const target = plan.resources.find((r) => r.type === type);
  if (!target) throw new Error(`no ${type} in the ${cloud} example`);
  target.inputs = change(target.inputs);
  return plan;
}

const set = (patch: Record<string, unknown>) => (inputs: Record<string, unknown>) => ({
  ...inputs,
  ...patch,
});
const POOL = "aws:cognito/userPool:UserPool";
const STAGE = "aws:apigatewayv2/stage:Stage";
const ROUTE = "aws:apigatewayv2/route:Route";
const LB = "aws:lb/loadBalancer:LoadBalancer";
const LISTENER = "aws:lb/listener:Listener";
const REDIS = "azure-native:redis:Redis";
const APIM = "azure-native:apimanagement:ApiManagementService";

/** For every cloud rule: the change to the example that must break it. */
const BREAKS: Record<
  string,
  ["aws" | "azure", string, (inputs: Record<string, unknown>) => Record<string, unknown>]
> = {
  "AwsSolutions-COG1": ["aws", POOL, (i) => ({ ...i, passwordPolicy: { minimumLength: 6 } })],
  "AwsSolutions-COG2": ["aws", POOL, set({ mfaConfiguration: "OPTIONAL" })],
  "AwsSolutions-COG8": ["aws", POOL, set({ userPoolTier: "ESSENTIALS" })],
  "AwsSolutions-APIG1": ["aws", STAGE, set({ accessLogSettings: undefined })],
  "AwsSolutions-APIG4": ["aws", ROUTE, set({ authorizationType: "NONE" })],
  "Serverless-APIGWDefaultThrottling": [
    "aws",
    STAGE,
    set({ defaultRouteSettings: { throttlingRateLimit: 100 } }),
  ],
  CKV_AWS_95: ["aws", STAGE, set({ accessLogSettings: undefined })],
  CKV_AWS_309: ["aws", ROUTE, set({ authorizationType: "NONE" })],
  CKV_AWS_131: ["aws", LB, set({ dropInvalidHeaderFields: false })],
  CKV_AWS_91: ["aws", LB, set({ accessLogs: { bucket: "b", enabled: false } })],
  // The first listener of the example is the HTTP one, which only redirects to HTTPS.
  CKV_AWS_2: [
    "aws",
    LISTENER,
    set({ defaultActions: [{ type: "forward", order: 1, targetGroupArn: "arn:tg" }] }),
  ],
  CKV_AWS_103: ["aws", LISTENER, set({ protocol: "HTTPS", sslPolicy: "ELBSecurityPolicy-2016-08" })],
  CKV2_AWS_28: ["aws", LB, set({ name: "unprotected-edge" })],
  CKV_AZURE_91: ["azure", REDIS, set({ enableNonSslPort: true })],
  CKV_AZURE_148: ["azure", REDIS, set({ minimumTlsVersion: "1.0" })],
  CKV_AZURE_230: ["azure", REDIS, set({ sku: { name: "Basic", family: "C", capacity: 1 } })],
  CKV_AZURE_89: ["azure", REDIS, set({ publicNetworkAccess: "Enabled" })],
  CKV_AZURE_173: ["azure", APIM, set({ customProperties: {} })],
  CKV_AZURE_215: ["azure", "azure-native:apimanagement:Api", set({ serviceUrl: "http://orders.internal" })],
  "Azure.APIM.ManagedIdentity": ["azure", APIM, set({ identity: { type: "None" } })],
  "cognito-deletion-protection": ["aws", POOL, set({ deletionProtection: "INACTIVE" })],
  "log-retention": ["aws", "aws:cloudwatch/logGroup:LogGroup", set({ retentionInDays: undefined })],
  "redis-entra-only": ["azure", REDIS, set({ disableAccessKeyAuthentication: false })],
  "cognito-threat-protection-enforced": [
    "aws",
    POOL,
    set({ userPoolAddOns: { advancedSecurityMode: "AUDIT" } }),
  ],
};

/** Rules whose breaking change breaks several things at once, and how many; the rest report one. */
const MESSAGES: Record<string, number> = {
  // minimumLength 6 and no uppercase, number or symbol requirement
  "AwsSolutions-COG1": 4,
  // three protocols, each towards clients and towards backends
  CKV_AZURE_173: 6,
};

const cloudRules = [...BASELINE_RULES, ...CHECKLIST_RULES];

describe("GIVEN the cloud rules of the baseline", () => {
  it("THEN each has a breaking change in this table, and every rule of the pack has a distinct name", () => {
    expect(cloudRules.map((r) => r.name).sort()).toEqual(Object.keys(BREAKS).sort());
    expect(new Set(ALL_RULES.map((r) => r.name)).size).toBe(ALL_RULES.length);
  });

  it.each(["aws", "azure"] as const)("THEN the %s example stack breaks no rule at all", (cloud) => {
    expect(checkPlan(plans[cloud], ALL_RULES)).toEqual([]);
  });

  it.each(cloudRules.map((r) => [r.name, r] as const))(
    "WHEN %s is broken THEN it reports the resource",
    (name, rule) => {
      const [cloud, type, change] = BREAKS[name] ?? ["aws", "", (i) => i];
      const plan = weakened(cloud, type, change);
      const target = plan.resources.find((r) => r.type === type);
      const found = checkPlan(plan, [rule]);
      expect(found).toHaveLength(MESSAGES[name] ?? 1);
      expect(
        found.every(
          (v) => v.urn === target?.urn && v.rule === name && v.message.startsWith(`${target?.name}: `),
        ),
      ).toBe(true);
      expect(found[0]?.enforcementLevel).toBe("mandatory");
    },
  );
});
