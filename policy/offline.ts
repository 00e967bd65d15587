import type { Plan } from "../src/plan/model";
import type { CheckedResource, Rule, Violation } from "./rules/types";

/** The plan's resources as the rules see them. */
export function resourcesOf(plan: Plan): CheckedResource[] {
  return plan.resources.map((r) => ({
    urn: r.urn,
    type: r.type,
    name: r.name,
    props: r.inputs,
    protect: r.protect,
  }));
}

/** Applies every rule to a plan document (`npm run plan -- --format json`) and lists the violations. */
export function checkPlan(plan: Plan, rules: readonly Rule[]): Violation[] {
  const resources = resourcesOf(plan);
  return rules.flatMap((rule): Violation[] => {
    const base = { rule: rule.name, enforcementLevel: rule.enforcementLevel };
    if (rule.kind === "stack")
      return rule.check(resources).map((v) => ({ ...base, urn: v.urn ?? "", message: v.message }));
    return resources
      .filter((r) => rule.resourceTypes === "*" || rule.resourceTypes.includes(r.type))
      .flatMap((r) => rule.check(r).map((message) => ({ ...base, urn: r.urn, message })));
  });
}
