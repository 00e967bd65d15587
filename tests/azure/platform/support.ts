import type { Plan, PlannedResource } from "../../../src/plan/model";
import { exampleValues, planCached, settingsOf, validateStack } from "../../support/harness";

/** The example Azure stack's values with some sections replaced (a shallow merge per section). */
export function azureValues(
  overrides: {
    azure?: (azure: Record<string, unknown>) => Record<string, unknown>;
    [key: string]: unknown;
  } = {},
): Record<string, unknown> {
  const values = structuredClone(exampleValues("azure"));
  const { azure, ...rest } = overrides;
  if (azure) values.azure = azure(values.azure as Record<string, unknown>);
  return { ...values, ...rest };
}

/** Settings for values, with the example's region and its secret keys. */
export function azureSettings(values: Record<string, unknown>, region = "koreacentral") {
  return settingsOf(values, {
    providerConfig: { "azure-native:location": region },
    secretKeys: ["identity"],
  });
}

export function planAzure(values: Record<string, unknown>): Promise<Plan> {
  return planCached(azureSettings(values), "prod");
}

export function validateAzure(values: Record<string, unknown>) {
  return validateStack(azureSettings(values), "prod");
}

/** The example's `azure` section with one sub-section changed. */
export function withSection(section: string, change: Record<string, unknown>) {
  return (azure: Record<string, unknown>) => ({
    ...azure,
    [section]: { ...(azure[section] as Record<string, unknown>), ...change },
  });
}

/** Counts of resources per type, for exact count assertions. */
export function countByType(plan: Plan): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of plan.resources) counts[r.type] = (counts[r.type] ?? 0) + 1;
  return counts;
}

/** Names of resources of a type, in registration order. */
export function namesOf(resources: PlannedResource[]): string[] {
  return resources.map((r) => r.name);
}

export const RG = "rg-hanbit-auth-prod";
export const SUBSCRIPTION = "3c1e9f2a-5b7d-4c8e-a6f0-9d2b4e1c7a53";
export const TENANT_ID = "6f1c2a9e-4b7d-4e3a-9c85-1d2f3a4b5c6d";
