import { eachValue, valuesAt } from "../../../platform/constraintKinds";
import type { Constraint } from "../../../platform/constraints";
import { AZURERM, WAF_DOCS as DOCS, FD, WAF_SPEC as SPEC } from "./common";

const RULES = "customRules.rules[]";
const fields = (value: unknown) =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};

/** The WAF policy must be of its profile's tier: unset, ARM makes it Classic_AzureFrontDoor. */
const sameTier: Constraint = {
  id: "frontdoor-waf-tier",
  type: FD.waf,
  input: "sku.name",
  rule: "the Front Door profile's SKU",
  source: `MicrosoftDocs/azure-docs articles/active-directory-b2c/custom-domain.md (the WAF policy must be the same tier as the Azure Front Door profile); ${SPEC} (Sku)`,
  violations: (resource, all) => {
    const sku = fields(resource.props.sku).name;
    const profiles = all.filter((r) => r.type === FD.profile).map((r) => fields(r.props.sku).name);
    return sku !== undefined && profiles.every((p) => p === sku)
      ? []
      : [`sku.name is ${JSON.stringify(sku)}, the profile's is ${JSON.stringify(profiles[0])}`];
  },
};

/** Priorities order the custom rules, so no two may be equal. */
const uniquePriorities: Constraint = {
  id: "frontdoor-waf-rule-priority",
  type: FD.waf,
  input: `${RULES}.priority`,
  rule: "an integer no other custom rule of the policy has",
  source: `${DOCS}/waf-front-door-custom-rules.md (priority numbers must be unique among all custom rules)`,
  violations: (resource) => {
    const found = valuesAt(resource.props, `${RULES}.priority`);
    return found.flatMap(({ path, value }, i) =>
      Number.isInteger(value) && found.findIndex((f) => f.value === value) === i
        ? []
        : [`${path} is ${JSON.stringify(value)}`],
    );
  },
};

/** Managed rule sets are a Premium feature. */
const managedOnPremium: Constraint = {
  id: "frontdoor-waf-managed-premium",
  type: FD.waf,
  input: "managedRules",
  rule: "absent unless sku.name is Premium_AzureFrontDoor",
  source: `${AZURERM}/cdn_frontdoor_firewall_policy_resource.go (managed_rule only with Premium_AzureFrontDoor); ${DOCS}/protect-api-hosted-apim-by-waf.md`,
  violations: (resource) => {
    const sku = fields(resource.props.sku).name;
    return resource.props.managedRules === undefined || sku === "Premium_AzureFrontDoor"
      ? []
      : [`managedRules is set on ${JSON.stringify(sku)}`];
  },
};

/** A rate-limit rule counts the requests its match conditions select, and only logs or blocks. */
const rateLimitRules = eachValue(
  {
    id: "frontdoor-waf-rate-rule",
    type: FD.waf,
    input: RULES,
    rule: "a rate-limit rule with at least one match condition and the action Log or Block",
    source: `${DOCS}/waf-front-door-rate-limit-configure.md (rate-limit rules must contain a match condition; only Log and Block)`,
  },
  (rule) => {
    const r = fields(rule);
    if (r.ruleType !== "RateLimitRule") return undefined;
    const conditions = Array.isArray(r.matchConditions) ? r.matchConditions.length : 0;
    return conditions > 0 && ["Log", "Block"].includes(String(r.action))
      ? undefined
      : `has ${conditions} match condition(s) and the action ${JSON.stringify(r.action)}`;
  },
);

/** WAF policy rules that read more than one input, or the profile. */
export const WAF_RULES: readonly Constraint[] = [
  sameTier,
  uniquePriorities,
  managedOnPremium,
  rateLimitRules,
];
