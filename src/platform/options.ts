import type * as pulumi from "@pulumi/pulumi";
import type { ProtectionConfig } from "../config/schema/monitoring";

/**
 * Options for a stateful child (user directory, tenant, session store): protected from
 * deletion and retained on delete, both lifted together only by `protection.allowDeletion`.
 */
export function statefulOptions(
  parent: pulumi.Resource,
  protection: ProtectionConfig,
): pulumi.CustomResourceOptions {
  const keep = !protection.allowDeletion;
  return { parent, protect: keep, retainOnDelete: keep };
}

/** Physical name of a cloud resource: `<name>-<stack>-<suffix>`, e.g. `auth-prod-users`. */
export function physicalName(platformName: string, stack: string, suffix: string): string {
  return `${platformName}-${stack}-${suffix}`;
}
