import type { PriceSheet } from "../../capacity/cost";
import { type FetchJson, LivePricesError, liveSheet, today } from "../../capacity/live";
import type { Price } from "../../capacity/model";
import { CACHE_SKUS } from "./redis";

/**
 * The Azure Retail Prices API (https://learn.microsoft.com/rest/api/cost-management/retail-prices/azure-retail-prices):
 * GET https://prices.azure.com/api/retail/prices?$filter=... answers `Items` and a `NextPageLink`.
 */
export interface RetailItem {
  readonly currencyCode: string;
  readonly tierMinimumUnits: number;
  readonly retailPrice: number;
  readonly unitPrice: number;
  readonly armRegionName: string;
  readonly effectiveStartDate: string;
  readonly meterName: string;
  readonly productName: string;
  readonly skuName: string;
  readonly serviceName: string;
  readonly unitOfMeasure: string;
  readonly type: string;
}
export interface RetailPage {
  readonly Items: readonly RetailItem[];
  readonly NextPageLink: string | null;
}

/** Which meter prices one of our dimensions. */
export interface RetailMatcher {
  readonly id: string;
  readonly serviceName: string;
  /** Our unit, and how many of the meter's units make one of ours. */
  readonly unit: string;
  readonly perOurUnit: number;
  readonly skuName?: string;
  /** Text the meter name contains (case-insensitive). */
  readonly meter: string;
  readonly tierMinimumUnits?: number;
}

const cacheMatchers: RetailMatcher[] = (["Standard", "Premium"] as const).flatMap((tier) =>
  CACHE_SKUS[tier].flatMap((sku) =>
    sku === undefined
      ? []
      : [
          {
            id: `redis.cache.${sku.name}`,
            serviceName: "Redis Cache",
            unit: "hours",
            perOurUnit: 1,
            skuName: sku.name,
            meter: `${sku.name} Cache`,
          },
        ],
  ),
);

/** Our dimensions in the retail price list. */
export const AZURE_RETAIL_MATCHERS: readonly RetailMatcher[] = [
  ...cacheMatchers,
  {
    id: "apim.Developer.unitHour",
    serviceName: "API Management",
    unit: "unit-hours",
    perOurUnit: 1,
    skuName: "Developer",
    meter: "Developer Unit",
  },
  {
    id: "apim.Basic.unitHour",
    serviceName: "API Management",
    unit: "unit-hours",
    perOurUnit: 1,
    skuName: "Basic",
    meter: "Basic Unit",
  },
  {
    id: "apim.Standard.unitHour",
    serviceName: "API Management",
    unit: "unit-hours",
    perOurUnit: 1,
    skuName: "Standard",
    meter: "Standard Unit",
  },
  {
    id: "apim.Premium.unitHour",
    serviceName: "API Management",
    unit: "unit-hours",
    perOurUnit: 1,
    skuName: "Premium",
    meter: "Premium Unit",
  },
  {
    id: "apim.BasicV2.unitHour",
    serviceName: "API Management",
    unit: "unit-hours",
    perOurUnit: 1,
    skuName: "Basic v2",
    meter: "Basic v2 Unit",
  },
  {
    id: "apim.StandardV2.unitHour",
    serviceName: "API Management",
    unit: "unit-hours",
    perOurUnit: 1,
    skuName: "Standard v2",
    meter: "Standard v2 Unit",
  },
  {
    id: "apim.BasicV2.extraRequests",
    serviceName: "API Management",
    unit: "million requests",
    perOurUnit: 1e6,
    skuName: "Basic v2",
    meter: "Calls",
  },
  {
    id: "apim.StandardV2.extraRequests",
    serviceName: "API Management",
    unit: "million requests",
    perOurUnit: 1e6,
    skuName: "Standard v2",
    meter: "Calls",
  },
  {
    id: "apim.Consumption.calls",
    serviceName: "API Management",
    unit: "million calls",
    perOurUnit: 1e6,
    skuName: "Consumption",
    meter: "Calls",
    tierMinimumUnits: 1_000_000,
  },
];

export const retailUrl = (serviceName: string, region: string) =>
  `https://prices.azure.com/api/retail/prices?$filter=${encodeURIComponent(`serviceName eq '${serviceName}' and armRegionName eq '${region}' and priceType eq 'Consumption'`)}`;

/** How many units one price covers: "1 Hour" 1, "10K" 10,000, "1M" 1,000,000, "100/Month" 100. */
export function unitsPerPrice(unitOfMeasure: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([KM]?)\b/i.exec(unitOfMeasure.trim());
  if (!match) return 1;
  const scale = { "": 1, K: 1e3, M: 1e6 }[(match[2] ?? "").toUpperCase() as "" | "K" | "M"];
  return Number(match[1]) * scale;
}

/** The prices the retail items give our dimensions (USD, pay-as-you-go). */
export function pricesFromRetail(
  items: readonly RetailItem[],
  matchers: readonly RetailMatcher[],
  region: string,
  read: string,
): Record<string, Price> {
  const prices: Record<string, Price> = {};
  for (const matcher of matchers) {
    const item = items.find(
      (i) =>
        i.serviceName === matcher.serviceName &&
        i.currencyCode === "USD" &&
        i.type === "Consumption" &&
        (matcher.skuName === undefined || i.skuName === matcher.skuName) &&
        i.meterName.toLowerCase().includes(matcher.meter.toLowerCase()) &&
        i.tierMinimumUnits === (matcher.tierMinimumUnits ?? 0),
    );
    if (item === undefined) continue;
    prices[matcher.id] = {
      usd:
        Math.round((item.retailPrice / unitsPerPrice(item.unitOfMeasure)) * matcher.perOurUnit * 1e10) / 1e10,
      unit: matcher.unit,
      region,
      source: `${retailUrl(matcher.serviceName, region)} (${item.productName}, ${item.meterName}, per ${item.unitOfMeasure}, effective ${item.effectiveStartDate.slice(0, 10)})`,
      read,
    };
  }
  return prices;
}

/** Reads every page of the retail prices of each service the stack is priced from. @throws LivePricesError */
export async function azureLiveSheet(region: string, fetchJson: FetchJson): Promise<PriceSheet> {
  const read = today();
  const items: RetailItem[] = [];
  for (const service of [...new Set(AZURE_RETAIL_MATCHERS.map((x) => x.serviceName))]) {
    let url: string | null = retailUrl(service, region);
    for (let page = 0; url !== null && page < 100; page++) {
      const body = (await fetchJson(url)) as RetailPage;
      if (!Array.isArray(body?.Items)) throw new LivePricesError(`--live-prices: ${url} has no Items list`);
      items.push(...body.Items);
      url = body.NextPageLink ?? null;
    }
  }
  return liveSheet(
    region,
    read,
    pricesFromRetail(items, AZURE_RETAIL_MATCHERS, region, read),
    "Azure Retail Prices API",
  );
}
