import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  AWS_OFFER_MATCHERS,
  awsLiveSheet,
  type OfferFile,
  offerUrl,
  pricesFromOffer,
} from "../../src/aws/capacity/live";
import { azureLiveSheet, retailUrl, unitsPerPrice } from "../../src/azure/capacity/live";
import { fetchJson, LivePricesError } from "../../src/capacity/live";

const sample = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(__dirname, "samples", name), "utf8"));

describe("GIVEN an AWS Price List offer file (a sample in the documented format)", () => {
  const offer = sample("aws-offer-apigateway.json") as OfferFile;

  it("THEN each HTTP API tier is read by its beginRange and priced per million requests", () => {
    const prices = pricesFromOffer(offer, AWS_OFFER_MATCHERS, "ap-northeast-2", "2026-12-01");
    expect(Object.keys(prices)).toEqual(["apigw.http.first300m", "apigw.http.over300m"]);
    expect(prices["apigw.http.first300m"]).toEqual({
      usd: 1.23,
      unit: "million requests",
      region: "ap-northeast-2",
      source: `${offerUrl("AmazonApiGateway", "ap-northeast-2")} (SKU SAMPLEHTTP0001, Requests, offer version 20261115000000, published 2026-11-15)`,
      read: "2026-12-01",
    });
    expect(prices["apigw.http.over300m"]?.usd).toBe(1.11);
  });

  it("THEN the sheet prices what the files hold and says which dimensions the lists did not have", async () => {
    const asked: string[] = [];
    const sheet = await awsLiveSheet("ap-northeast-2", async (url) => {
      asked.push(url);
      return url === offerUrl("AmazonApiGateway", "ap-northeast-2")
        ? offer
        : { ...offer, offerCode: "other", products: {} };
    });
    expect(asked.map((url) => url.split("/")[6])).toEqual([
      "AmazonCognito",
      "AmazonApiGateway",
      "awswaf",
      "AmazonCloudWatch",
      "awskms",
      "AWSELB",
      "AmazonElastiCache",
    ]);
    expect([sheet.from, sheet.price("apigw.http.first300m").usd]).toEqual(["live", 1.23]);
    expect(sheet.price("cognito.mau.plus")).toMatchObject({
      usd: null,
      note: "no matching entry in the live price list (AWS Price List offer files)",
    });
  });

  it("THEN an answer that is not an offer file is refused naming the URL", async () => {
    await expect(awsLiveSheet("ap-northeast-2", async () => ({ message: "Access Denied" }))).rejects.toThrow(
      `--live-prices: ${offerUrl("AmazonCognito", "ap-northeast-2")} is not an offer file (no products and terms)`,
    );
  });
});

describe("GIVEN the Azure Retail Prices API (samples in the documented format)", () => {
  it.each<[string, number]>([
    ["1 Hour", 1],
    ["10K", 10_000],
    ["10M", 10_000_000],
    ["100/Month", 100],
  ])("THEN a price per %s covers %i units", (unit, units) => {
    expect(unitsPerPrice(unit)).toBe(units);
  });

  it("THEN every page is read through NextPageLink and pay-as-you-go USD meters priced", async () => {
    const pages: Record<string, unknown> = {
      [retailUrl("Redis Cache", "koreacentral")]: sample("azure-retail-redis-1.json"),
      "https://prices.azure.com:443/api/retail/prices?$filter=sample&$skip=100":
        sample("azure-retail-redis-2.json"),
      [retailUrl("API Management", "koreacentral")]: sample("azure-retail-apim.json"),
    };
    const sheet = await azureLiveSheet("koreacentral", async (url) => pages[url]);
    // the reservation price of P1 (0.35) is not a pay-as-you-go price
    expect(sheet.price("redis.cache.P1").usd).toBe(0.5);
    expect(sheet.price("redis.cache.C1").usd).toBe(0.1);
    expect(sheet.price("apim.StandardV2.unitHour").usd).toBe(1);
    // 25 USD per 10M calls = 2.5 USD per million
    expect(sheet.price("apim.StandardV2.extraRequests")).toMatchObject({
      usd: 2.5,
      source: `${retailUrl("API Management", "koreacentral")} (API Management Standard v2, Standard v2 Calls, per 10M, effective 2026-09-01)`,
    });
    expect(sheet.price("redis.cache.P2").usd).toBeNull();
  });
});

describe("GIVEN no reachable price list", () => {
  it("THEN a refused connection fails with one line naming the URL", async () => {
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((done) => server.close(() => done()));
    await expect(fetchJson(`http://127.0.0.1:${port}/prices`)).rejects.toThrow(
      new LivePricesError(
        `--live-prices: could not read http://127.0.0.1:${port}/prices: ECONNREFUSED; plan without --live-prices to use the price table`,
      ),
    );
  });

  it("THEN an HTTP error is named", async () => {
    const server = createServer((_req, res) => res.writeHead(503).end());
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/prices`;
    await expect(fetchJson(url)).rejects.toThrow(`--live-prices: ${url} answered HTTP 503`);
    await new Promise<void>((done) => server.close(() => done()));
  });
});
