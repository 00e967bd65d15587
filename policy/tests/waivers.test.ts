import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { awsSection } from "../../src/config/schema/aws";
import type { Plan } from "../../src/plan/model";
import { readStackFile } from "../../src/plan/stackFile";
import { optOuts } from "../../src/platform/optOuts";
import {
  exampleValues,
  PROJECT,
  planCached,
  REPO_ROOT,
  settingsOf,
  validateStack,
} from "../../tests/support/harness";
import { checkPlan } from "../offline";
import { ALL_RULES } from "../rules";

const variant = (name: string) =>
  planCached(readStackFile(resolve(REPO_ROOT, "examples", `${name}.yaml`), PROJECT), name);
const plans = {} as Record<string, Plan>;
beforeAll(async () => {
  plans.lite = await variant("aws-lite");
  plans.saml = await variant("aws-saml-norotation");
}, 120_000);

const lines = (plan: Plan, level: string) =>
  checkPlan(plan, ALL_RULES)
    .filter((v) => v.enforcementLevel === level)
    .map((v) => `${v.rule}: ${v.message}`);

describe("GIVEN a configuration that gives up default guarantees knowingly", () => {
  it("WHEN the Lite variant is checked THEN no mandatory rule fails and each choice is named with the rules it waives", () => {
    expect(lines(plans.lite as Plan, "mandatory")).toEqual([]);
    expect(lines(plans.lite as Plan, "advisory")).toEqual([
      'recorded-opt-outs: identity.password is {"historySize":0,"minLength":12,"requireDigits":true,"requireLowercase":true,"requireSymbols":true,"requireUppercase":true} by configuration: waives AwsSolutions-COG1, password-policy',
      'recorded-opt-outs: aws.userPoolTier is "lite" by configuration: waives AwsSolutions-COG8',
      'recorded-opt-outs: aws.threatProtection is {"blockCompromisedCredentials":true,"highRisk":"block","lowRisk":"allow","mediumRisk":"mfa","mode":"off"} by configuration: waives cognito-threat-protection-enforced',
    ]);
  });

  it("WHEN the SAML variant with rotation off is checked THEN its rotation and MFA choices are waived, nothing else", () => {
    expect(lines(plans.saml as Plan, "mandatory")).toEqual([]);
    expect(lines(plans.saml as Plan, "advisory").map((l) => l.split(" by configuration")[0])).toEqual([
      'recorded-opt-outs: identity.mfa.mode is "optional"',
      "recorded-opt-outs: session.refreshTokenRotation.enabled is false",
      'recorded-opt-outs: aws.threatProtection is {"blockCompromisedCredentials":true,"highRisk":"block","lowRisk":"allow","mediumRisk":"mfa","mode":"audit"}',
    ]);
  });

  it("WHEN the plan is edited to drop the recorded choice THEN the rules it waived fail again", () => {
    const plan = structuredClone(plans.saml as Plan);
    const platform = plan.resources.find((r) => r.type === "auth-platform:index:AuthPlatform");
    if (platform) platform.inputs.optOuts = [];
    expect(
      new Set(
        checkPlan(plan, ALL_RULES)
          .filter((v) => v.enforcementLevel === "mandatory")
          .map((v) => v.rule),
      ),
    ).toEqual(
      new Set([
        "mfa-required",
        "AwsSolutions-COG2",
        "refresh-token-rotation",
        "cognito-refresh-rotation",
        "cognito-threat-protection-enforced",
      ]),
    );
  });
});

describe("GIVEN the configuration's settings WHEN opt-outs are recorded", () => {
  const base = { ...exampleValues("aws") } as Record<string, unknown>;
  it.each<[string, Record<string, unknown>, ReturnType<typeof optOuts>]>([
    ["the example stack", {}, []],
    [
      "MFA off",
      {
        identity: { ...(base.identity as object), mfa: { mode: "off", factors: [] } },
        aws: { ...(base.aws as object), threatProtection: { mode: "enforced", mediumRisk: "block" } },
      },
      [
        { setting: "identity.mfa.mode", value: "off" },
        { setting: "identity.mfa.factors", value: [] },
        {
          setting: "aws.threatProtection",
          value: { ...awsSection.parse({ domain: { prefix: "x" } }).threatProtection, mediumRisk: "block" },
        },
      ],
    ],
    [
      // Not an opt-out: the advisory stateful-deletion-allowed names each resource it exposes.
      "deletion allowed",
      { protection: { allowDeletion: true } },
      [],
    ],
    [
      "WAF off",
      // The load balancer needs the web ACL, so a stack without WAF has no load balancer.
      { aws: { ...(base.aws as object), waf: { enabled: false }, loadBalancer: undefined } },
      [{ setting: "aws.waf.enabled", value: false }],
    ],
  ])("THEN %s records exactly its choices", async (_name, patch, expected) => {
    const { config } = await validateStack(
      settingsOf(
        { ...base, ...patch },
        { providerConfig: { "aws:region": "ap-northeast-2" }, secretKeys: ["identity"] },
      ),
    );
    expect(optOuts(config)).toEqual(expected);
  });
});
