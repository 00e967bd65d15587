import { WAF_RATE_LIMIT, WAF_RATE_LIMIT_WINDOWS } from "../../../config/rules/azure";
import { atMostItems, integerIn, lengthIn, matches, oneOf } from "../../../platform/constraintKinds";
import type { Constraint } from "../../../platform/constraints";
import { AZURERM, ENABLED, FD, globalLocation, type Row, WAF_SPEC as SPEC } from "./common";
import { WAF_RULES } from "./wafRules";

const LIMITS = "MicrosoftDocs/azure-docs includes/front-door-limits.md (Standard/Premium limits)";
const RULES = "customRules.rules[]";
const CONDITIONS = `${RULES}.matchConditions[]`;

const enums: readonly (readonly [...Row, readonly unknown[]])[] = [
  ["frontdoor-waf-mode", FD.waf, "policySettings.mode", `${SPEC} (PolicyMode)`, ["Prevention", "Detection"]],
  ["frontdoor-waf-state", FD.waf, "policySettings.enabledState", `${SPEC} (PolicyEnabledState)`, ENABLED],
  [
    "frontdoor-waf-body-check",
    FD.waf,
    "policySettings.requestBodyCheck",
    `${SPEC} (PolicyRequestBodyCheck)`,
    ENABLED,
  ],
  [
    "frontdoor-waf-scrubbing-state",
    FD.waf,
    "policySettings.state",
    `${SPEC} (WebApplicationFirewallScrubbingState)`,
    ENABLED,
  ],
  [
    "frontdoor-waf-scrubbing-variable",
    FD.waf,
    "policySettings.scrubbingRules[].matchVariable",
    `${SPEC} (ScrubbingRuleEntryMatchVariable)`,
    [
      "RequestIPAddress",
      "RequestUri",
      "QueryStringArgNames",
      "RequestHeaderNames",
      "RequestCookieNames",
      "RequestBodyPostArgNames",
      "RequestBodyJsonArgNames",
    ],
  ],
  [
    "frontdoor-waf-scrubbing-operator",
    FD.waf,
    "policySettings.scrubbingRules[].selectorMatchOperator",
    `${SPEC} (scrubbingRuleEntryMatchOperator)`,
    ["EqualsAny", "Equals"],
  ],
  [
    "frontdoor-waf-rule-type",
    FD.waf,
    `${RULES}.ruleType`,
    `${SPEC} (RuleType)`,
    ["MatchRule", "RateLimitRule"],
  ],
  [
    "frontdoor-waf-rate-window",
    FD.waf,
    `${RULES}.rateLimitDurationInMinutes`,
    WAF_RATE_LIMIT_WINDOWS.source,
    WAF_RATE_LIMIT_WINDOWS.allowed,
  ],
  [
    "frontdoor-waf-rule-action",
    FD.waf,
    `${RULES}.action`,
    `${SPEC} (ActionType)`,
    ["Allow", "Block", "Log", "Redirect", "AnomalyScoring", "JSChallenge", "CAPTCHA"],
  ],
  [
    "frontdoor-waf-match-variable",
    FD.waf,
    `${CONDITIONS}.matchVariable`,
    `${SPEC} (MatchVariable)`,
    [
      "RemoteAddr",
      "RequestMethod",
      "QueryString",
      "PostArgs",
      "RequestUri",
      "RequestHeader",
      "RequestBody",
      "Cookies",
      "SocketAddr",
      "JA4",
    ],
  ],
  [
    "frontdoor-waf-operator",
    FD.waf,
    `${CONDITIONS}.operator`,
    `${SPEC} (Operator)`,
    [
      "Any",
      "IPMatch",
      "GeoMatch",
      "Equal",
      "Contains",
      "LessThan",
      "GreaterThan",
      "LessThanOrEqual",
      "GreaterThanOrEqual",
      "BeginsWith",
      "EndsWith",
      "RegEx",
      "ServiceTagMatch",
      "AsnMatch",
      "ClientFingerprint",
    ],
  ],
  [
    "frontdoor-waf-managed-action",
    FD.waf,
    "managedRules.managedRuleSets[].ruleSetAction",
    `${SPEC} (ManagedRuleSetActionType)`,
    ["Block", "Log", "Redirect"],
  ],
];

const lists: readonly (readonly [...Row, number])[] = [
  ["frontdoor-waf-rule-count", FD.waf, "customRules.rules", `${LIMITS} (custom rules per policy)`, 100],
  [
    "frontdoor-waf-condition-count",
    FD.waf,
    `${RULES}.matchConditions`,
    `${LIMITS} (match conditions per custom rule)`,
    10,
  ],
  [
    "frontdoor-waf-match-values",
    FD.waf,
    `${CONDITIONS}.matchValue`,
    `${LIMITS} (string match values per match condition)`,
    10,
  ],
];

/** The Front Door WAF policy (Microsoft.Network/FrontDoorWebApplicationFirewallPolicies). */
export const WAF_CONSTRAINTS: readonly Constraint[] = [
  ...enums.map(([id, type, input, source, allowed]) => oneOf({ id, type, input, source }, allowed)),
  ...lists.map(([id, type, input, source, max]) => atMostItems({ id, type, input, source }, max)),
  matches(
    {
      id: "frontdoor-waf-name",
      type: FD.waf,
      input: "policyName",
      source: `${AZURERM}/validate/front_door_firewall_policy_name.go; ${SPEC} (policyName maxLength 128)`,
    },
    /^[a-zA-Z][0-9a-zA-Z]{0,127}$/,
    "1..128 letters and digits, starting with a letter",
  ),
  globalLocation(
    "frontdoor-waf-location",
    FD.waf,
    `${AZURERM}/cdn_frontdoor_firewall_policy_resource.go (location "Global")`,
  ),
  integerIn(
    {
      id: "frontdoor-waf-rate-threshold",
      type: FD.waf,
      input: `${RULES}.rateLimitThreshold`,
      source: WAF_RATE_LIMIT.source,
    },
    WAF_RATE_LIMIT.min,
    WAF_RATE_LIMIT.max,
  ),
  lengthIn(
    {
      id: "frontdoor-waf-rule-name",
      type: FD.waf,
      input: `${RULES}.name`,
      source: `${SPEC} (CustomRule.name maxLength 128)`,
    },
    1,
    128,
  ),
  lengthIn(
    {
      id: "frontdoor-waf-match-value-length",
      type: FD.waf,
      input: `${CONDITIONS}.matchValue[]`,
      source: `${LIMITS} (string match value length)`,
    },
    1,
    256,
  ),
  ...WAF_RULES,
];
