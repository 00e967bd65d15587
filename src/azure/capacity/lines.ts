import { type Demand, fmt } from "../../capacity/demand";
import { getEquivalents, SESSION_FOOTPRINT } from "../../capacity/footprint";
import { assess, type CapacityLine } from "../../capacity/model";
import type { AzurePlatformConfig } from "../../config/schema/root";
import {
  APIM_MAX_UNITS,
  APIM_MAX_UNITS_SOURCE,
  APIM_THROUGHPUT_PER_UNIT,
  APIM_THROUGHPUT_SOURCE,
  DIRECTORY_LIMITS,
  type DirectoryLimits,
  TOKEN_REQUESTS_PER_GRANT,
} from "./limits";
import {
  CACHE_SKUS,
  CACHE_SKUS_SOURCE,
  MANAGED_SKUS,
  MANAGED_SKUS_SOURCE,
  type RedisSku,
  USABLE_MEMORY_SOURCE,
  usableGb,
} from "./redis";

/** The limits of the directory this configuration signs users in with. */
export function directoryOf(config: AzurePlatformConfig): DirectoryLimits {
  const directory = config.azure.directory;
  if (directory.mode === "externalId") return DIRECTORY_LIMITS.externalId;
  return directory.policyMode === "customPolicies"
    ? DIRECTORY_LIMITS.b2cCustomPolicies
    : DIRECTORY_LIMITS.b2cUserFlows;
}

/** Requests per second the tenant sees: each sign-in's authorize requests, its token request, each refresh. */
export function tenantRequests(config: AzurePlatformConfig, d: Demand): { rate: number; from: string } {
  const limits = directoryOf(config);
  const mfa = config.identity.mfa.mode === "off" ? 0 : limits.signIn.mfa;
  const local = limits.signIn.local + mfa + TOKEN_REQUESTS_PER_GRANT;
  const federated = limits.signIn.federated + mfa + TOKEN_REQUESTS_PER_GRANT;
  return {
    rate: d.localSignInsPerSecond * local + d.federatedSignInsPerSecond * federated + d.refreshesPerSecond,
    from: `${fmt(d.localSignInsPerSecond)} local sign-ins/s x ${local} + ${fmt(d.federatedSignInsPerSecond)} federated x ${federated} + ${fmt(d.refreshesPerSecond)} refreshes/s x 1`,
  };
}

function directory(config: AzurePlatformConfig, d: Demand): CapacityLine[] {
  const limits = directoryOf(config);
  const { rate, from } = tenantRequests(config, d);
  return [
    assess({
      limit: `${limits.product} requests per tenant`,
      carriedBy: `tenant limit${limits.requestsAdjustable ? " (Support raises it)" : " (no increase documented)"}`,
      unit: "requests/s",
      demand: rate,
      demandFrom: from,
      capacity: limits.requestsPerSecond,
      adjustable: limits.requestsAdjustable,
      source: limits.source,
      ...(limits.requestsAdjustable && rate > limits.requestsPerSecond
        ? { wouldCarry: `a support request for at least ${Math.ceil(rate)} requests/s` }
        : {}),
    }),
    assess({
      limit: `${limits.product} directory objects (users and applications)`,
      carriedBy: `tenant limit (${limits.objectsNote})`,
      unit: "objects",
      demand: d.load.monthlyActiveUsers,
      demandFrom: "at least one user account per monthly active user",
      capacity: limits.objects,
      adjustable: true,
      source: limits.source,
    }),
  ];
}

function gateway(config: AzurePlatformConfig, d: Demand): CapacityLine[] {
  const apim = config.azure.apiManagement;
  const perUnit = APIM_THROUGHPUT_PER_UNIT[apim.sku];
  if (config.api === undefined || perUnit === undefined) return [];
  const units = Math.ceil(d.apiRequestsPerSecond / perUnit);
  const max = APIM_MAX_UNITS[apim.sku];
  return [
    assess({
      limit: `API Management ${apim.sku} throughput`,
      carriedBy: `azure.apiManagement.capacity = ${apim.capacity} unit(s) of ${fmt(perUnit)} requests/s`,
      unit: "requests/s",
      demand: d.apiRequestsPerSecond,
      demandFrom: `load.peakApiRequestsPerSecond ${fmt(d.apiRequestsPerSecond)}`,
      capacity: perUnit * apim.capacity,
      adjustable: true,
      configKey: "azure.apiManagement.capacity",
      configValue: apim.capacity,
      wouldCarry:
        units <= max
          ? `at least ${units} (${apim.sku} takes at most ${max})`
          : `a larger tier: ${apim.sku} carries at most ${fmt(perUnit * max)} requests/s with ${max} units (azure.apiManagement.sku)`,
      source: `${APIM_THROUGHPUT_SOURCE}; units: ${APIM_MAX_UNITS_SOURCE}`,
    }),
  ];
}

/** The configured store's SKU, the key that picks it and the SKUs that key could pick instead. */
function storeSku(
  config: AzurePlatformConfig,
): { sku: RedisSku; key: string; value: unknown; options: RedisSku[]; source: string } | undefined {
  const store = config.azure.sessionStore;
  if (store === undefined) return undefined;
  if (store.kind === "managed") {
    const sku = MANAGED_SKUS[store.managedSku];
    if (sku === undefined) return undefined;
    const series = store.managedSku.split("_")[0] ?? "";
    const options = Object.values(MANAGED_SKUS).filter((s) => s.name.startsWith(series));
    return {
      sku,
      key: "azure.sessionStore.managedSku",
      value: store.managedSku,
      options,
      source: MANAGED_SKUS_SOURCE,
    };
  }
  const sku = CACHE_SKUS[store.sku][store.capacity];
  if (sku === undefined) return undefined;
  const options = CACHE_SKUS[store.sku].filter((s): s is RedisSku => s !== undefined);
  return {
    sku,
    key: "azure.sessionStore.capacity",
    value: store.capacity,
    options,
    source: CACHE_SKUS_SOURCE,
  };
}

/** The smallest SKU of the same family that carries `need` by `measure`, for the refusal. */
function smallest(
  options: RedisSku[],
  key: string,
  measure: (s: RedisSku) => number | undefined,
  need: number,
): string {
  const fit = options.find((s) => (measure(s) ?? 0) >= need);
  if (fit === undefined)
    return `a larger family: no ${key.endsWith("managedSku") ? "SKU of this series" : "size of this tier"} carries it`;
  if (key.endsWith("capacity")) return `at least ${fit.name.slice(1)} (${fit.name})`;
  return `at least ${fit.name}`;
}

function sessionStore(config: AzurePlatformConfig, d: Demand): CapacityLine[] {
  const picked = storeSku(config);
  if (picked === undefined) return [];
  const { sku, key, value, options, source } = picked;
  const base = {
    adjustable: true,
    configKey: key,
    configValue: value,
    carriedBy: `${key} = ${String(value)} (${sku.name})`,
  };
  const gb = d.sessionStoreGB;
  const lines = [
    assess({
      ...base,
      limit: "Session store memory",
      unit: "GB",
      demand: gb,
      demandFrom: `${fmt(d.load.concurrentSessions)} sessions x ${fmt(d.bytesPerSession)} bytes (key, index and Redis overhead included, measured ${SESSION_FOOTPRINT.measured})`,
      capacity: usableGb(sku),
      wouldCarry: smallest(options, key, usableGb, gb),
      source: `${source}; ${USABLE_MEMORY_SOURCE}`,
    }),
  ];
  if (sku.tlsGetsPerSecond !== undefined) {
    const gets = Math.ceil(d.sessionGetEquivalentsPerSecond);
    const bytes = d.load.averageSessionBytes;
    lines.push(
      assess({
        ...base,
        limit: "Session store throughput (1 KB GETs over TLS)",
        unit: "GETs/s",
        demand: gets,
        demandFrom: `${fmt(d.sessionReadsPerSecond)} session reads/s x ${fmt(getEquivalents("read", bytes))} + ${fmt(d.sessionCreatesPerSecond)} creates/s x ${fmt(getEquivalents("create", bytes))} GETs (measured ${SESSION_FOOTPRINT.measured})`,
        capacity: sku.tlsGetsPerSecond,
        wouldCarry: smallest(options, key, (s) => s.tlsGetsPerSecond, gets),
        source,
      }),
    );
  }
  const connections = d.load.sessionStoreConnections;
  if (connections !== undefined) {
    lines.push(
      assess({
        ...base,
        limit: "Session store connections",
        unit: "connections",
        demand: connections,
        demandFrom: "load.sessionStoreConnections",
        capacity: sku.maxConnections,
        wouldCarry: smallest(options, key, (s) => s.maxConnections, connections),
        source,
      }),
    );
  }
  return lines;
}

/** Every Azure limit the load meets, in the order a reader follows a sign-in. */
export function azureLines(config: AzurePlatformConfig, d: Demand): CapacityLine[] {
  return [...directory(config, d), ...gateway(config, d), ...sessionStore(config, d)];
}

/** What the model does not hold the load against, and why. */
export function azureNotes(config: AzurePlatformConfig, d: Demand): string[] {
  const limits = directoryOf(config);
  const sku = config.azure.apiManagement.sku;
  const store = config.azure.sessionStore;
  return [
    `${limits.product} allows ${fmt(limits.requestsPerIpPerSecond)} requests/s per client IP: users behind one NAT or proxy share it`,
    ...(d.federatedSignInsPerSecond > 0 && config.azure.directory.mode === "externalId"
      ? ["Entra External ID lists no extra requests for a federated sign-in: counted as a local one"]
      : []),
    ...(APIM_THROUGHPUT_PER_UNIT[sku] === undefined
      ? [
          `API Management ${sku}: Microsoft publishes no throughput per unit; watch CpuPercent_Gateway under a load test`,
        ]
      : []),
    ...(store?.kind === "managed"
      ? ["Azure Managed Redis: throughput per SKU is not published; only memory and connections are checked"]
      : []),
    ...(d.load.sessionStoreConnections === undefined && store !== undefined
      ? ["session store connections: set load.sessionStoreConnections to check them against the SKU"]
      : []),
    ...(store === undefined ? ["no session store in this stack: its lines are left out"] : []),
    ...(config.api === undefined
      ? ["no api section: API Management carries no API, its lines are left out"]
      : []),
  ];
}
