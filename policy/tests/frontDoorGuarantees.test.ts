import { beforeAll, describe, expect, it } from "vitest";
import type { Plan, PlannedResource } from "../../src/plan/model";
import { exampleSettings, planCached } from "../../tests/support/harness";
import { checkPlan } from "../offline";
import { ALL_RULES } from "../rules";

let example: Plan;
beforeAll(async () => {
  example = await planCached(exampleSettings("azure"), "azure");
});

type Inputs = Record<string, unknown>;
type Edit = (resources: PlannedResource[]) => void;
const named =
  (name: string, change: (inputs: Inputs) => void): Edit =>
  (rs) => {
    const found = rs.find((r) => r.name === name);
    if (!found) throw new Error(`no ${name}`);
    change(found.inputs);
  };
const ofType =
  (type: string, change: (inputs: Inputs) => void): Edit =>
  (rs) => {
    for (const r of rs.filter((x) => x.type === type)) change(r.inputs);
  };
const WAF = "azure-native:frontdoor:Policy";
const settingsOf = (inputs: Inputs) => inputs.policySettings as Inputs;

/**
 * Each guarantee of README "Azure edge" on the example stack (B2C behind Front Door Premium): an
 * edit that removes it, the mandatory rule that holds it and exactly what that rule reports.
 */
const CASES: [string, Edit, string, string[]][] = [
  [
    "the API policy lets requests without X-Azure-FDID through",
    named("hanbit-api-policy", (i) => {
      i.value = String(i.value).replace(/<check-header name="X-Azure-FDID"[\s\S]*?<\/check-header>/, "");
    }),
    "apim-front-door-only",
    ["hanbit-api-policy: the API policy does not refuse requests without X-Azure-FDID (403)"],
  ],
  [
    "no WAF policy has a rate limit",
    ofType(WAF, (i) => {
      i.customRules = { rules: [] };
    }),
    "frontdoor-waf-rate-limit",
    [
      "hanbit-signin-domain: its WAF policy hanbit-signin-waf has no rate-limit rule that blocks",
      "hanbit-edge-endpoint: its WAF policy hanbit-api-waf has no rate-limit rule that blocks",
    ],
  ],
  [
    "the rate limits only log",
    ofType(WAF, (i) => {
      for (const rule of (i.customRules as { rules: Inputs[] }).rules) rule.action = "Log";
    }),
    "frontdoor-waf-rate-limit",
    [
      "hanbit-signin-domain: its WAF policy hanbit-signin-waf has no rate-limit rule that blocks",
      "hanbit-edge-endpoint: its WAF policy hanbit-api-waf has no rate-limit rule that blocks",
    ],
  ],
  [
    "no security policy binds the WAF",
    (rs) => {
      rs.splice(0, rs.length, ...rs.filter((r) => r.type !== "azure-native:cdn:SecurityPolicy"));
    },
    "frontdoor-waf-rate-limit",
    [
      "hanbit-signin-domain: no security policy binds a WAF policy to it",
      "hanbit-edge-endpoint: no security policy binds a WAF policy to it",
    ],
  ],
  [
    "a WAF policy only detects",
    named("hanbit-api-waf", (i) => {
      settingsOf(i).mode = "Detection";
    }),
    "Azure.FrontDoorWAF.PreventionMode",
    ["hanbit-api-waf: policySettings.mode is Detection"],
  ],
  [
    "the Premium API policy runs no managed rule set",
    named("hanbit-api-waf", (i) => {
      delete i.managedRules;
    }),
    "frontdoor-premium-managed-rules",
    [
      "hanbit-edge-endpoint: hanbit-api-waf does not run Microsoft_DefaultRuleSet",
      "hanbit-edge-endpoint: hanbit-api-waf does not run Microsoft_BotManagerRuleSet",
    ],
  ],
  [
    "a route takes plain HTTP and caches",
    named("hanbit-api-route", (i) => {
      Object.assign(i, {
        supportedProtocols: ["Http", "Https"],
        forwardingProtocol: "MatchRequest",
        cacheConfiguration: { queryStringCachingBehavior: "IgnoreQueryString" },
      });
    }),
    "frontdoor-routes-https-uncached",
    [
      'hanbit-api-route: supportedProtocols is ["Http","Https"]',
      "hanbit-api-route: forwardingProtocol is MatchRequest",
      "hanbit-api-route: caching is on",
    ],
  ],
  [
    "the access logs keep query strings and the WAF logs the Authorization header",
    (rs) => {
      named("hanbit-frontdoor", (i) => {
        delete i.logScrubbing;
      })(rs);
      named("hanbit-signin-waf", (i) => {
        settingsOf(i).state = "Disabled";
      })(rs);
    },
    "frontdoor-logs-scrubbed",
    [
      "hanbit-signin-waf: its logs do not scrub Authorization",
      "hanbit-frontdoor: its logs do not scrub query strings",
    ],
  ],
];

describe("GIVEN each Azure edge guarantee of the README WHEN the example plan is edited to remove it", () => {
  it.each(CASES)("WHEN %s THEN the mandatory rule reports exactly this", (_, edit, rule, messages) => {
    const plan = structuredClone(example);
    edit(plan.resources);
    const found = checkPlan(plan, ALL_RULES).filter((v) => v.rule === rule);
    expect(found.map((v) => [v.enforcementLevel, v.message])).toEqual(messages.map((m) => ["mandatory", m]));
  });
});
