import type { Plan } from "../src/plan/model";
import { checkedResources } from "../src/platform/checks";
import type { Rule, Violation } from "./rules/types";

/** Applies every rule to a plan document (`npm run plan -- --format json`) and lists the violations. */
export function checkPlan(plan: Plan, rules: readonly Rule[]): Violation[] {
  const resources = checkedResources(plan);
  return rules.flatMap((rule): Violation[] => {
    const base = { rule: rule.name, enforcementLevel: rule.enforcementLevel };
    if (rule.kind === "stack")
      return rule.check(resources).map((v) => ({ ...base, urn: v.urn ?? "", message: v.message }));
    return resources
      .filter((r) => rule.resourceTypes === "*" || rule.resourceTypes.includes(r.type))
      .flatMap((r) => rule.check(r).map((message) => ({ ...base, urn: r.urn, message })));
  });
}
