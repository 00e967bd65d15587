import * as authorization from "@pulumi/azure-native/authorization";
import * as redis from "@pulumi/azure-native/redis";
import * as pulumi from "@pulumi/pulumi";
import { statefulOptions } from "../../platform/options";
import type { AzureConfig, AzureScope } from "../scope";

type StoreConfig = NonNullable<AzureConfig["azure"]["sessionStore"]>;

/** Storage Blob Data Contributor: lets the cache's identity write RDB snapshots. */
export const STORAGE_BLOB_DATA_CONTRIBUTOR = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";

/** Name of the geo-replica: the primary's name and the replica's region. */
export function replicaName(store: StoreConfig): string {
  return `${store.name}-${store.geoReplicaLocation ?? ""}`;
}

/** The subscription and account name inside a storage account's resource ID. */
export function storageAccountParts(id: string): { subscriptionId: string; accountName: string } {
  const parts = id.split("/");
  return { subscriptionId: parts[2] ?? "", accountName: parts[parts.length - 1] ?? "" };
}

/**
 * Secure settings of an Azure Cache for Redis: TLS 1.2 on port 6380 only, Microsoft Entra
 * authentication with access keys turned off, volatile-lru eviction (only keys with a TTL are
 * evicted: every session key has one), no public network access behind a private endpoint.
 * Premium adds zones and RDB persistence through the cache's managed identity.
 */
export function cacheArgs(
  config: AzureConfig,
  store: StoreConfig,
  resourceGroupName: pulumi.Input<string>,
  where: { name: string; location: string; replica: boolean },
): redis.RedisArgs {
  const premium = store.sku === "Premium";
  const persistence = !where.replica && premium ? store.persistence : undefined;
  const storage = persistence ? storageAccountParts(persistence.storageAccountId) : undefined;
  return {
    resourceGroupName,
    name: where.name,
    location: where.location,
    sku: { name: store.sku, family: premium ? "P" : "C", capacity: store.capacity },
    redisVersion: "6",
    enableNonSslPort: false,
    minimumTlsVersion: "1.2",
    disableAccessKeyAuthentication: true,
    publicNetworkAccess: store.privateEndpointSubnetId ? "Disabled" : "Enabled",
    redisConfiguration: {
      aadEnabled: "true",
      maxmemoryPolicy: "volatile-lru",
      ...(persistence && storage
        ? {
            rdbBackupEnabled: "true",
            rdbBackupFrequency: persistence.frequency,
            rdbBackupMaxSnapshotCount: "1",
            preferredDataPersistenceAuthMethod: "ManagedIdentity",
            rdbStorageConnectionString: `BlobEndpoint=https://${storage.accountName}.blob.core.windows.net/`,
            storageSubscriptionId: storage.subscriptionId,
          }
        : {}),
    },
    ...(premium && !where.replica && store.zones.length > 0 ? { zones: store.zones } : {}),
    ...(persistence ? { identity: { type: "SystemAssigned" } } : {}),
    tags: config.tags,
  };
}

export interface CacheResources {
  readonly primary: redis.Redis;
  /** The primary's arguments (its topology decides whether clients need a cluster client). */
  readonly args: redis.RedisArgs;
  readonly replica?: redis.Redis;
}

/** The primary cache, its geo-replica when configured, and the persistence role assignment. */
export function createCaches(scope: AzureScope, store: StoreConfig): CacheResources {
  const { config, name } = scope;
  const args = cacheArgs(config, store, scope.resourceGroupName, {
    name: store.name,
    location: config.region,
    replica: false,
  });
  const primary = new redis.Redis(`${name}-redis`, args, statefulOptions(scope.parent, config.protection));
  if (store.sku === "Premium" && store.persistence) {
    const { subscriptionId } = storageAccountParts(store.persistence.storageAccountId);
    new authorization.RoleAssignment(
      `${name}-redis-persistence-access`,
      {
        principalId: primary.identity.apply((i) => i?.principalId ?? ""),
        principalType: "ServicePrincipal",
        roleDefinitionId: `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${STORAGE_BLOB_DATA_CONTRIBUTOR}`,
        scope: store.persistence.storageAccountId,
      },
      { parent: scope.parent },
    );
  }
  const replica =
    store.sku === "Premium" && store.geoReplicaLocation
      ? new redis.Redis(
          `${name}-redis-geo`,
          cacheArgs(config, store, scope.resourceGroupName, {
            name: replicaName(store),
            location: store.geoReplicaLocation,
            replica: true,
          }),
          statefulOptions(scope.parent, config.protection),
        )
      : undefined;
  return { primary, args, replica };
}

/**
 * Links the replica to the primary (passive geo-replication). A cache being linked accepts
 * no other change, so the link waits for everything else that touches either cache.
 */
export function linkReplica(
  scope: AzureScope,
  caches: { primary: redis.Redis; replica: redis.Redis },
  after: pulumi.Resource[],
): redis.LinkedServer {
  const store = scope.config.azure.sessionStore;
  return new redis.LinkedServer(
    `${scope.name}-redis-geo-link`,
    {
      resourceGroupName: scope.resourceGroupName,
      name: caches.primary.name,
      linkedServerName: caches.replica.name,
      linkedRedisCacheId: caches.replica.id,
      linkedRedisCacheLocation: pulumi.output(store?.geoReplicaLocation ?? ""),
      serverRole: "Secondary",
    },
    { parent: scope.parent, dependsOn: after },
  );
}
