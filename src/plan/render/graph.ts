import type { Plan, PlannedResource } from "../model";

/** Children of each parent URN, in registration order; roots under the key "". */
export function childrenByParent(plan: Plan): Map<string, PlannedResource[]> {
  const known = new Set(plan.resources.map((r) => r.urn));
  const byParent = new Map<string, PlannedResource[]>();
  for (const resource of plan.resources) {
    const parent = resource.parent && known.has(resource.parent) ? resource.parent : "";
    byParent.set(parent, [...(byParent.get(parent) ?? []), resource]);
  }
  return byParent;
}

/** Dependency edges between planned resources (from → to means "from depends on to"). */
export function dependencyEdges(plan: Plan): Array<[string, string]> {
  const known = new Set(plan.resources.map((r) => r.urn));
  return plan.resources.flatMap((r) =>
    r.dependsOn.filter((d) => known.has(d)).map((d): [string, string] => [r.urn, d]),
  );
}

/** A short stable node ID for graph languages: r0, r1, ... in registration order. */
export function nodeIds(plan: Plan): Map<string, string> {
  return new Map(plan.resources.map((r, i) => [r.urn, `r${i}`]));
}
