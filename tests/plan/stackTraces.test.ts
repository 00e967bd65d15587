import * as pulumi from "@pulumi/pulumi";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LivePricesError } from "../../src/capacity/live";
import { ConfigError } from "../../src/config/problems";
import { plan } from "../../src/plan/run";
import { exampleSettings, PROJECT, settingsOf } from "../support/harness";

/** Plans the AWS example (it has a `load` section, so the plan asks `prices` once per run). */
function planAskingPrices(prices: () => Promise<never>) {
  return plan({ project: PROJECT, stack: "aws", settings: exampleSettings("aws"), prices });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("GIVEN a plan (Pulumi formats a stack trace for every resource and debuggable promise)", () => {
  it("WHEN it runs THEN stack traces are off inside it and back to their limit after it", async () => {
    const before = Error.stackTraceLimit;
    const seen: number[] = [];
    const failure = await planAskingPrices(async () => {
      seen.push(Error.stackTraceLimit);
      throw new LivePricesError("--live-prices: offline");
    }).catch((error: unknown) => error);
    expect([seen, Error.stackTraceLimit, failure]).toEqual([
      [0],
      before,
      new LivePricesError("--live-prices: offline"),
    ]);
  });

  it("WHEN it fails with a bug THEN it plans again with stack traces, so the error says where", async () => {
    const seen: number[] = [];
    const failure = await planAskingPrices(async () => {
      seen.push(Error.stackTraceLimit);
      throw new TypeError("price of undefined");
    }).then(
      () => new Error("planned"),
      (error: unknown) => error as Error,
    );
    expect(seen).toEqual([0, Error.stackTraceLimit]);
    expect(failure.message).toBe("price of undefined");
    expect(failure.stack?.split("\n")[1]).toMatch(/^ {4}at /);
  });

  it("WHEN the configuration is refused THEN it is not planned again", async () => {
    const setMocks = vi.spyOn(pulumi.runtime, "setMocks");
    const failure = await plan({
      project: PROJECT,
      stack: "aws",
      settings: settingsOf({ cloud: "gcp" }),
    }).catch((error: unknown) => error);
    expect([failure instanceof ConfigError, setMocks.mock.calls.length]).toEqual([true, 1]);
  });
});
