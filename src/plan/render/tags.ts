import type { PlannedResource } from "../model";

type Tags = Record<string, unknown>;

function tagsOf(resource: PlannedResource): Tags | undefined {
  const tags = resource.inputs.tags;
  return typeof tags === "object" && tags !== null && !Array.isArray(tags) ? (tags as Tags) : undefined;
}

/**
 * The tags every tagged resource carries with the same values, when at least two resources are
 * tagged and they share any; the tree prints them once instead of on every resource.
 */
export function commonTags(resources: readonly PlannedResource[]): Tags | undefined {
  const tagged = resources.map(tagsOf).filter((t): t is Tags => t !== undefined);
  const [first, ...rest] = tagged;
  if (first === undefined || rest.length === 0) return undefined;
  const common = Object.fromEntries(
    Object.entries(first).filter(([key, value]) =>
      rest.every((tags) => JSON.stringify(tags[key]) === JSON.stringify(value)),
    ),
  );
  return Object.keys(common).length > 0 ? common : undefined;
}

/** A resource's tags as the tree shows them: left out when exactly the common tags, else whole. */
export function tagsShown(value: unknown, common: Tags): unknown {
  const same =
    typeof value === "object" &&
    value !== null &&
    JSON.stringify(Object.entries(value).sort()) === JSON.stringify(Object.entries(common).sort());
  return same ? undefined : value;
}
