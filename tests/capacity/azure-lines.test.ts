import { describe, expect, it } from "vitest";
import { azureLines } from "../../src/azure/capacity/lines";
import type { CapacityStatus } from "../../src/capacity/model";
import { azureConfig, demand, lineOf, summary } from "./support";

const linesOf = (config: ReturnType<typeof azureConfig>) => azureLines(config, demand(config));
const GOOGLE = [{ name: "Google", type: "google", clientId: "id", clientSecret: "s" }];
const CACHE = {
  kind: "cache",
  name: "redis-sessions",
  sku: "Standard",
  applicationPrincipalId: "7e3d1b9a-2c4f-4a6e-8b0d-5f1a3c7e9b24",
};

describe("GIVEN the directory's request limit of 200/s per tenant", () => {
  it.each<[string, Record<string, unknown>, Record<string, number>, number, CapacityStatus]>([
    // user flows with MFA: sign-in 4 + MFA 2 + token 1 = 7 per local sign-in
    [
      "B2C user flows at the limit",
      {},
      { peakSignInsPerSecond: 20, peakTokenRefreshesPerSecond: 60 },
      200,
      "ok",
    ],
    [
      "B2C user flows over it",
      {},
      { peakSignInsPerSecond: 20, peakTokenRefreshesPerSecond: 60.5 },
      200.5,
      "needs-quota-increase",
    ],
    // federated: 4 + IdP 2 + MFA 2 + token 1 = 9
    [
      "B2C user flows, all federated",
      { "identity.providers": GOOGLE },
      { peakSignInsPerSecond: 20, federatedShare: 1 },
      180,
      "ok",
    ],
    // custom policies: local 2 + MFA 4 + token 1 = 7; federated 4 + 4 + 1 = 9
    [
      "B2C custom policies, half federated",
      { "identity.providers": GOOGLE, "azure.directory.policyMode": "customPolicies" },
      { peakSignInsPerSecond: 20, federatedShare: 0.5 },
      160,
      "ok",
    ],
    // External ID: 4 + email one-time passcode 2 + token 1 = 7; no increase documented
    [
      "External ID over it",
      { "azure.directory.mode": "externalId", "identity.mfa": { mode: "required", factors: ["email"] } },
      { peakSignInsPerSecond: 30 },
      210,
      "exceeds-fixed-limit",
    ],
  ])("THEN %s", (_case, changes, load, requests, status) => {
    const product = changes["azure.directory.mode"] === "externalId" ? "Entra External ID" : "Azure AD B2C";
    const line = lineOf(linesOf(azureConfig(load, changes)), `${product} requests per tenant`);
    expect(summary(line)).toMatchObject({ demand: requests, capacity: 200, status });
  });

  it.each<[Record<string, unknown>, number, CapacityStatus]>([
    [{}, 1_250_000, "ok"],
    [{}, 1_250_001, "needs-quota-increase"],
    [
      { "azure.directory.mode": "externalId", "identity.mfa": { mode: "required", factors: ["email"] } },
      300_001,
      "needs-quota-increase",
    ],
  ])("THEN the directory's object limit meets %i MAUs", (changes, mau, status) => {
    const lines = linesOf(azureConfig({ monthlyActiveUsers: mau }, changes));
    expect(lines.find((l) => l.limit.endsWith("directory objects (users and applications)"))?.status).toBe(
      status,
    );
  });
});

describe("GIVEN API Management Standard with one unit (2,500 requests/s each)", () => {
  it.each<[number, CapacityStatus, string]>([
    [2500, "ok", "at least 1 (Standard takes at most 4)"],
    [2501, "cannot-carry", "at least 2 (Standard takes at most 4)"],
    [
      10_001,
      "cannot-carry",
      "a larger tier: Standard carries at most 10,000 requests/s with 4 units (azure.apiManagement.sku)",
    ],
  ])("THEN %i requests/s: %s", (rate, status, wouldCarry) => {
    const lines = linesOf(
      azureConfig({ peakApiRequestsPerSecond: rate }, { "azure.apiManagement.sku": "Standard" }),
    );
    const line = lineOf(lines, "API Management Standard throughput");
    expect([line.status, line.wouldCarry, line.configKey, line.configValue]).toEqual([
      status,
      wouldCarry,
      "azure.apiManagement.capacity",
      1,
    ]);
  });
});

describe("GIVEN the Azure session store's SKU", () => {
  it.each<[string, Record<string, unknown>, Record<string, number>, string, CapacityStatus, string]>([
    // C1: 1 GB x 80% usable = 0.8 GB = 384,245.9 sessions of 2,082 bytes
    [
      "C1 memory at the limit",
      { capacity: 1 },
      { concurrentSessions: 384_245 },
      "Session store memory",
      "ok",
      "at least 1 (C1)",
    ],
    [
      "C1 memory over it",
      { capacity: 1 },
      { concurrentSessions: 384_246 },
      "Session store memory",
      "cannot-carry",
      "at least 2 (C2)",
    ],
    // C0: 7,500 GETs/s = 1,000 reads x 6 + 150 creates x 10
    [
      "C0 throughput at the limit",
      { capacity: 0 },
      { peakApiRequestsPerSecond: 1000, peakSignInsPerSecond: 150 },
      "Session store throughput",
      "ok",
      "at least 0 (C0)",
    ],
    [
      "C0 throughput over it",
      { capacity: 0 },
      { peakApiRequestsPerSecond: 1000, peakSignInsPerSecond: 150.1 },
      "Session store throughput",
      "cannot-carry",
      "at least 1 (C1)",
    ],
    [
      "P1 connections over 7,500",
      { sku: "Premium", capacity: 1, persistence: false },
      { sessionStoreConnections: 7501 },
      "Session store connections",
      "cannot-carry",
      "at least 2 (P2)",
    ],
    [
      "Managed Balanced_B1 memory over 0.8 GB",
      { kind: "managed", managedSku: "Balanced_B1" },
      { concurrentSessions: 384_246 },
      "Session store memory",
      "cannot-carry",
      "at least Balanced_B3",
    ],
  ])("THEN %s", (_case, store, load, limit, status, wouldCarry) => {
    const config = azureConfig(load, { "azure.sessionStore": { ...CACHE, ...store } });
    const line = lineOf(linesOf(config), limit);
    expect([line.status, line.wouldCarry]).toEqual([status, wouldCarry]);
  });
});
