import { GEO_REPLICATION_SOURCE } from "../../config/rules/azure/limits";
import type { CheckedResource } from "../../platform/checks";
import { eachValue, lengthIn, matches, oneOf } from "../../platform/constraintKinds";
import type { ConformanceAudit, Constraint } from "../../platform/constraints";
import { armName, FROM_RESOURCE_GROUP, fixed, regionRule, sdkEnum, spec, tagsRule } from "./common";

const CACHE = "azure-native:redis:Redis";
const LINK = "azure-native:redis:LinkedServer";
const REDIS_TYPES = "redis/microsoft.cache/2024-11-01";
const CACHE_NAME_SOURCE =
  "https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftcache (Redis: 1-63 alphanumerics and hyphens, start and end with alphanumeric, no consecutive hyphens)";

type Sku = { name?: string; family?: string; capacity?: number };

/** The caches a geo-replication link joins: the one it is defined on (`name`) and the linked one. */
function linkedCaches(link: CheckedResource, all: readonly CheckedResource[]): CheckedResource[] {
  const names = [link.props.name, armName(link.props.linkedRedisCacheId)];
  return all.filter((r) => r.type === CACHE && names.includes(r.props.name));
}
const isLinked = (cache: CheckedResource, all: readonly CheckedResource[]) =>
  all.some((r) => r.type === LINK && linkedCaches(r, all).includes(cache));

function cacheConstraints(): Constraint[] {
  const base = (id: string, input: string, source: string) => ({ id, type: CACHE, input, source });
  return [
    lengthIn(base("redis-name-length", "name", CACHE_NAME_SOURCE), 1, 63),
    matches(
      base("redis-name-pattern", "name", CACHE_NAME_SOURCE),
      /^(?!.*--)[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/,
      "letters, digits and single hyphens, starting and ending with a letter or digit",
    ),
    eachValue(
      {
        ...base(
          "redis-sku",
          "sku",
          spec(REDIS_TYPES, "Sku: family C (Basic/Standard) capacity 0..6, P (Premium) 1..5"),
        ),
        rule: "Basic or Standard on family C with capacity 0..6, or Premium on family P with capacity 1..5",
      },
      (value) => {
        const { name, family, capacity } = (value ?? {}) as Sku;
        const ok =
          typeof capacity === "number" &&
          ((["Basic", "Standard"].includes(String(name)) &&
            family === "C" &&
            capacity >= 0 &&
            capacity <= 6) ||
            (name === "Premium" && family === "P" && capacity >= 1 && capacity <= 5));
        return ok ? undefined : `is ${JSON.stringify(value)}`;
      },
    ),
    oneOf(base("redis-minimum-tls", "minimumTlsVersion", sdkEnum("redis", "TlsVersion")), [
      "1.0",
      "1.1",
      "1.2",
    ]),
    oneOf(
      base("redis-public-network-access", "publicNetworkAccess", sdkEnum("redis", "PublicNetworkAccess")),
      ["Enabled", "Disabled"],
    ),
    oneOf(
      base(
        "redis-version",
        "redisVersion",
        spec(REDIS_TYPES, "redisVersion: major[.minor] or latest; 4.0, 6.0"),
      ),
      ["4", "6", "4.0", "6.0", "latest"],
    ),
    oneOf(
      base(
        "redis-rdb-frequency",
        "redisConfiguration.rdbBackupFrequency",
        spec(REDIS_TYPES, "rdb-backup-frequency"),
      ),
      ["15", "30", "60", "360", "720", "1440"],
    ),
    oneOf(
      base(
        "redis-maxmemory-policy",
        "redisConfiguration.maxmemoryPolicy",
        "https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure#memory-policies (volatile-lru, allkeys-lru, volatile-random, allkeys-random, volatile-ttl, noeviction, volatile-lfu, allkeys-lfu)",
      ),
      [
        "volatile-lru",
        "allkeys-lru",
        "volatile-random",
        "allkeys-random",
        "volatile-ttl",
        "noeviction",
        "volatile-lfu",
        "allkeys-lfu",
      ],
    ),
    {
      ...base(
        "redis-zones-premium",
        "zones",
        "https://learn.microsoft.com/azure/azure-cache-for-redis/cache-how-to-zone-redundancy (Premium tier)",
      ),
      rule: "only on Premium",
      violations: (r) =>
        Array.isArray(r.props.zones) &&
        r.props.zones.length > 0 &&
        (r.props.sku as Sku | undefined)?.name !== "Premium"
          ? [`zones ${JSON.stringify(r.props.zones)} on ${(r.props.sku as Sku | undefined)?.name}`]
          : [],
    },
    {
      ...base("redis-geo-replication-zones", "zones", GEO_REPLICATION_SOURCE),
      rule: "absent on a geo-replicated cache (no zone redundancy with geo-replication)",
      violations: (r, all) =>
        Array.isArray(r.props.zones) && r.props.zones.length > 0 && isLinked(r, all)
          ? [`zones ${JSON.stringify(r.props.zones)} on a geo-replicated cache`]
          : [],
    },
    {
      ...base(
        "redis-geo-replication-persistence",
        "redisConfiguration.rdbBackupEnabled",
        GEO_REPLICATION_SOURCE,
      ),
      rule: "off on a geo-replicated cache (no data persistence with geo-replication)",
      violations: (r, all) => {
        const config = (r.props.redisConfiguration ?? {}) as Record<string, unknown>;
        return (config.rdbBackupEnabled === "true" || config.aofBackupEnabled === "true") && isLinked(r, all)
          ? ["persistence is on for a geo-replicated cache"]
          : [];
      },
    },
    regionRule(CACHE, "redis-location"),
    tagsRule(CACHE, "redis-tags"),
  ];
}

function linkConstraints(): Constraint[] {
  const base = (id: string, input: string, source: string) => ({ id, type: LINK, input, source });
  return [
    oneOf(base("redis-link-role", "serverRole", sdkEnum("redis", "ReplicationRole")), [
      "Primary",
      "Secondary",
    ]),
    regionRule(LINK, "redis-link-location", "linkedRedisCacheLocation"),
    {
      ...base("redis-link-premium-sizes", "linkedRedisCacheId", GEO_REPLICATION_SOURCE),
      rule: "two Premium caches, the secondary at least the primary's size",
      violations: (r, all) => {
        const caches = linkedCaches(r, all);
        if (caches.length !== 2) return [];
        const [primary, secondary] = [
          caches.find((c) => c.props.name === r.props.name),
          caches.find((c) => c.props.name !== r.props.name),
        ].map((c) => (c?.props.sku ?? {}) as Sku);
        if (primary?.name !== "Premium" || secondary?.name !== "Premium")
          return ["links a cache that is not Premium"];
        return (secondary.capacity ?? 0) < (primary.capacity ?? 0)
          ? [`links a secondary of P${secondary.capacity} to a primary of P${primary.capacity}`]
          : [];
      },
    },
  ];
}

/** Azure Cache for Redis: the cache and its geo-replication link. */
export const REDIS_AUDIT: ConformanceAudit = {
  constraints: [...cacheConstraints(), ...linkConstraints()],
  unconstrained: [
    ...fixed(CACHE, {
      resourceGroupName: FROM_RESOURCE_GROUP,
      enableNonSslPort: "fixed to false (TLS on 6380 only), a boolean; CKV_AZURE_91 holds it",
      disableAccessKeyAuthentication: "fixed to true (Entra authentication only), a boolean",
      identity: 'fixed to { type: "SystemAssigned" } with persistence, a value of ManagedServiceIdentityType',
      redisConfiguration:
        "aad-enabled and the RDB settings are fixed by the program; frequency and eviction are checked (redis-rdb-frequency, redis-maxmemory-policy), persistence against geo-replication",
    }),
    ...fixed(LINK, {
      resourceGroupName: FROM_RESOURCE_GROUP,
      name: "the primary cache's name, taken from it (redis-name-pattern)",
      linkedServerName: "the replica cache's name, taken from it (redis-name-pattern)",
    }),
  ],
};
