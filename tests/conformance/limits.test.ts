import { describe, expect, it } from "vitest";
import { checkPlan } from "../../policy/offline";
import { ALL_RULES } from "../../policy/rules";
import { ConfigError } from "../../src/config/problems";
import type { PlannedResource } from "../../src/plan/model";
import { exampleValues, settingsOf, validateStack } from "../support/harness";

/** Issue 13: a value the configuration accepts passes the policy pack, and a value one refuses the other refuses too. */
type Values = Record<string, Record<string, unknown>>;
const configAccepts = async (patch: (v: Values) => void) => {
  const values = structuredClone(exampleValues("aws")) as Values;
  patch(values);
  try {
    await validateStack(
      settingsOf(values, { providerConfig: { "aws:region": "ap-northeast-2" }, secretKeys: ["identity"] }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConfigError) return false;
    throw error;
  }
};
const planned = (type: string, inputs: Record<string, unknown>): PlannedResource => ({
  urn: `urn:pulumi:t::auth-platform::${type}::r`,
  type,
  name: "r",
  parent: null,
  custom: true,
  protect: true,
  retainOnDelete: true,
  dependsOn: [],
  inputs,
});
const policyAccepts = (resource: PlannedResource, rule: string) =>
  checkPlan(
    { project: "auth-platform", stack: "t", cloud: "aws", resources: [resource], outputs: {} },
    ALL_RULES,
  ).filter((v) => v.enforcementLevel === "mandatory" && v.rule === rule).length === 0;
const posture = (session: Record<string, number>) =>
  planned("auth-platform:index:AuthPlatform", {
    cloud: "aws",
    mfaMode: "required",
    session: {
      accessTokenSeconds: 900,
      idTokenSeconds: 900,
      refreshTokenRotation: true,
      idleTimeoutSeconds: 1800,
      absoluteTimeoutSeconds: 43_200,
      ...session,
    },
    protection: { allowDeletion: false, allowReplacement: false },
    optOuts: [],
  });
const session = (key: string, text: string) => (v: Values) =>
  Object.assign(v.session as object, { [key]: text });
const waf = (limit: number) => (v: Values) => Object.assign(v.aws?.waf as object, { signInRateLimit: limit });
const wafAcl = (limit: number) =>
  planned("aws:wafv2/webAcl:WebAcl", { rules: [{ statement: { rateBasedStatement: { limit } } }] });
const retention = (text: string) => (v: Values) =>
  Object.assign(v.monitoring as object, { logRetention: text });

const LIMITS: [
  string,
  string,
  [(v: Values) => void, PlannedResource],
  [(v: Values) => void, PlannedResource],
][] = [
  [
    "access token lifetime (1h)",
    "short-lived-tokens",
    [session("accessTokenLifetime", "1h"), posture({ accessTokenSeconds: 3600 })],
    [session("accessTokenLifetime", "61m"), posture({ accessTokenSeconds: 3660 })],
  ],
  [
    "ID token lifetime (1h)",
    "short-lived-tokens",
    [session("idTokenLifetime", "60m"), posture({ idTokenSeconds: 3600 })],
    [session("idTokenLifetime", "2h"), posture({ idTokenSeconds: 7200 })],
  ],
  [
    "idle timeout (30m)",
    "session-timeouts-aal2",
    [session("idleTimeout", "30m"), posture({ idleTimeoutSeconds: 1800 })],
    [session("idleTimeout", "31m"), posture({ idleTimeoutSeconds: 1860 })],
  ],
  [
    "absolute timeout (12h)",
    "session-timeouts-aal2",
    [session("absoluteTimeout", "12h"), posture({ absoluteTimeoutSeconds: 43_200 })],
    [session("absoluteTimeout", "13h"), posture({ absoluteTimeoutSeconds: 46_800 })],
  ],
  ["WAF sign-in rate limit (100)", "wafv2-rate-based-limit", [waf(100), wafAcl(100)], [waf(99), wafAcl(99)]],
  [
    "log retention (CloudWatch's periods)",
    "logs-retention-in-days",
    [retention("400d"), planned("aws:cloudwatch/logGroup:LogGroup", { retentionInDays: 400 })],
    [retention("2d"), planned("aws:cloudwatch/logGroup:LogGroup", { retentionInDays: 2 })],
  ],
];

describe.each(LIMITS)(
  "GIVEN the %s, which both the configuration and the policy pack hold",
  (_name, rule, within, beyond) => {
    it("WHEN a value is at the limit THEN the configuration accepts it and the policy pack passes it", async () => {
      expect([await configAccepts(within[0]), policyAccepts(within[1], rule)]).toEqual([true, true]);
    });
    it("WHEN a value is past the limit THEN the configuration refuses it and the policy pack fails it", async () => {
      expect([await configAccepts(beyond[0]), policyAccepts(beyond[1], rule)]).toEqual([false, false]);
    });
  },
);
