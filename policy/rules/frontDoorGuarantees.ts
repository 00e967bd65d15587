import { FD } from "../../src/azure/conformance/frontdoor/common";
import { dependenciesOf, fields } from "../../src/platform/checks";
import { guarantee, list } from "./guarantees";
import type { CheckedResource, StackRule } from "./types";

const API_POLICY = "azure-native:apimanagement:ApiPolicy";
const FROM_FRONT_DOOR_ONLY = /<check-header\s+name="X-Azure-FDID"[^>]*\sfailed-check-httpcode="403"/;
const PREMIUM = "Premium_AzureFrontDoor";
const PREMIUM_RULE_SETS = ["Microsoft_DefaultRuleSet", "Microsoft_BotManagerRuleSet"];

/** The WAF policies bound to a domain (endpoint or custom domain) by a security policy. */
function wafPoliciesOf(domain: CheckedResource, all: readonly CheckedResource[]): CheckedResource[] {
  return all
    .filter((s) => s.type === FD.securityPolicy && (!s.dependsOn || s.dependsOn.includes(domain.urn)))
    .flatMap((s) => dependenciesOf(s, all, FD.waf));
}

const blocksPastRateLimit = (waf: CheckedResource) =>
  list(fields(waf.props.customRules).rules).some((rule) => {
    const r = fields(rule);
    return r.ruleType === "RateLimitRule" && r.enabledState !== "Disabled" && r.action === "Block";
  });

/** README "Azure edge": what Front Door guarantees when `azure.frontDoor` is set. */
export const FRONT_DOOR_GUARANTEE_RULES: readonly StackRule[] = [
  guarantee(
    "apim-front-door-only",
    "Behind Front Door, API Management answers 403 to requests without the profile's X-Azure-FDID.",
    [API_POLICY],
    // The policy holds the profile's Front Door ID, unknown in a preview before the profile
    // exists: a value that is not yet a string cannot be read.
    (r, all) =>
      !all.some((p) => p.type === FD.profile) ||
      typeof r.props.value !== "string" ||
      FROM_FRONT_DOOR_ONLY.test(r.props.value)
        ? []
        : ["the API policy does not refuse requests without X-Azure-FDID (403)"],
  ),
  guarantee(
    "frontdoor-waf-rate-limit",
    "Every Front Door domain is bound to a WAF policy that blocks a client IP past its rate limit.",
    [FD.endpoint, FD.customDomain],
    (r, all) => {
      const policies = wafPoliciesOf(r, all);
      if (policies.length === 0) return ["no security policy binds a WAF policy to it"];
      return policies.some(blocksPastRateLimit)
        ? []
        : [`its WAF policy ${policies.map((p) => p.name).join(", ")} has no rate-limit rule that blocks`];
    },
  ),
  guarantee(
    "frontdoor-premium-managed-rules",
    "On Premium, the API's WAF policy runs Microsoft's default and bot manager rule sets.",
    [FD.endpoint],
    (r, all) =>
      wafPoliciesOf(r, all)
        .filter((p) => fields(p.props.sku).name === PREMIUM)
        .flatMap((p) => {
          const sets = list(fields(p.props.managedRules).managedRuleSets).map((s) => fields(s).ruleSetType);
          return PREMIUM_RULE_SETS.filter((t) => !sets.includes(t)).map((t) => `${p.name} does not run ${t}`);
        }),
  ),
  guarantee(
    "frontdoor-routes-https-uncached",
    "Front Door routes accept and forward HTTPS only, and cache nothing.",
    [FD.route],
    (r) => [
      ...(JSON.stringify(r.props.supportedProtocols) === '["Https"]'
        ? []
        : [`supportedProtocols is ${JSON.stringify(r.props.supportedProtocols)}`]),
      ...(r.props.forwardingProtocol === "HttpsOnly"
        ? []
        : [`forwardingProtocol is ${String(r.props.forwardingProtocol)}`]),
      ...(r.props.cacheConfiguration === undefined ? [] : ["caching is on"]),
    ],
  ),
  guarantee(
    "frontdoor-logs-scrubbed",
    "Front Door access logs drop query strings and WAF logs drop the Authorization header.",
    [FD.profile, FD.waf],
    (r) => {
      const scrub = r.type === FD.profile ? fields(r.props.logScrubbing) : fields(r.props.policySettings);
      const [variable, selector] =
        r.type === FD.profile ? ["QueryStringArgNames", undefined] : ["RequestHeaderNames", "Authorization"];
      const held =
        scrub.state === "Enabled" &&
        list(scrub.scrubbingRules).some((rule) => {
          const s = fields(rule);
          return s.matchVariable === variable && s.state === "Enabled" && s.selector === selector;
        });
      return held ? [] : [`its logs do not scrub ${selector ?? "query strings"}`];
    },
  ),
];
