import type { Plan, PlannedResource } from "../../src/plan/model";
import { exampleSettings, exampleValues, planCached, settingsOf } from "../support/harness";

export const SEOUL = { "aws:region": "ap-northeast-2" };
/** The example stack's pool ID under the offline plan (derived from the resource name). */
export const POOL_ID = "ap-northeast-2_BvHmNAyOx";
export const ACCOUNT = "123456789012";
export const TAGS = { "cost-center": "4410", "data-classification": "confidential", owner: "platform-team" };

/** The example stack planned as stack "aws", so physical names read `hanbit-aws-…`. */
export function planExample(): Promise<Plan> {
  return planCached(exampleSettings("aws"), "aws");
}

/** The example stack with a change, planned as stack "aws". */
export function planVariant(patch: (values: Record<string, Record<string, unknown>>) => void): Promise<Plan> {
  const values = structuredClone(exampleValues("aws")) as Record<string, Record<string, unknown>>;
  patch(values);
  return planCached(settingsOf(values, { providerConfig: SEOUL, secretKeys: ["identity"] }), "aws");
}

/** The last segment of each URN a resource depends on, sorted. */
export function dependencyNames(resource: PlannedResource): string[] {
  return resource.dependsOn.map((urn) => urn.split("::").pop() ?? urn).sort();
}

/** Number of planned resources per type. */
export function countByType(plan: Plan): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of plan.resources) counts[r.type] = (counts[r.type] ?? 0) + 1;
  return counts;
}
