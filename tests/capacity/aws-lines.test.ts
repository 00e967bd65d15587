import { describe, expect, it } from "vitest";
import { awsLines } from "../../src/aws/capacity/lines";
import { assess, type CapacityStatus } from "../../src/capacity/model";
import { awsConfig, demand, lineOf, summary } from "./support";

const linesOf = (config: ReturnType<typeof awsConfig>) => awsLines(config, demand(config), "ap-northeast-2");

describe("GIVEN a limit WHEN the load meets it", () => {
  const spec = {
    limit: "x",
    carriedBy: "y",
    unit: "requests/s",
    demandFrom: "z",
    source: "s",
    capacity: 120,
  };
  it.each<[string, number, Record<string, unknown>, CapacityStatus, number]>([
    ["exactly at an adjustable quota", 120, { adjustable: true }, "ok", 0],
    ["just over an adjustable quota", 120.5, { adjustable: true }, "needs-quota-increase", -0.4],
    ["just over a fixed quota", 121, { adjustable: false }, "exceeds-fixed-limit", -0.8],
    ["just over a configured setting", 121, { adjustable: true, configKey: "a.b" }, "cannot-carry", -0.8],
    ["far under it", 30, { adjustable: false }, "ok", 75],
  ])("THEN %s is %s", (_case, load, extra, status, headroom) => {
    const line = assess({ ...spec, ...extra, demand: load } as Parameters<typeof assess>[0]);
    expect([line.status, line.headroomPercent]).toEqual([status, headroom]);
  });
});

describe("GIVEN Cognito's request-rate quotas", () => {
  it.each<[string, Record<string, number>, number, CapacityStatus]>([
    [
      "local sign-ins and refreshes exactly at 120/s",
      { peakSignInsPerSecond: 100, peakTokenRefreshesPerSecond: 20 },
      120,
      "ok",
    ],
    [
      "half a request more",
      { peakSignInsPerSecond: 100, peakTokenRefreshesPerSecond: 20.5 },
      120.5,
      "needs-quota-increase",
    ],
    // federated sign-ins do not call InitiateAuth: 200 x (1 - 0.5) = 100 local
    ["half the sign-ins federated", { peakSignInsPerSecond: 200, federatedShare: 0.5 }, 100, "ok"],
  ])("THEN UserAuthentication with %s", (_case, load, expected, status) => {
    const config = awsConfig(load, {
      "identity.providers": [{ name: "Google", type: "google", clientId: "id", clientSecret: "s" }],
    });
    expect(summary(lineOf(linesOf(config), "Cognito UserAuthentication"))).toMatchObject({
      demand: expected,
      capacity: 120,
      status,
    });
  });

  it("THEN MFA challenges get three times the quota and only the excess counts toward UserAuthentication", () => {
    const at = linesOf(awsConfig({ peakSignInsPerSecond: 360 }));
    expect(summary(lineOf(at, "Cognito RespondToAuthChallenge"))).toEqual({
      demand: 360,
      capacity: 360,
      status: "ok",
      headroomPercent: 0,
    });
    expect(lineOf(at, "Cognito UserAuthentication").demand).toBe(360);
    const over = linesOf(awsConfig({ peakSignInsPerSecond: 361 }));
    const challenge = lineOf(over, "Cognito RespondToAuthChallenge");
    expect([challenge.status, challenge.wouldCarry]).toEqual([
      "needs-quota-increase",
      "request L-026ADBA3 of at least 121",
    ]);
    expect(lineOf(over, "Cognito UserAuthentication").demand).toBe(362);
  });

  it("THEN without MFA a sign-in answers no challenge", () => {
    const config = awsConfig(
      { peakSignInsPerSecond: 50 },
      { "identity.mfa": { mode: "off", factors: [] }, "aws.threatProtection.mediumRisk": "block" },
    );
    expect(lineOf(linesOf(config), "Cognito RespondToAuthChallenge").demand).toBe(0);
  });

  it.each<[number, CapacityStatus]>([
    [50, "ok"],
    [50.02, "needs-quota-increase"],
  ])("THEN %f sign-ins/s with half federated meet UserFederation (25/s): %s", (rate, status) => {
    const config = awsConfig(
      { peakSignInsPerSecond: rate, federatedShare: 0.5 },
      {
        "identity.providers": [{ name: "Google", type: "google", clientId: "id", clientSecret: "s" }],
      },
    );
    const line = lineOf(linesOf(config), "Cognito UserFederation");
    expect([line.status, line.quotaCode, line.adjustable]).toEqual([status, "L-BB3E7CCF", true]);
  });
});

describe("GIVEN API Gateway", () => {
  it.each<[number, CapacityStatus, CapacityStatus]>([
    [500, "ok", "ok"],
    [500.5, "cannot-carry", "ok"],
    [10_000.5, "cannot-carry", "needs-quota-increase"],
  ])(
    "THEN %f requests/s against the stage rate 500 is %s and against the account's 10,000 %s",
    (rate, stage, account) => {
      const lines = linesOf(
        awsConfig(
          { peakApiRequestsPerSecond: rate },
          { "api.throttling": { rateLimit: 500, burstLimit: 1000 } },
        ),
      );
      expect(lineOf(lines, "API Gateway stage throttle").status).toBe(stage);
      expect(lineOf(lines, "API Gateway account throttle").status).toBe(account);
    },
  );
});

describe("GIVEN ElastiCache Serverless caps WHEN the measured session traffic meets them", () => {
  it.each<[Record<string, number>, number, CapacityStatus]>([
    // 150 reads x 6 + 10 creates x 10 = 1,000 ECPU/s
    [{ peakApiRequestsPerSecond: 150, peakSignInsPerSecond: 10 }, 1000, "ok"],
    [{ peakApiRequestsPerSecond: 150, peakSignInsPerSecond: 10.1 }, 1001, "cannot-carry"],
  ])("THEN %o needs %i ECPU/s of the 1,000 allowed: %s", (load, ecpu, status) => {
    const config = awsConfig(load, { "aws.sessionStore.maxEcpuPerSecond": 1000 });
    expect(summary(lineOf(linesOf(config), "ElastiCache Serverless ECPUs"))).toMatchObject({
      demand: ecpu,
      capacity: 1000,
      status,
    });
  });

  it.each<[number, CapacityStatus]>([
    // 1 GB / 2,082 bytes per 1 KB session = 480,307.4
    [480_307, "ok"],
    [480_308, "cannot-carry"],
  ])("THEN %i sessions of 1 KB in 1 GB: %s", (sessions, status) => {
    const config = awsConfig({ concurrentSessions: sessions }, { "aws.sessionStore.maxDataStorageGb": 1 });
    const line = lineOf(linesOf(config), "ElastiCache Serverless data stored");
    expect([line.status, line.wouldCarry]).toEqual([
      status,
      sessions === 480_307 ? "at least 1" : "at least 2",
    ]);
  });
});
