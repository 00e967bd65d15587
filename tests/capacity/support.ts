import { demandOf } from "../../src/capacity/demand";
import type { CapacityLine } from "../../src/capacity/model";
import type { LoadConfig } from "../../src/config/schema/load";
import type { AwsPlatformConfig, AzurePlatformConfig } from "../../src/config/schema/root";
import { validateConfig } from "../../src/config/validate";
import { CLOUDS } from "../../src/platform/clouds";
import { minimalAws, minimalAzure, raw, withValue } from "../config/fixtures";

/** A load of nothing but what a test sets. */
export const LOAD = {
  monthlyActiveUsers: 1000,
  peakSignInsPerSecond: 0,
  peakTokenRefreshesPerSecond: 0,
  peakApiRequestsPerSecond: 0,
  concurrentSessions: 0,
  averageSessionBytes: 1024,
} as const;

const API = {
  upstreamUrl: "https://orders.internal.example.com",
  scopes: { "orders.read": "Read orders" },
  routes: [{ method: "GET", path: "/orders", scopes: ["orders.read"] }],
};

/** A validated AWS configuration with the load, an API and a session store, plus `changes` (path → value). */
export function awsConfig(
  load: Partial<LoadConfig>,
  changes: Record<string, unknown> = {},
): AwsPlatformConfig {
  const values = minimalAws();
  withValue(values, "load", { ...LOAD, ...load });
  withValue(values, "api", structuredClone(API));
  withValue(values, "aws.sessionStore", {
    subnetIds: ["subnet-0a1b2c3d4e5f60718"],
    securityGroupIds: ["sg-0123456789abcdef0"],
  });
  for (const [path, value] of Object.entries(changes)) withValue(values, path, value);
  return validateConfig(raw(values, ["identity"]), CLOUDS) as AwsPlatformConfig;
}

/** A validated Azure configuration (B2C user flows unless changed) with the load and an API. */
export function azureConfig(
  load: Partial<LoadConfig>,
  changes: Record<string, unknown> = {},
): AzurePlatformConfig {
  const values = minimalAzure();
  withValue(values, "load", { ...LOAD, ...load });
  withValue(values, "api", structuredClone(API));
  for (const [path, value] of Object.entries(changes)) withValue(values, path, value);
  return validateConfig(raw(values, ["identity"]), CLOUDS) as AzurePlatformConfig;
}

export const demand = (config: AwsPlatformConfig | AzurePlatformConfig) =>
  demandOf(config, config.load as LoadConfig);

/** The one line about `limit` (a prefix of its name). */
export function lineOf(lines: readonly CapacityLine[], limit: string): CapacityLine {
  const found = lines.filter((l) => l.limit.startsWith(limit));
  if (found.length !== 1) throw new Error(`expected one line for ${limit}, found ${found.length}`);
  return found[0] as CapacityLine;
}

/** demand, capacity, status and headroom of a line, for exact comparisons. */
export const summary = (line: CapacityLine) => ({
  demand: line.demand,
  capacity: line.capacity,
  status: line.status,
  headroomPercent: line.headroomPercent,
});
