import { banded, type ItemSpec } from "../../capacity/cost";
import { type Demand, fmt, HOURS_PER_MONTH } from "../../capacity/demand";
import type { ResourceCounts } from "../../capacity/report";
import type { AzurePlatformConfig } from "../../config/schema/root";
import { APIM_V2_INCLUDED_REQUESTS, FREE_MAU } from "./limits";
import { CACHE_SKUS, MANAGED_SKUS } from "./redis";

/** The directory's MAU price: External ID, or B2C's Premium P1 / P2 (a created tenant's SKU; P1 otherwise). */
function mauPriceId(config: AzurePlatformConfig): { id: string; label: string } {
  const directory = config.azure.directory;
  if (directory.mode === "externalId") return { id: "externalId.mau", label: "Entra External ID" };
  const p2 = directory.create?.sku === "PremiumP2";
  return p2
    ? { id: "b2c.mau.p2", label: "AD B2C Premium P2" }
    : { id: "b2c.mau.p1", label: "AD B2C Premium P1" };
}

function sessionStore(config: AzurePlatformConfig): ItemSpec[] {
  const store = config.azure.sessionStore;
  if (store === undefined) return [];
  if (store.kind === "managed") {
    const known = MANAGED_SKUS[store.managedSku] !== undefined;
    return [
      {
        resource: "Azure Managed Redis",
        dimension: `${store.managedSku} instance`,
        quantity: HOURS_PER_MONTH,
        unit: "hours",
        priceId: `redis.managed.${store.managedSku}`,
        quantityFrom: known
          ? "one instance, a month"
          : "one instance of a SKU the model does not size, a month",
      },
    ];
  }
  const name = CACHE_SKUS[store.sku][store.capacity]?.name ?? `${store.sku}${store.capacity}`;
  const caches = store.geoReplicaLocation ? 2 : 1;
  return [
    {
      resource: "Azure Cache for Redis",
      dimension: `${store.sku} ${name} cache (primary and replica)`,
      quantity: HOURS_PER_MONTH * caches,
      unit: "hours",
      priceId: `redis.cache.${name}`,
      quantityFrom: caches === 2 ? "the cache and its geo-replica, a month" : "one cache, a month",
    },
  ];
}

/** Every metered dimension of the Azure stack for a month of the expected load. */
export function azureCostItems(
  config: AzurePlatformConfig,
  d: Demand,
  resources: ResourceCounts,
): { items: ItemSpec[]; notCounted: string[] } {
  const mau = mauPriceId(config);
  const apim = config.azure.apiManagement;
  const requests = d.monthly(d.apiRequestsPerSecond);
  const items: ItemSpec[] = [
    ...banded(
      {
        resource: "Directory",
        dimension: `MAUs, ${mau.label}`,
        unit: "MAU",
        quantityFrom: `load.monthlyActiveUsers ${fmt(d.load.monthlyActiveUsers)}`,
      },
      d.load.monthlyActiveUsers,
      [
        [FREE_MAU, "directory.mau.free", "first 50,000, free"],
        [Number.POSITIVE_INFINITY, mau.id, "above 50,000"],
      ],
    ),
  ];
  if (config.identity.mfa.factors.includes("sms")) {
    items.push({
      resource: "Directory",
      dimension: "SMS/phone MFA attempts (at most: every local sign-in)",
      quantity: d.monthly(d.localSignInsPerSecond),
      unit: "attempts",
      priceId: "directory.mfa.sms",
      quantityFrom: "local sign-ins a month",
    });
  }
  if (apim.sku === "Consumption") {
    items.push({
      resource: "API Management",
      dimension: "Consumption calls",
      quantity: Math.round(requests / 1e4) / 100,
      unit: "million calls",
      priceId: "apim.Consumption.calls",
      quantityFrom: "API requests a month",
    });
  } else {
    items.push({
      resource: "API Management",
      dimension: `${apim.sku} units`,
      quantity: apim.capacity * HOURS_PER_MONTH,
      unit: "unit-hours",
      priceId: `apim.${apim.sku}.unitHour`,
      quantityFrom: `azure.apiManagement.capacity ${apim.capacity} x ${HOURS_PER_MONTH} hours`,
    });
    const included = APIM_V2_INCLUDED_REQUESTS[apim.sku];
    if (included !== undefined) {
      const over = Math.max(0, requests - included * apim.capacity);
      items.push({
        resource: "API Management",
        dimension: `requests beyond the ${fmt(included * apim.capacity)} included`,
        quantity: Math.round(over / 1e4) / 100,
        unit: "million requests",
        priceId: `apim.${apim.sku}.extraRequests`,
        quantityFrom: `${fmt(requests)} API requests a month less ${fmt(included)} per unit`,
      });
    }
  }
  items.push(...sessionStore(config));
  const defender = config.azure.defender;
  const count = (type: string) => resources[type] ?? 0;
  if (defender.apis && count("azure-native:security:APICollectionByAzureApiManagementService") > 0) {
    items.push({
      resource: "Defender for Cloud",
      dimension: "Defender for APIs: API calls",
      quantity: Math.round(requests / 1e4) / 100,
      unit: "million API calls",
      priceId: "defender.apis.calls",
      quantityFrom: "API requests a month",
    });
  }
  if (defender.resourceManager) {
    items.push({
      resource: "Defender for Cloud",
      dimension: "Defender for Resource Manager",
      quantity: 1,
      unit: "subscription-months",
      priceId: "defender.arm.subscription",
      quantityFrom: "azure.defender.resourceManager",
    });
  }
  return {
    items,
    notCounted: [
      "Log Analytics ingestion: Microsoft publishes no size for API Management gateway and Redis log records; not estimated",
      ...(defender.cspm
        ? ["Defender CSPM: billed per billable resource in the subscription, which this stack does not own"]
        : []),
      "data transfer out of Azure: depends on response sizes the load section does not give",
    ],
  };
}
