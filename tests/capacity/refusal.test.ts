import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/problems";
import { exampleValues, REPO_ROOT, settingsOf, validateStack } from "../support/harness";

/** The example's load and cloud section, as a test changes them. */
interface Values {
  load: Record<string, number>;
  aws: { sessionStore: Record<string, unknown> };
  [key: string]: unknown;
}

async function refusal(stack: "aws" | "azure", change: (values: Values) => void): Promise<string[]> {
  const values = exampleValues(stack) as Values;
  change(values);
  const providerConfig: Record<string, string> =
    stack === "aws" ? { "aws:region": "ap-northeast-2" } : { "azure-native:location": "koreacentral" };
  try {
    await validateStack(settingsOf(values, { providerConfig, secretKeys: ["identity"] }));
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe("GIVEN an example stack WHEN its load outgrows what its configuration chose", () => {
  it("THEN AWS refuses an ECPU cap and a storage cap below the session traffic, one line each", async () => {
    const problems = await refusal("aws", (v) => {
      v.load.peakApiRequestsPerSecond = 450;
      v.load.concurrentSessions = 3_000_000;
      v.aws.sessionStore.maxEcpuPerSecond = 5000;
    });
    expect(problems).toEqual([
      "aws.sessionStore.maxEcpuPerSecond: must carry the expected load, ElastiCache Serverless ECPUs for the session traffic: 5,700 ECPU/s (450 session reads/s x 6 + 300 creates/s x 10 ECPU (measured 2026-12-01)) where this carries 5,000; set at least 5700; received 5000",
      "aws.sessionStore.maxDataStorageGb: must carry the expected load, ElastiCache Serverless data stored (sessions): 6.25 GB (3,000,000 sessions x 2,082 bytes (key, index and Redis overhead included, measured 2026-12-01)) where this carries 5; set at least 7; received 5",
    ]);
  });

  it("THEN docs/capacity.md shows the refusal exactly as the plan prints it", async () => {
    const [ecpu] = await refusal("aws", (v) => {
      v.aws.sessionStore.maxEcpuPerSecond = 5000;
    });
    expect(readFileSync(resolve(REPO_ROOT, "docs/capacity.md"), "utf8")).toContain(`  ${ecpu}\n`);
  });

  it("THEN Azure refuses a cache too small for the sessions", async () => {
    const problems = await refusal("azure", (v) => {
      v.load.concurrentSessions = 2_500_000;
    });
    expect(problems).toEqual([
      "azure.sessionStore.capacity: must carry the expected load, Session store memory: 5.21 GB (2,500,000 sessions x 2,082 bytes (key, index and Redis overhead included, measured 2026-12-01)) where this carries 4.8; set at least 2 (P2); received 1",
    ]);
  });

  it("THEN a quota the cloud raises on request is not refused: the example plans with two increases to ask for", async () => {
    expect(await refusal("aws", () => undefined)).toEqual([]);
  });
});
