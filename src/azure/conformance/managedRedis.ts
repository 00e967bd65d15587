import {
  MANAGED_REDIS_NAME_MAX,
  MANAGED_REDIS_SKUS,
  MANAGED_REDIS_SKUS_SOURCE,
} from "../../config/rules/azure/limits";
import { matches, oneOf } from "../../platform/constraintKinds";
import type { ConformanceAudit, Constraint } from "../../platform/constraints";
import { FROM_RESOURCE_GROUP, fixed, regionRule, spec, tagsRule } from "./common";

const CLUSTER = "azure-native:redisenterprise:RedisEnterprise";
const DATABASE = "azure-native:redisenterprise:Database";
const DATABASE_ACCESS = "azure-native:redisenterprise:AccessPolicyAssignment";
const ENTERPRISE_TYPES = "redisenterprise/microsoft.cache/2025-07-01";

function managedConstraints(): Constraint[] {
  const base = (id: string, type: string, input: string, what: string) => ({
    id,
    type,
    input,
    source: spec(ENTERPRISE_TYPES, what),
  });
  return [
    matches(
      base("managed-redis-name", CLUSTER, "clusterName", "redisEnterprise name"),
      new RegExp(`^(?=.{1,${MANAGED_REDIS_NAME_MAX}}$)[A-Za-z0-9]+(-[A-Za-z0-9]+)*$`),
      `1..${MANAGED_REDIS_NAME_MAX} letters, digits and single hyphens`,
    ),
    oneOf(
      { id: "managed-redis-sku", type: CLUSTER, input: "sku.name", source: MANAGED_REDIS_SKUS_SOURCE },
      MANAGED_REDIS_SKUS,
    ),
    oneOf(
      base(
        "managed-redis-minimum-tls",
        CLUSTER,
        "minimumTlsVersion",
        "minimumTlsVersion: TLS 1.0 and 1.1 are obsolete and cannot be used",
      ),
      ["1.2"],
    ),
    oneOf(base("managed-redis-high-availability", CLUSTER, "highAvailability", "highAvailability"), [
      "Enabled",
      "Disabled",
    ]),
    oneOf(
      base(
        "managed-redis-public-network-access",
        CLUSTER,
        "publicNetworkAccess",
        "publicNetworkAccess (required)",
      ),
      ["Enabled", "Disabled"],
    ),
    matches(
      base("managed-redis-database-name", DATABASE, "databaseName", "databases name"),
      /^(?=.{1,60}$)[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/,
      "1..60 letters, digits and single hyphens",
    ),
    oneOf(base("managed-redis-client-protocol", DATABASE, "clientProtocol", "clientProtocol"), [
      "Encrypted",
      "Plaintext",
    ]),
    oneOf(base("managed-redis-clustering", DATABASE, "clusteringPolicy", "clusteringPolicy"), [
      "EnterpriseCluster",
      "OSSCluster",
      "NoCluster",
    ]),
    oneOf(base("managed-redis-eviction", DATABASE, "evictionPolicy", "evictionPolicy"), [
      "AllKeysLFU",
      "AllKeysLRU",
      "AllKeysRandom",
      "NoEviction",
      "VolatileLFU",
      "VolatileLRU",
      "VolatileRandom",
      "VolatileTTL",
    ]),
    oneOf(
      base("managed-redis-access-keys", DATABASE, "accessKeysAuthentication", "accessKeysAuthentication"),
      ["Disabled", "Enabled"],
    ),
    matches(
      base(
        "managed-redis-access-assignment-name",
        DATABASE_ACCESS,
        "accessPolicyAssignmentName",
        "accessPolicyAssignments name",
      ),
      /^[A-Za-z0-9]{1,60}$/,
      "1..60 letters and digits",
    ),
    oneOf(
      base(
        "managed-redis-access-policy",
        DATABASE_ACCESS,
        "accessPolicyName",
        'accessPolicyName: only "default" is supported',
      ),
      ["default"],
    ),
    regionRule(CLUSTER, "managed-redis-location"),
    tagsRule(CLUSTER, "managed-redis-tags"),
  ];
}

/** Azure Managed Redis: the cluster, its database and data access. */
export const MANAGED_REDIS_AUDIT: ConformanceAudit = {
  constraints: managedConstraints(),
  unconstrained: [
    ...fixed(CLUSTER, { resourceGroupName: FROM_RESOURCE_GROUP }),
    ...fixed(DATABASE, {
      resourceGroupName: FROM_RESOURCE_GROUP,
      clusterName: "the cluster's name, taken from it (managed-redis-name)",
      port: "fixed to 10000, Azure Managed Redis's documented TLS port; the REST API accepts any port at create time",
    }),
    ...fixed(DATABASE_ACCESS, {
      resourceGroupName: FROM_RESOURCE_GROUP,
      clusterName: "the cluster's name, taken from it (managed-redis-name)",
      databaseName: "the database's name, taken from it (managed-redis-database-name)",
      user: "{ objectId: azure.sessionStore.applicationPrincipalId }, a GUID by the configuration's schema",
    }),
  ],
};
