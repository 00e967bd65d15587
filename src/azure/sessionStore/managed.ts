import * as redisenterprise from "@pulumi/azure-native/redisenterprise";
import type * as pulumi from "@pulumi/pulumi";
import { statefulOptions } from "../../platform/options";
import type { AzureConfig, AzureScope } from "../scope";
import { APPLICATION_ALIAS } from "./access";

type StoreConfig = NonNullable<AzureConfig["azure"]["sessionStore"]>;

/** Azure Managed Redis listens on 10000 (TLS only). */
export const MANAGED_PORT = 10000;
export const MANAGED_DATABASE = "default";

export interface ManagedStore {
  readonly cluster: redisenterprise.RedisEnterprise;
  readonly database: redisenterprise.Database;
  /** The database's clustering policy, which decides the client clients need. */
  readonly clusteringPolicy: redisenterprise.DatabaseArgs["clusteringPolicy"];
}

/** Cluster arguments: TLS 1.2, high availability, no public access behind a private endpoint. */
export function clusterArgs(
  config: AzureConfig,
  store: StoreConfig,
  resourceGroupName: pulumi.Input<string>,
): redisenterprise.RedisEnterpriseArgs {
  return {
    resourceGroupName,
    clusterName: store.name,
    location: config.region,
    sku: { name: store.managedSku },
    minimumTlsVersion: "1.2",
    highAvailability: "Enabled",
    publicNetworkAccess: store.privateEndpointSubnetId ? "Disabled" : "Enabled",
    tags: config.tags,
  };
}

/**
 * Database arguments: encrypted client protocol, access keys off (Entra only), volatile-lru
 * eviction, and the Enterprise clustering policy: one endpoint whose proxy routes to the
 * shards, so a non-cluster client works (the session library keeps each script's keys in one
 * hash slot, which this policy still requires).
 */
export function databaseArgs(
  clusterName: pulumi.Input<string>,
  resourceGroupName: pulumi.Input<string>,
): redisenterprise.DatabaseArgs {
  return {
    resourceGroupName,
    clusterName,
    databaseName: MANAGED_DATABASE,
    clientProtocol: "Encrypted",
    port: MANAGED_PORT,
    evictionPolicy: "VolatileLRU",
    clusteringPolicy: "EnterpriseCluster",
    accessKeysAuthentication: "Disabled",
  };
}

/** Azure Managed Redis (the successor of Azure Cache for Redis): cluster, database, data access. */
export function createManagedStore(scope: AzureScope, store: StoreConfig): ManagedStore {
  const { config, name } = scope;
  const options = statefulOptions(scope.parent, config.protection);
  const cluster = new redisenterprise.RedisEnterprise(
    `${name}-managed-redis`,
    clusterArgs(config, store, scope.resourceGroupName),
    options,
  );
  const args = databaseArgs(cluster.name, scope.resourceGroupName);
  const database = new redisenterprise.Database(`${name}-managed-redis-db`, args, options);
  if (store.applicationPrincipalId) {
    new redisenterprise.AccessPolicyAssignment(
      `${name}-managed-redis-app-access`,
      {
        resourceGroupName: scope.resourceGroupName,
        clusterName: cluster.name,
        databaseName: database.name,
        accessPolicyAssignmentName: APPLICATION_ALIAS.replace(/-/g, ""),
        accessPolicyName: "default",
        user: { objectId: store.applicationPrincipalId },
      },
      { parent: scope.parent },
    );
  }
  return { cluster, database, clusteringPolicy: args.clusteringPolicy };
}
