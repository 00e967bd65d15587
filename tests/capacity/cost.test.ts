import { describe, expect, it } from "vitest";
import { awsCostItems } from "../../src/aws/capacity/cost";
import { AWS_PRICES } from "../../src/aws/capacity/prices";
import { banded, costItem, costReport, tableSheet } from "../../src/capacity/cost";
import { READ_ON } from "../../src/capacity/model";
import { awsConfig, demand } from "./support";

const LITE = [
  [10_000, "cognito.mau.free", "free"],
  [100_000, "cognito.mau.lite.1", "band 1"],
  [1_000_000, "cognito.mau.lite.2", "band 2"],
  [Number.POSITIVE_INFINITY, "cognito.mau.lite.3", "band 3"],
] as const;
const spec = { resource: "pool", dimension: "MAUs", unit: "MAU", quantityFrom: "load" };
const us = tableSheet(AWS_PRICES, "us-east-1", READ_ON);
const seoul = tableSheet(AWS_PRICES, "ap-northeast-2", READ_ON);

describe("GIVEN tiered MAU bands WHEN a quantity is split", () => {
  it.each<[number, number[]]>([
    [10_000, [10_000]],
    [10_001, [10_000, 1]],
    [100_000, [10_000, 90_000]],
    [1_000_001, [10_000, 90_000, 900_000, 1]],
  ])("THEN %i MAUs fall in bands of %o", (mau, quantities) => {
    expect(banded(spec, mau, LITE).map((i) => i.quantity)).toEqual(quantities);
  });

  it("THEN 100,000 Lite MAUs cost 90,000 x $0.0055 = $495.00 at the US price", () => {
    const items = banded(spec, 100_000, LITE).map((i) => costItem(i, us, undefined));
    expect(items.map((i) => i.monthlyUsd)).toEqual([0, 495]);
    expect(costReport(items, us, []).pricedMonthlyUsd).toBe(495);
  });
});

describe("GIVEN a Seoul stack WHEN the table has no Seoul figure", () => {
  it("THEN the item is unpriced there and carries the US figure as a reference only", () => {
    const item = costItem({ ...spec, quantity: 1000, priceId: "cognito.mau.plus" }, seoul, us);
    expect(item.monthlyUsd).toBeNull();
    expect(item.price.note).toBe(
      "no ap-northeast-2 price in the project's price table (the stored copies of the pricing page show none); run with --live-prices",
    );
    expect(item.reference?.monthlyUsd).toBe(20);
    const report = costReport([item], seoul, ["x"]);
    expect([report.pricedMonthlyUsd, report.unpricedItems, report.withReferenceMonthlyUsd]).toEqual([
      0, 1, 20,
    ]);
  });

  it("THEN a free tier is priced everywhere (the '*' region)", () => {
    expect(costItem({ ...spec, quantity: 10_000, priceId: "cognito.mau.free" }, seoul, us).monthlyUsd).toBe(
      0,
    );
  });
});

describe("GIVEN the AWS load of 2,000,000 MAUs, 450 API requests/s and 200,000 sessions of 1 KB", () => {
  const config = awsConfig(
    {
      monthlyActiveUsers: 2_000_000,
      peakSignInsPerSecond: 300,
      peakApiRequestsPerSecond: 450,
      concurrentSessions: 200_000,
    },
    { "aws.userPoolTier": "essentials", "aws.threatProtection": { mode: "off" } },
  );
  const { items } = awsCostItems(config, demand(config), { "aws:wafv2/webAcl:WebAcl": 1 });
  const byDimension = Object.fromEntries(
    items.map((i) => [`${i.resource}: ${i.dimension}`, [i.quantity, i.priceId]]),
  );

  it("THEN every dimension has the hand-computed quantity", () => {
    expect(byDimension).toEqual({
      "Cognito user pool: MAUs, essentials tier, local and social (first 10,000, free)": [
        10_000,
        "cognito.mau.free",
      ],
      "Cognito user pool: MAUs, essentials tier, local and social (above 10,000)": [
        1_990_000,
        "cognito.mau.essentials",
      ],
      // 450/s / 3 x 2,592,000 s = 388.8 million: 300 in the first band, 88.8 above
      "API Gateway HTTP API: requests (first 300 million)": [300, "apigw.http.first300m"],
      "API Gateway HTTP API: requests (above 300 million)": [88.8, "apigw.http.over300m"],
      // 388.8 million lines x 577 bytes
      "CloudWatch Logs: API access-log ingestion": [224.34, "cloudwatch.logs.ingestGb"],
      "AWS WAF: web ACLs": [1, "waf.webAcl"],
      "AWS WAF: rules": [4, "waf.rule"],
      // (300 sign-ins + 300 challenges) / 3 x 2,592,000 = 518.4 million
      "AWS WAF: requests inspected": [518.4, "waf.requests"],
      // 0.4164 GB x 730 hours
      "ElastiCache Serverless (Valkey): data stored": [303.97, "elasticache.valkey.gbHour"],
      // (450 x 6 + 300 x 10) / 3 x 2,592,000 = 4,924.8 million
      "ElastiCache Serverless (Valkey): ECPUs": [4924.8, "elasticache.valkey.ecpu"],
    });
  });

  it("THEN at the US prices the Essentials MAUs cost 1,990,000 x $0.015 = $29,850.00", () => {
    const essentials = items.find((i) => i.priceId === "cognito.mau.essentials");
    expect(essentials && costItem(essentials, us, undefined).monthlyUsd).toBe(29_850);
  });
});
