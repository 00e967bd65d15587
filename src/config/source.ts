import { resolve } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { readSecurePaths } from "./securePaths";
import type { RawConfig } from "./validate";

/** Provider configuration keys the platform reads besides its own namespace. */
export const PROVIDER_KEYS = ["aws:region", "azure-native:location"] as const;

/**
 * Reads the stack's configuration from the Pulumi runtime: every key of the project
 * namespace (object values parsed from the JSON Pulumi passes), which of them are secrets,
 * and the provider keys. Works the same under `pulumi up` and under the mock runtime.
 * `securePaths` says which values were given as secrets: the offline plan knows them from the
 * settings file it read (null when it has none); otherwise they are read from
 * `Pulumi.<stack>.yaml` in the project directory, when it is there.
 */
export function readRuntimeConfig(securePaths?: ReadonlySet<string> | null): RawConfig {
  const project = pulumi.getProject();
  const prefix = `${project}:`;
  const values: Record<string, unknown> = {};
  const secretKeys = new Set<string>();
  const providerConfig: Record<string, string> = {};
  for (const [fullKey, value] of Object.entries(pulumi.runtime.allConfig())) {
    if ((PROVIDER_KEYS as readonly string[]).includes(fullKey)) providerConfig[fullKey] = value;
    if (!fullKey.startsWith(prefix)) continue;
    const key = fullKey.slice(prefix.length);
    values[key] = parseValue(value);
    if (isConfigSecret(fullKey)) secretKeys.add(key);
  }
  const known =
    securePaths === undefined
      ? readSecurePaths(resolve(process.cwd(), `Pulumi.${pulumi.getStack()}.yaml`), project)
      : (securePaths ?? undefined);
  return { values, secretKeys, providerConfig, ...(known ? { securePaths: known } : {}) };
}

/**
 * Whether a key holds a secret. The SDK exports this function but marks it internal,
 * so its type is not published; it is stable across 3.x (it reads PULUMI_CONFIG_SECRET_KEYS).
 */
function isConfigSecret(fullKey: string): boolean {
  const runtime = pulumi.runtime as typeof pulumi.runtime & { isConfigSecret?: (key: string) => boolean };
  if (typeof runtime.isConfigSecret !== "function") {
    throw new Error("@pulumi/pulumi no longer exports runtime.isConfigSecret: pin a 3.x version that does");
  }
  return runtime.isConfigSecret(fullKey);
}

/** Pulumi hands structured values over as JSON text and scalars as plain text. */
function parseValue(value: string): unknown {
  if (!/^\s*[[{]/.test(value)) return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
