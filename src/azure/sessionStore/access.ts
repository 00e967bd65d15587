import * as network from "@pulumi/azure-native/network";
import * as redis from "@pulumi/azure-native/redis";
import type * as pulumi from "@pulumi/pulumi";
import type { AzureScope } from "../scope";

/** The built-in data access policy that reads and writes keys but cannot run admin commands. */
export const DATA_CONTRIBUTOR = "Data Contributor";
/** How the application's identity appears in the cache's access list. */
export const APPLICATION_ALIAS = "auth-platform-app";

/**
 * Grants the application identity data access on a cache (Entra authentication). Assignments
 * on one cache must not run concurrently, so each waits for the previous one.
 */
export function grantDataAccess(
  scope: AzureScope,
  cache: redis.Redis,
  suffix: string,
  principalId: string,
  after: pulumi.Resource[],
): redis.AccessPolicyAssignment {
  return new redis.AccessPolicyAssignment(
    `${scope.name}-${suffix}-app-access`,
    {
      resourceGroupName: scope.resourceGroupName,
      cacheName: cache.name,
      accessPolicyAssignmentName: APPLICATION_ALIAS,
      accessPolicyName: DATA_CONTRIBUTOR,
      objectId: principalId,
      objectIdAlias: APPLICATION_ALIAS,
    },
    { parent: scope.parent, dependsOn: after },
  );
}

/** A private endpoint for the store in the configured subnet (group `redisCache` or `redisEnterprise`). */
export function privateEndpoint(
  scope: AzureScope,
  target: { id: pulumi.Input<string>; groupId: "redisCache" | "redisEnterprise"; name: string },
  subnetId: string,
): network.PrivateEndpoint {
  return new network.PrivateEndpoint(
    `${scope.name}-redis-private-endpoint`,
    {
      resourceGroupName: scope.resourceGroupName,
      location: scope.config.region,
      privateEndpointName: `${target.name}-pe`,
      subnet: { id: subnetId },
      privateLinkServiceConnections: [
        { name: `${target.name}-pe`, privateLinkServiceId: target.id, groupIds: [target.groupId] },
      ],
      tags: scope.config.tags,
    },
    { parent: scope.parent },
  );
}
