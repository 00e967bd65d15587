/**
 * Helpers shared by the Azure conformance modules: where rules come from, tag and location
 * rules every ARM resource type shares, and the audited-free entries for inputs the program
 * fixes. No provider SDK imports: the policy pack loads these modules for either cloud.
 */
import { AZURE_TAG_LIMITS } from "../../config/rules/tags";
import { SECRET_SHOWN, UNKNOWN_SHOWN } from "../../plan/model";
import type { CheckedResource } from "../../platform/checks";
import { eachValue, matches } from "../../platform/constraintKinds";
import type { AuditedInput, Constraint } from "../../platform/constraints";

/** An Azure REST API spec as Azure/bicep-types-az renders it (types generated from azure-rest-api-specs). */
export const spec = (path: string, what: string) =>
  `Azure/bicep-types-az generated/${path}/types.md (${what})`;
/** An enum as @pulumi/azure-native 3.28.0 generates it from the REST API spec of the version it uses. */
export const sdkEnum = (module: string, name: string) =>
  `@pulumi/azure-native 3.28.0 types/enums/${module} ${name} (the REST API spec's x-ms-enum)`;
export const LEARN = "https://learn.microsoft.com/azure";
export const TF_AZUREAD = "hashicorp/terraform-provider-azuread";

const TAGS_SOURCE = `${LEARN}/azure-resource-manager/management/tag-resources#limitations`;
const REGION_SOURCE =
  "Azure Resource Manager location names (az account list-locations: lowercase letters and digits, e.g. koreacentral)";

/** Azure's tag limits on one resource type: 50 tags, names of 512 characters without < > % & \ ? /, values of 256. */
export function tagsRule(type: string, id: string): Constraint {
  const { count, nameLength, valueLength, forbidden } = AZURE_TAG_LIMITS;
  return eachValue(
    {
      id,
      type,
      input: "tags",
      source: TAGS_SOURCE,
      rule: `at most ${count} tags, names of at most ${nameLength} characters without < > % & \\ ? /, values of at most ${valueLength}`,
    },
    (value) => {
      if (typeof value !== "object" || value === null) return `is ${JSON.stringify(value)}`;
      const entries = Object.entries(value as Record<string, unknown>);
      if (entries.length > count) return `has ${entries.length} tags`;
      const bad = entries.find(
        ([k, v]) => k.length > nameLength || forbidden.test(k) || String(v).length > valueLength,
      );
      return bad ? `has the tag ${JSON.stringify(bad[0])}` : undefined;
    },
  );
}

/** An ARM region name (the config's `azure-native:location`, or a replica's region). */
export function regionRule(type: string, id: string, input = "location"): Constraint {
  return matches({ id, type, input, source: REGION_SOURCE }, /^[a-z][a-z0-9]*$/, "an Azure region name");
}

/** Inputs the program sets to one value from its own code, each checked against the provider's enum or rule. */
export function fixed(type: string, entries: Readonly<Record<string, string>>): AuditedInput[] {
  return Object.entries(entries).map(([input, why]) => ({ type, input, why }));
}

/** The platform's resource group name, passed from the ResourceGroup resource. */
export const FROM_RESOURCE_GROUP =
  "the platform's resource group, taken from the ResourceGroup resource whose name rule is resource-group-name";

/** The planned resource of `type` whose input `key` equals `value` (e.g. the API Management service by name). */
export function findBy(
  all: readonly CheckedResource[],
  type: string,
  key: string,
  value: unknown,
): CheckedResource | undefined {
  return value === undefined ? undefined : all.find((r) => r.type === type && r.props[key] === value);
}

/** The last segment of an ARM resource ID (`/subscriptions/…/providers/Microsoft.Cache/Redis/name` → `name`). */
export function armName(id: unknown): string | undefined {
  return typeof id === "string" ? id.split("/").pop() : undefined;
}

/** The resource type in an ARM resource ID: `…/providers/Microsoft.Cache/redisEnterprise/c/databases/d` → `Microsoft.Cache/redisEnterprise/databases`. */
export function armType(id: unknown): string | undefined {
  if (typeof id !== "string") return undefined;
  const after =
    id
      .split(/\/providers\//i)
      .pop()
      ?.split("/") ?? [];
  const [namespace, ...rest] = after;
  return namespace ? [namespace, ...rest.filter((_, i) => i % 2 === 0)].join("/") : undefined;
}

/** A value the plan knows: not `[unknown]` or `[secret]`, not missing (CrossGuard leaves unknowns undefined). */
export function known(value: unknown): boolean {
  return value !== undefined && value !== UNKNOWN_SHOWN && value !== SECRET_SHOWN;
}
