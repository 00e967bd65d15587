import type * as pulumi from "@pulumi/pulumi";
import { sessionCommandRules, sessionKeyPattern } from "../../platform/sessionAccess";

/** Name of the custom data access policy the application identity is assigned on a cache. */
export const APP_ACCESS_POLICY = "auth-platform-sessions";

/**
 * Permissions of that policy: exactly the session library's commands, on keys under the
 * session prefix. Azure Cache for Redis takes Redis ACL rules in a custom data access policy:
 * `+command`, `+@category`, `~pattern` (Microsoft, "Configure custom data access policies");
 * the built-in Data Contributor policy is broader than the sessions need.
 */
export function cachePermissions(keyPrefix: string, clustered: boolean): string {
  return `${sessionCommandRules(clustered)} ${sessionKeyPattern(keyPrefix)}`;
}

/**
 * Azure Managed Redis grants every user of an access policy assignment full access to all
 * commands and keys: custom access strings need API version 2026-05-01-preview, and earlier
 * versions "always assign full access" (Microsoft, "Configure custom data access permissions";
 * the provider's AccessPolicyAssignment uses API 2025-07-01).
 */
export const MANAGED_ACCESS = "+@all ~*";

/** A Premium cache with shards speaks the Redis Cluster protocol (Microsoft, Premium clustering). */
export function cacheIsClustered(args: { shardCount?: pulumi.Input<number | undefined> }): boolean {
  return typeof args.shardCount === "number" && args.shardCount > 0;
}

/**
 * Azure Managed Redis clustering policies (Microsoft, "Choose a clustering policy"): OSS exposes
 * the Redis Cluster API (a cluster client; multi-key commands in one slot); Enterprise exposes
 * one endpoint whose proxy routes to the shards (any client; most multi-key commands still
 * need one slot); Non-clustered does not shard.
 */
export function managedIsClustered(clusteringPolicy: pulumi.Input<string | undefined>): boolean {
  return clusteringPolicy === "OSSCluster";
}
