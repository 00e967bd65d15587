/**
 * Memory, connections and throughput of the Azure session stores' SKUs (read 2026-12-01).
 */

export interface RedisSku {
  readonly name: string;
  /** Size as Microsoft advertises it, GB. */
  readonly memoryGb: number;
  readonly maxConnections: number;
  /** GET requests per second with 1 KB values over TLS, or undefined where none is published. */
  readonly tlsGetsPerSecond?: number;
}

/**
 * Share of the advertised size that holds data: the rest is reserved (replication, fragmentation,
 * non-cache operations). Microsoft's sizing guidance for Azure Managed Redis, and the same
 * 80 % for Azure Cache for Redis in its migration tables.
 */
export const USABLE_MEMORY_SHARE = 0.8;
export const USABLE_MEMORY_SOURCE =
  "https://learn.microsoft.com/azure/redis/overview (usable memory about 80% of the advertised size), as reproduced in the stored SKU tables read 2026-12-01";

const CACHE_SOURCES =
  "https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure#default-redis-server-configuration (maxclients per size) and .../cache-planning-faq (throughput table: 1 KB GETs, SSL) in MicrosoftDocs/azure-docs";

const sku = (
  name: string,
  memoryGb: number,
  maxConnections: number,
  tlsGetsPerSecond?: number,
): RedisSku => ({
  name,
  memoryGb,
  maxConnections,
  ...(tlsGetsPerSecond === undefined ? {} : { tlsGetsPerSecond }),
});

/** Azure Cache for Redis by tier and capacity (C0..C6, P1..P5). */
export const CACHE_SKUS: Readonly<Record<"Standard" | "Premium", readonly (RedisSku | undefined)[]>> = {
  Standard: [
    sku("C0", 0.25, 256, 7_500),
    sku("C1", 1, 1_000, 20_720),
    sku("C2", 2.5, 2_000, 37_000),
    sku("C3", 6, 5_000, 90_000),
    sku("C4", 13, 10_000, 55_000),
    sku("C5", 26, 15_000, 93_000),
    sku("C6", 53, 20_000, 120_000),
  ],
  Premium: [
    undefined,
    sku("P1", 6, 7_500, 172_000),
    sku("P2", 13, 15_000, 341_000),
    sku("P3", 26, 30_000, 341_000),
    sku("P4", 53, 40_000, 373_000),
    sku("P5", 120, 40_000, 373_000),
  ],
};
export const CACHE_SKUS_SOURCE = CACHE_SOURCES;

const MANAGED_SOURCE =
  "https://learn.microsoft.com/azure/redis/overview (tiers: Memory Optimized M, Balanced B, Compute Optimized X; size and max connections per SKU), as reproduced in the stored SKU tables read 2026-12-01";

/** Azure Managed Redis by SKU name (throughput per SKU is not published). */
export const MANAGED_SKUS: Readonly<Record<string, RedisSku>> = Object.fromEntries(
  (
    [
      ["Balanced_B0", 0.5, 15_000],
      ["Balanced_B1", 1, 15_000],
      ["Balanced_B3", 3, 15_000],
      ["Balanced_B5", 6, 15_000],
      ["Balanced_B10", 12, 30_000],
      ["Balanced_B20", 24, 75_000],
      ["Balanced_B50", 60, 150_000],
      ["Balanced_B100", 120, 200_000],
      ["Balanced_B150", 180, 200_000],
      ["Balanced_B250", 240, 200_000],
      ["MemoryOptimized_M10", 12, 15_000],
      ["MemoryOptimized_M20", 24, 30_000],
      ["MemoryOptimized_M50", 60, 75_000],
      ["MemoryOptimized_M100", 120, 150_000],
      ["MemoryOptimized_M150", 175, 200_000],
      ["MemoryOptimized_M250", 235, 200_000],
      ["ComputeOptimized_X3", 3, 30_000],
      ["ComputeOptimized_X5", 6, 30_000],
      ["ComputeOptimized_X10", 12, 75_000],
      ["ComputeOptimized_X20", 24, 150_000],
      ["ComputeOptimized_X50", 60, 200_000],
      ["ComputeOptimized_X100", 120, 200_000],
      ["ComputeOptimized_X150", 180, 200_000],
    ] as const
  ).map(([name, gb, connections]) => [name, sku(name, gb, connections)]),
);
export const MANAGED_SKUS_SOURCE = MANAGED_SOURCE;

/** Usable GB of a SKU. */
export const usableGb = (s: RedisSku) => Math.round(s.memoryGb * USABLE_MEMORY_SHARE * 1000) / 1000;
