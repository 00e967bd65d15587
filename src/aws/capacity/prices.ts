import type { PriceTable } from "../../capacity/cost";
import { type Price, READ_ON } from "../../capacity/model";

/** The region whose list prices the stored copies of AWS's pricing pages show (their worked examples). */
export const AWS_REFERENCE_REGION = "us-east-1";

const COGNITO =
  "https://aws.amazon.com/cognito/pricing/ (worked examples) as transcribed on 2026-09-20 in api-evangelist/amazon-cognito plans/amazon-cognito-plans-pricing.yml";
const APIGW =
  "https://aws.amazon.com/api-gateway/pricing/ (HTTP API worked example, US regions) as transcribed on 2026-09-20 in api-evangelist/amazon-web-services plans/amazon-web-services-plans-pricing.yml";
const VALKEY =
  "usage.ai, 'ElastiCache Serverless pricing' (US East, June 2026), quoting AWS's Valkey rates: a third-party copy; AWS's Database Blog example gives the Redis OSS rates ($0.125/GB-hour, $0.0034 per million ECPUs)";

const us = (usd: number, unit: string, source: string, note?: string): Price => ({
  usd,
  unit,
  region: AWS_REFERENCE_REGION,
  source,
  read: READ_ON,
  ...(note ? { note } : {}),
});

/**
 * AWS list prices by region and dimension. The stored copies of the pricing pages render their
 * rate tables as unresolved tokens: the only figures are the pages' US worked examples, kept
 * here as us-east-1. No ap-northeast-2 (Seoul) figure is in them, so Seoul is empty: the cost
 * report shows each item's quantity, says the Seoul price is unknown, and gives the US figure
 * for the order of magnitude. `--live-prices` reads the Seoul prices from AWS's price list.
 */
export const AWS_PRICES: PriceTable = {
  "*": {
    "cognito.mau.free": {
      ...us(0, "MAU", COGNITO, "free tier: first 10,000 MAUs of Lite and Essentials, per account"),
      region: "*",
    },
  },
  [AWS_REFERENCE_REGION]: {
    "cognito.mau.lite.1": us(0.0055, "MAU", COGNITO, "Lite, MAUs 10,001..100,000"),
    "cognito.mau.lite.2": us(0.0046, "MAU", COGNITO, "Lite, MAUs 100,001..1,000,000"),
    "cognito.mau.essentials": us(0.015, "MAU", COGNITO, "Essentials, above the 10,000 free MAUs"),
    "cognito.mau.plus": us(0.02, "MAU", COGNITO, "Plus: no free tier"),
    "apigw.http.first300m": us(1.0, "million requests", APIGW, "HTTP APIs, first 300 million a month"),
    "apigw.http.over300m": us(0.9, "million requests", APIGW, "HTTP APIs, above 300 million a month"),
    "elasticache.valkey.gbHour": us(0.084, "GB-hour", VALKEY),
    "elasticache.valkey.ecpu": us(0.0023, "million ECPUs", VALKEY),
  },
};
