import * as cdn from "@pulumi/azure-native/cdn";
import * as frontdoor from "@pulumi/azure-native/frontdoor";
import type * as inputs from "@pulumi/azure-native/types/input";
import type * as pulumi from "@pulumi/pulumi";
import { WAF_RATE_LIMIT_WINDOWS } from "../../config/rules/azure";
import type { AzureScope } from "../scope";
import { type FrontDoor, GLOBAL } from "./profile";

/** Which traffic a WAF policy protects: the API on the endpoint's domain, or the sign-in domain. */
export type WafKind = "api" | "signin";

/**
 * Every request: its Host header is at least 0 bytes long. Microsoft's own match condition for a
 * rate limit that applies to all of a domain's requests
 * (MicrosoftDocs/azure-docs articles/web-application-firewall/afds/waf-front-door-rate-limit.md).
 * Each policy protects one domain that carries nothing but its kind of traffic.
 */
export const EVERY_REQUEST = {
  matchVariable: "RequestHeader",
  selector: "Host",
  operator: "GreaterThanOrEqual",
  negateCondition: false,
  matchValue: ["0"],
};

/**
 * A rate-limit rule: more than `threshold` requests from one client (socket) IP within the
 * window and that IP is blocked until the window ends. Rate-limit rules take Log or Block only.
 */
export function rateLimitRule(name: string, threshold: number): inputs.frontdoor.CustomRuleArgs {
  return {
    name,
    priority: 100,
    enabledState: "Enabled",
    ruleType: "RateLimitRule",
    rateLimitDurationInMinutes: WAF_RATE_LIMIT_WINDOWS.used,
    rateLimitThreshold: threshold,
    matchConditions: [EVERY_REQUEST],
    action: "Block",
  };
}

/**
 * Premium's managed rule sets for the API: Microsoft's Default Rule Set 2.1 (OWASP core rules and
 * Microsoft Threat Intelligence, anomaly scoring, blocking at a score of 5) and the bot protection
 * rule set. Not on the sign-in domain: Microsoft does not support managed rules in front of B2C /
 * External ID (custom-domain docs, "Azure Front Door advanced configuration").
 */
export const PREMIUM_MANAGED_RULES = {
  managedRuleSets: [
    { ruleSetType: "Microsoft_DefaultRuleSet", ruleSetVersion: "2.1", ruleSetAction: "Block" },
    { ruleSetType: "Microsoft_BotManagerRuleSet", ruleSetVersion: "1.0" },
  ],
};

/**
 * WAF logs record what a rule matched; a bearer token or a client's Basic credentials in the
 * Authorization header must not land in Log Analytics.
 */
export const WAF_LOG_SCRUBBING = {
  state: "Enabled",
  scrubbingRules: [
    {
      matchVariable: "RequestHeaderNames",
      selectorMatchOperator: "Equals",
      selector: "Authorization",
      state: "Enabled",
    },
  ],
};

/** WAF policy names are letters and digits only, starting with a letter. */
export function wafPolicyName(scope: AzureScope, kind: WafKind): string {
  return `${scope.config.name}${scope.stack}${kind}waf`.replace(/[^A-Za-z0-9]/g, "");
}

/** The policy's arguments: Prevention mode, the domain's rate limit, and Premium's managed rules for the API. */
export function wafPolicyArgs(scope: AzureScope, fd: FrontDoor, kind: WafKind): frontdoor.PolicyArgs {
  const rule =
    kind === "api"
      ? rateLimitRule("ApiRateLimit", fd.config.apiRateLimit)
      : rateLimitRule("SignInRateLimit", fd.config.signInRateLimit);
  const managed = kind === "api" && fd.config.tier === "Premium";
  return {
    resourceGroupName: scope.resourceGroupName,
    policyName: wafPolicyName(scope, kind),
    location: GLOBAL,
    // The WAF policy must be of the profile's tier; unset, ARM makes it Classic_AzureFrontDoor.
    sku: { name: fd.skuName },
    policySettings: {
      enabledState: "Enabled",
      mode: "Prevention",
      requestBodyCheck: "Enabled",
      ...WAF_LOG_SCRUBBING,
    },
    customRules: { rules: [rule] },
    ...(managed ? { managedRules: PREMIUM_MANAGED_RULES } : {}),
    tags: scope.config.tags,
  };
}

/** A WAF policy in Prevention mode, bound to one domain by a security policy. */
export function createWaf(
  scope: AzureScope,
  fd: FrontDoor,
  kind: WafKind,
  domainId: pulumi.Input<string>,
): { policy: frontdoor.Policy; securityPolicy: cdn.SecurityPolicy } {
  const { name, parent } = scope;
  const policy = new frontdoor.Policy(`${name}-${kind}-waf`, wafPolicyArgs(scope, fd, kind), { parent });
  const securityPolicy = new cdn.SecurityPolicy(
    `${name}-${kind}-security-policy`,
    {
      resourceGroupName: scope.resourceGroupName,
      profileName: fd.profile.name,
      securityPolicyName: `${kind}-waf`,
      parameters: {
        type: "WebApplicationFirewall",
        wafPolicy: { id: policy.id },
        associations: [{ domains: [{ id: domainId }], patternsToMatch: ["/*"] }],
      },
    },
    { parent },
  );
  return { policy, securityPolicy };
}
