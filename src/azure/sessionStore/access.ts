import * as network from "@pulumi/azure-native/network";
import * as redis from "@pulumi/azure-native/redis";
import type * as pulumi from "@pulumi/pulumi";
import type { AzureScope } from "../scope";
import { APP_ACCESS_POLICY, cachePermissions } from "./permissions";

/** How the application's identity appears in the cache's access list. */
export const APPLICATION_ALIAS = "auth-platform-app";

/**
 * Grants the application identity data access on a cache (Entra authentication): a custom
 * data access policy with exactly the session library's commands on the session prefix, then
 * the identity's assignment to it. Policy and assignment changes on one cache must not run
 * concurrently, so each waits for the previous one.
 */
export function grantDataAccess(
  scope: AzureScope,
  cache: redis.Redis,
  suffix: string,
  access: { principalId: string; keyPrefix: string; clustered: boolean },
  after: pulumi.Resource[],
): [redis.AccessPolicy, redis.AccessPolicyAssignment] {
  const policy = new redis.AccessPolicy(
    `${scope.name}-${suffix}-app-policy`,
    {
      resourceGroupName: scope.resourceGroupName,
      cacheName: cache.name,
      accessPolicyName: APP_ACCESS_POLICY,
      permissions: cachePermissions(access.keyPrefix, access.clustered),
    },
    { parent: scope.parent, dependsOn: after },
  );
  const assignment = new redis.AccessPolicyAssignment(
    `${scope.name}-${suffix}-app-access`,
    {
      resourceGroupName: scope.resourceGroupName,
      cacheName: cache.name,
      accessPolicyAssignmentName: APPLICATION_ALIAS,
      accessPolicyName: APP_ACCESS_POLICY,
      objectId: access.principalId,
      objectIdAlias: APPLICATION_ALIAS,
    },
    { parent: scope.parent, dependsOn: [...after, policy] },
  );
  return [policy, assignment];
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
