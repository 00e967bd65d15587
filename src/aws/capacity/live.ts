import type { PriceSheet } from "../../capacity/cost";
import { type FetchJson, LivePricesError, liveSheet, today } from "../../capacity/live";
import type { Price } from "../../capacity/model";

/**
 * AWS Price List bulk API: one offer file per service and region,
 * https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/{offerCode}/current/{region}/index.json
 * in the offer-file format AWS's Billing and Cost Management guide documents for the bulk API
 * (products by SKU with attributes; terms.OnDemand by SKU with priceDimensions, pricePerUnit.USD).
 */
export interface OfferFile {
  readonly offerCode: string;
  readonly version: string;
  readonly publicationDate: string;
  readonly products: Readonly<
    Record<string, { sku: string; productFamily?: string; attributes: Readonly<Record<string, string>> }>
  >;
  readonly terms: {
    readonly OnDemand?: Readonly<
      Record<
        string,
        Readonly<
          Record<
            string,
            {
              priceDimensions: Readonly<
                Record<string, { unit: string; pricePerUnit: { USD?: string }; beginRange?: string }>
              >;
            }
          >
        >
      >
    >;
  };
}

/** Which offer entry prices one of our dimensions, and how to turn its unit into ours. */
export interface OfferMatcher {
  readonly id: string;
  readonly offerCode: string;
  /** Our unit, and the factor from the offer's unit to it (1e6: per request → per million). */
  readonly unit: string;
  readonly scale: number;
  readonly family?: string;
  /** Every attribute named must hold its text (a substring, case-insensitive). */
  readonly attributes: Readonly<Record<string, string>>;
  /** The tier's first unit, for tiered prices. @default the first tier */
  readonly beginRange?: string;
}

const m = (
  id: string,
  offerCode: string,
  unit: string,
  scale: number,
  attributes: Record<string, string>,
  extra: Partial<OfferMatcher> = {},
): OfferMatcher => ({ id, offerCode, unit, scale, attributes, ...extra });

/** Our dimensions in the offer files (usage types as the price list names them). */
export const AWS_OFFER_MATCHERS: readonly OfferMatcher[] = [
  m("cognito.mau.lite.1", "AmazonCognito", "MAU", 1, { usagetype: "LiteMAU" }, { beginRange: "10000" }),
  m("cognito.mau.lite.2", "AmazonCognito", "MAU", 1, { usagetype: "LiteMAU" }, { beginRange: "100000" }),
  m("cognito.mau.lite.3", "AmazonCognito", "MAU", 1, { usagetype: "LiteMAU" }, { beginRange: "1000000" }),
  m(
    "cognito.mau.essentials",
    "AmazonCognito",
    "MAU",
    1,
    { usagetype: "EssentialsMAU" },
    { beginRange: "10000" },
  ),
  m("cognito.mau.plus", "AmazonCognito", "MAU", 1, { usagetype: "PlusMAU" }),
  m("cognito.mau.federated", "AmazonCognito", "MAU", 1, { usagetype: "FederatedMAU" }, { beginRange: "50" }),
  m("cognito.m2m.client", "AmazonCognito", "app client-months", 1, { usagetype: "M2MAppClient" }),
  m("apigw.http.first300m", "AmazonApiGateway", "million requests", 1e6, {
    usagetype: "ApiGatewayHttpRequest",
  }),
  m(
    "apigw.http.over300m",
    "AmazonApiGateway",
    "million requests",
    1e6,
    { usagetype: "ApiGatewayHttpRequest" },
    { beginRange: "300000000" },
  ),
  m("waf.webAcl", "awswaf", "web ACL-months", 1, { usagetype: "WebACL" }),
  m("waf.rule", "awswaf", "rule-months", 1, { usagetype: "Rule" }),
  m("waf.requests", "awswaf", "million requests", 1e6, { usagetype: "Request" }),
  m("cloudwatch.logs.ingestGb", "AmazonCloudWatch", "GB", 1, { usagetype: "DataProcessing-Bytes" }),
  m("cloudwatch.alarm", "AmazonCloudWatch", "per month", 1, { usagetype: "CW:AlarmMonitorUsage" }),
  m("cloudwatch.dashboard", "AmazonCloudWatch", "per month", 1, { usagetype: "DashboardsUsageHour" }),
  m("kms.key", "awskms", "per month", 1, { usagetype: "KMS-Keys" }),
  m(
    "elb.alb.hour",
    "AWSELB",
    "hours",
    1,
    { usagetype: "LoadBalancerUsage" },
    { family: "Load Balancer-Application" },
  ),
  m("elasticache.valkey.gbHour", "AmazonElastiCache", "GB-hour", 1, {
    usagetype: "CachedData",
    cacheEngine: "Valkey",
  }),
  m("elasticache.valkey.ecpu", "AmazonElastiCache", "million ECPUs", 1e6, {
    usagetype: "ElastiCacheProcessingUnits",
    cacheEngine: "Valkey",
  }),
];

export const offerUrl = (offerCode: string, region: string) =>
  `https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/${offerCode}/current/${region}/index.json`;

const holds = (attributes: Readonly<Record<string, string>>, wanted: Readonly<Record<string, string>>) =>
  Object.entries(wanted).every(([key, text]) =>
    (attributes[key] ?? "").toLowerCase().includes(text.toLowerCase()),
  );

/** The prices an offer file gives our dimensions (on-demand terms, in USD). */
export function pricesFromOffer(
  offer: OfferFile,
  matchers: readonly OfferMatcher[],
  region: string,
  read: string,
): Record<string, Price> {
  const prices: Record<string, Price> = {};
  for (const matcher of matchers.filter((x) => x.offerCode === offer.offerCode)) {
    for (const product of Object.values(offer.products)) {
      if (matcher.family !== undefined && product.productFamily !== matcher.family) continue;
      if (!holds(product.attributes, matcher.attributes)) continue;
      for (const term of Object.values(offer.terms.OnDemand?.[product.sku] ?? {})) {
        for (const dimension of Object.values(term.priceDimensions)) {
          if ((dimension.beginRange ?? "0") !== (matcher.beginRange ?? "0")) continue;
          const usd = Number(dimension.pricePerUnit.USD);
          if (!Number.isFinite(usd) || prices[matcher.id]) continue;
          prices[matcher.id] = {
            usd: Math.round(usd * matcher.scale * 1e10) / 1e10,
            unit: matcher.unit,
            region,
            source: `${offerUrl(offer.offerCode, region)} (SKU ${product.sku}, ${dimension.unit}, offer version ${offer.version}, published ${offer.publicationDate.slice(0, 10)})`,
            read,
          };
        }
      }
    }
  }
  return prices;
}

/** Reads the region's offer files of every service the stack is priced from. @throws LivePricesError */
export async function awsLiveSheet(region: string, fetchJson: FetchJson): Promise<PriceSheet> {
  const read = today();
  const codes = [...new Set(AWS_OFFER_MATCHERS.map((x) => x.offerCode))];
  const prices: Record<string, Price> = {};
  for (const code of codes) {
    const offer = (await fetchJson(offerUrl(code, region))) as OfferFile;
    if (typeof offer?.products !== "object" || typeof offer?.terms !== "object") {
      throw new LivePricesError(
        `--live-prices: ${offerUrl(code, region)} is not an offer file (no products and terms)`,
      );
    }
    Object.assign(prices, pricesFromOffer(offer, AWS_OFFER_MATCHERS, region, read));
  }
  return liveSheet(region, read, prices, "AWS Price List offer files");
}
