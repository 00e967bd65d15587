import type { CheckedResource, StackRule } from "./types";

const PLATFORM = "auth-platform:index:AuthPlatform";

/**
 * Resources that hold users, sessions or the audit trail: losing one loses customers' identities,
 * their sessions, or the record of every sign-in request (the load balancer's access logs).
 */
export const STATEFUL_TYPES = [
  "aws:cognito/userPool:UserPool",
  "aws:elasticache/serverlessCache:ServerlessCache",
  "aws:s3/bucket:Bucket",
  "azure-native:azureactivedirectory:B2CTenant",
  "azure-native:azureactivedirectory:CIAMTenant",
  "azure-native:redis:Redis",
  "azure-native:redisenterprise:RedisEnterprise",
  "azure-native:redisenterprise:Database",
] as const;

const isStateful = (r: CheckedResource) => (STATEFUL_TYPES as readonly string[]).includes(r.type);

/**
 * Whether the platform component a resource belongs to (its nearest AuthPlatform ancestor)
 * was deployed with `protection.allowDeletion: true`: the one deliberate way to lift the
 * protection of its user directories and session stores.
 */
export function deletionAllowed(resource: CheckedResource, all: readonly CheckedResource[]): boolean {
  const byUrn = new Map(all.map((r) => [r.urn, r]));
  const seen = new Set<string>();
  let node = resource.parent ? byUrn.get(resource.parent) : undefined;
  while (node && !seen.has(node.urn)) {
    if (node.type === PLATFORM) {
      const protection = node.props.protection as Record<string, unknown> | undefined;
      return protection?.allowDeletion === true;
    }
    seen.add(node.urn);
    node = node.parent ? byUrn.get(node.parent) : undefined;
  }
  return false;
}

export const statefulProtected: StackRule = {
  kind: "stack",
  name: "stateful-resources-protected",
  description:
    "User directories, tenants, session stores and log buckets are protected from deletion (protect: true) unless protection.allowDeletion says otherwise.",
  enforcementLevel: "mandatory",
  source: "auth-platform",
  check: (resources) =>
    resources
      .filter((r) => isStateful(r) && !r.protect && !deletionAllowed(r, resources))
      .map((r) => ({
        urn: r.urn,
        message: `${r.type} ${r.name} is not protected although protection.allowDeletion is false: remove what unprotects it, or set protection.allowDeletion: true to delete it knowingly`,
      })),
};

export const statefulDeletionAllowed: StackRule = {
  kind: "stack",
  name: "stateful-deletion-allowed",
  description:
    "protection.allowDeletion lifted the protection of a user directory, tenant, session store or log bucket: it can be deleted with its users, sessions or logs.",
  enforcementLevel: "advisory",
  source: "auth-platform",
  check: (resources) =>
    resources
      .filter((r) => isStateful(r) && deletionAllowed(r, resources))
      .map((r) => ({
        urn: r.urn,
        message: `${r.type} ${r.name} can be deleted: protection.allowDeletion is true (no protect, no retainOnDelete, no cloud-side deletion protection); set it back to false unless you are deleting it`,
      })),
};
