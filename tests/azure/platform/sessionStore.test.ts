import { beforeAll, describe, expect, it } from "vitest";
import type { Plan } from "../../../src/plan/model";
import { all, only } from "../../support/harness";
import { azureValues, countByType, planAzure, RG, SUBSCRIPTION, withSection } from "./support";

const TAGS = { owner: "platform-team", "cost-center": "4410", "data-classification": "confidential" };
const APP = "7e3d1b9a-2c4f-4a6e-8b0d-5f1a3c7e9b24";
const SUBNET = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-hanbit-network/providers/Microsoft.Network/virtualNetworks/vnet-hanbit-prod/subnets/snet-private-endpoints`;
const CACHE_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/${RG}/providers/Microsoft.Cache/Redis/redis-hanbit-sessions-prod`;
const STORAGE = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-hanbit-backup/providers/Microsoft.Storage/storageAccounts/sthanbitsessions`;
const SECURE = {
  enableNonSslPort: false,
  minimumTlsVersion: "1.2",
  disableAccessKeyAuthentication: true,
  redisVersion: "6",
  resourceGroupName: RG,
  tags: TAGS,
};
const names = (p: Plan, type: string) => all(p, type).map((r) => r.name);
const depNames = (urns: string[]) => urns.map((u) => u.split("::").pop()).sort();
const storeTypes = (p: Plan) =>
  Object.fromEntries(
    Object.entries(countByType(p)).filter(([t]) =>
      /^azure-native:(redis|redisenterprise|network|authorization):/.test(t),
    ),
  );

describe("GIVEN the example store (Premium, zones, persistence, private endpoint)", () => {
  let plan: Plan;
  beforeAll(async () => {
    plan = await planAzure(azureValues());
  });

  it("THEN the primary cache is TLS-only, Entra-only, volatile-lru, private, zonal and persisted", () => {
    expect(only(plan, "azure-native:redis:Redis", "hanbit-redis").inputs).toEqual({
      ...SECURE,
      name: "redis-hanbit-sessions-prod",
      location: "koreacentral",
      sku: { name: "Premium", family: "P", capacity: 1 },
      publicNetworkAccess: "Disabled",
      identity: { type: "SystemAssigned" },
      redisConfiguration: {
        aadEnabled: "true",
        maxmemoryPolicy: "volatile-lru",
        preferredDataPersistenceAuthMethod: "ManagedIdentity",
        rdbBackupEnabled: "true",
        rdbBackupFrequency: "60",
        rdbBackupMaxSnapshotCount: "1",
        rdbStorageConnectionString: "BlobEndpoint=https://sthanbitsessions.blob.core.windows.net/",
        storageSubscriptionId: SUBSCRIPTION,
      },
      zones: ["1", "2"],
    });
  });

  it("THEN a private endpoint in the configured subnet targets the primary's redisCache group", () => {
    const pe = only(plan, "azure-native:network:PrivateEndpoint");
    expect(pe.inputs.privateLinkServiceConnections).toEqual([
      { name: "redis-hanbit-sessions-prod-pe", privateLinkServiceId: CACHE_ID, groupIds: ["redisCache"] },
    ]);
    expect((pe.inputs.subnet as { id: string }).id).toBe(SUBNET);
    expect(pe.inputs.privateEndpointName).toBe("redis-hanbit-sessions-prod-pe");
  });
});

describe("GIVEN a geo-replicated Premium cache, as Azure allows it (no zones, no persistence)", () => {
  let plan: Plan;
  beforeAll(async () => {
    plan = await planAzure(
      azureValues({
        azure: withSection("sessionStore", {
          zones: [],
          persistence: undefined,
          geoReplicaLocation: "japaneast",
        }),
      }),
    );
  });

  it("THEN neither cache is zonal or persisted", () => {
    const caches = all(plan, "azure-native:redis:Redis").map((r) => [
      r.name,
      r.inputs.zones,
      (r.inputs.redisConfiguration as Record<string, unknown>).rdbBackupEnabled,
    ]);
    expect(caches).toEqual([
      ["hanbit-redis", undefined, undefined],
      ["hanbit-redis-geo", undefined, undefined],
    ]);
    expect(all(plan, "azure-native:authorization:RoleAssignment")).toEqual([]);
  });

  it("THEN the geo-replica has the same security settings in its own region", () => {
    const replica = only(plan, "azure-native:redis:Redis", "hanbit-redis-geo");
    expect(replica.protect).toBe(true);
    expect(replica.inputs).toEqual({
      ...SECURE,
      name: "redis-hanbit-sessions-prod-japaneast",
      location: "japaneast",
      sku: { name: "Premium", family: "P", capacity: 1 },
      publicNetworkAccess: "Disabled",
      redisConfiguration: { aadEnabled: "true", maxmemoryPolicy: "volatile-lru" },
    });
  });

  it("THEN a custom policy with exactly the session commands on the prefix is created on both caches", () => {
    const policies = all(plan, "azure-native:redis:AccessPolicy");
    expect(policies.map((p) => p.inputs)).toEqual(
      ["redis-hanbit-sessions-prod", "redis-hanbit-sessions-prod-japaneast"].map((cacheName) => ({
        resourceGroupName: RG,
        cacheName,
        accessPolicyName: "auth-platform-sessions",
        permissions:
          "+del +eval +evalsha +exists +hget +hmget +hset +info +pexpire +pttl +rename +time +zadd +zcard +zrange +zrem +zremrangebyscore +zscore ~sess:*",
      })),
    );
  });

  it("THEN the application identity is assigned that policy on both caches, one change after the other", () => {
    const grants = all(plan, "azure-native:redis:AccessPolicyAssignment");
    expect(grants.map((g) => g.inputs)).toEqual(
      ["redis-hanbit-sessions-prod", "redis-hanbit-sessions-prod-japaneast"].map((cacheName) => ({
        resourceGroupName: RG,
        cacheName,
        accessPolicyAssignmentName: "auth-platform-app",
        accessPolicyName: "auth-platform-sessions",
        objectId: APP,
        objectIdAlias: "auth-platform-app",
      })),
    );
    expect(depNames(grants[0]?.dependsOn ?? [])).toEqual([
      "hanbit-redis",
      "hanbit-redis-app-policy",
      "hanbit-resource-group",
    ]);
    expect(
      depNames(only(plan, "azure-native:redis:AccessPolicy", "hanbit-redis-geo-app-policy").dependsOn),
    ).toEqual([
      "hanbit-redis-app-access",
      "hanbit-redis-app-policy",
      "hanbit-redis-geo",
      "hanbit-resource-group",
    ]);
    expect(depNames(grants[1]?.dependsOn ?? [])).toEqual([
      "hanbit-redis-app-access",
      "hanbit-redis-app-policy",
      "hanbit-redis-geo",
      "hanbit-redis-geo-app-policy",
      "hanbit-resource-group",
    ]);
  });

  it("THEN the link waits for every other change to either cache", () => {
    const link = only(plan, "azure-native:redis:LinkedServer");
    expect(link.inputs).toEqual({
      resourceGroupName: RG,
      name: "redis-hanbit-sessions-prod",
      linkedServerName: "redis-hanbit-sessions-prod-japaneast",
      linkedRedisCacheId: `${CACHE_ID}-japaneast`,
      linkedRedisCacheLocation: "japaneast",
      serverRole: "Secondary",
    });
    expect(depNames(link.dependsOn)).toEqual([
      "hanbit-redis",
      "hanbit-redis-app-access",
      "hanbit-redis-app-policy",
      "hanbit-redis-geo",
      "hanbit-redis-geo-app-access",
      "hanbit-redis-geo-app-policy",
      "hanbit-redis-private-endpoint",
      "hanbit-resource-group",
    ]);
  });
});

describe("GIVEN a Standard cache without private endpoint or replica", () => {
  it("THEN one public-TLS cache, one access policy and its assignment, nothing else", async () => {
    const plan = await planAzure(
      azureValues({
        azure: withSection("sessionStore", {
          sku: "Standard",
          capacity: 2,
          zones: [],
          geoReplicaLocation: undefined,
          persistence: undefined,
          privateEndpointSubnetId: undefined,
        }),
      }),
    );
    expect(storeTypes(plan)).toEqual({
      "azure-native:redis:Redis": 1,
      "azure-native:redis:AccessPolicy": 1,
      "azure-native:redis:AccessPolicyAssignment": 1,
    });
    expect(plan.outputs.sessionStore).toMatchObject({ port: 6380, clustered: false });
    const cache = only(plan, "azure-native:redis:Redis");
    expect([cache.inputs.sku, cache.inputs.publicNetworkAccess, cache.inputs.zones]).toEqual([
      { name: "Standard", family: "C", capacity: 2 },
      "Enabled",
      undefined,
    ]);
  });
});

describe("GIVEN Premium persistence", () => {
  it("THEN RDB snapshots go to the storage account through the cache's identity", async () => {
    const plan = await planAzure(
      azureValues({
        azure: withSection("sessionStore", {
          geoReplicaLocation: undefined,
          persistence: { storageAccountId: STORAGE, frequency: "15" },
        }),
      }),
    );
    const cache = only(plan, "azure-native:redis:Redis");
    expect(cache.inputs.identity).toEqual({ type: "SystemAssigned" });
    expect(cache.inputs.redisConfiguration).toEqual({
      aadEnabled: "true",
      maxmemoryPolicy: "volatile-lru",
      rdbBackupEnabled: "true",
      rdbBackupFrequency: "15",
      rdbBackupMaxSnapshotCount: "1",
      preferredDataPersistenceAuthMethod: "ManagedIdentity",
      rdbStorageConnectionString: "BlobEndpoint=https://sthanbitsessions.blob.core.windows.net/",
      storageSubscriptionId: SUBSCRIPTION,
    });
    const role = only(plan, "azure-native:authorization:RoleAssignment");
    expect(role.inputs).toEqual({
      principalId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      principalType: "ServicePrincipal",
      roleDefinitionId: `/subscriptions/${SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/ba92f5b4-2d11-453d-a403-e96b0029c9fe`,
      scope: STORAGE,
    });
  });
});

describe("GIVEN Azure Managed Redis", () => {
  let plan: Plan;
  beforeAll(async () => {
    plan = await planAzure(
      azureValues({
        azure: withSection("sessionStore", {
          kind: "managed",
          managedSku: "Balanced_B3",
          zones: [],
          geoReplicaLocation: undefined,
          persistence: undefined,
        }),
      }),
    );
  });

  it("THEN a protected cluster and database with TLS, Entra-only access and volatile-lru", () => {
    expect(names(plan, "azure-native:redis:Redis")).toEqual([]);
    const cluster = only(plan, "azure-native:redisenterprise:RedisEnterprise");
    expect([cluster.protect, cluster.inputs]).toEqual([
      true,
      {
        resourceGroupName: RG,
        clusterName: "redis-hanbit-sessions-prod",
        location: "koreacentral",
        sku: { name: "Balanced_B3" },
        minimumTlsVersion: "1.2",
        highAvailability: "Enabled",
        publicNetworkAccess: "Disabled",
        tags: TAGS,
      },
    ]);
    const db = only(plan, "azure-native:redisenterprise:Database");
    expect([db.protect, db.inputs]).toEqual([
      true,
      {
        resourceGroupName: RG,
        clusterName: "redis-hanbit-sessions-prod",
        databaseName: "default",
        clientProtocol: "Encrypted",
        port: 10000,
        evictionPolicy: "VolatileLRU",
        clusteringPolicy: "EnterpriseCluster",
        accessKeysAuthentication: "Disabled",
      },
    ]);
    expect(only(plan, "azure-native:redisenterprise:AccessPolicyAssignment").inputs).toEqual({
      resourceGroupName: RG,
      clusterName: "redis-hanbit-sessions-prod",
      databaseName: "default",
      accessPolicyAssignmentName: "authplatformapp",
      accessPolicyName: "default",
      user: { objectId: APP },
    });
    expect(only(plan, "azure-native:network:PrivateEndpoint").inputs.privateLinkServiceConnections).toEqual([
      {
        name: "redis-hanbit-sessions-prod-pe",
        privateLinkServiceId: `/subscriptions/${SUBSCRIPTION}/resourceGroups/${RG}/providers/Microsoft.Cache/redisEnterprise/redis-hanbit-sessions-prod`,
        groupIds: ["redisEnterprise"],
      },
    ]);
  });

  it("THEN the store facts give port 10000 on the regional host", () => {
    expect(plan.outputs.sessionStore).toEqual({
      host: "redis-hanbit-sessions-prod.koreacentral.redis.azure.net",
      port: 10000,
      tls: true,
      authMode: "entra",
      keyPrefix: "sess:",
      idleTimeoutSeconds: 1800,
      absoluteTimeoutSeconds: 43200,
      username: APP,
      clustered: false,
    });
  });
});

describe("GIVEN no session store", () => {
  it("THEN no store resource and no sessionStore output", async () => {
    const plan = await planAzure(azureValues({ azure: (a) => ({ ...a, sessionStore: undefined }) }));
    expect(storeTypes(plan)).toEqual({});
    expect(plan.outputs.sessionStore).toBe(undefined);
    expect(names(plan, "azure-native:monitor:DiagnosticSetting")).toEqual(["hanbit-apim-diagnostics"]);
  });
});
