import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plan, PlannedResource } from "../../src/plan/model";
import { type PlanInput, plan, prepare } from "../../src/plan/run";
import { readStackFile, type StackSettings } from "../../src/plan/stackFile";

export const PROJECT = "auth-platform";
export const REPO_ROOT = resolve(__dirname, "../..");

/** Stack settings from plain values: `{ cloud: "aws", identity: {...} }` plus provider keys. */
export function settingsOf(
  values: Record<string, unknown>,
  options: { providerConfig?: Record<string, string>; secretKeys?: string[] } = {},
): StackSettings {
  const config: Record<string, string> = { ...(options.providerConfig ?? {}) };
  for (const [key, value] of Object.entries(values)) {
    config[`${PROJECT}:${key}`] = typeof value === "string" ? value : JSON.stringify(value);
  }
  return { config, secretKeys: (options.secretKeys ?? []).map((k) => `${PROJECT}:${k}`) };
}

const exampleFiles = new Map<string, StackSettings>();

/** The settings of one of the repository's example stacks (`aws`, `azure`); each caller gets its own copy. */
export function exampleSettings(stack: string): StackSettings {
  let settings = exampleFiles.get(stack);
  if (settings === undefined) {
    settings = readStackFile(resolve(REPO_ROOT, `Pulumi.${stack}.yaml`), PROJECT);
    exampleFiles.set(stack, settings);
  }
  return structuredClone(settings);
}

/** The example stack's values as plain data, to copy and change in a test. */
export function exampleValues(stack: string): Record<string, unknown> {
  const settings = exampleSettings(stack);
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings.config)) {
    if (!key.startsWith(`${PROJECT}:`)) continue;
    values[key.slice(PROJECT.length + 1)] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return values;
}

/**
 * Runs the program offline, the way `npm run plan` does, and returns the plan; with
 * `previousOutputs`, as a change to a stack whose last deployment had those outputs.
 */
export function planStack(
  settings: StackSettings,
  stack = "test",
  previousOutputs?: Record<string, unknown>,
): Promise<Plan> {
  return plan({ project: PROJECT, stack, settings, ...(previousOutputs ? { previousOutputs } : {}) });
}

/** What a plan may assume besides the settings: the account's contents, the environment, the time. */
export type PlanContext = Pick<PlanInput, "previousOutputs" | "environment" | "now" | "account">;

/** `planStack` with the deploy-time context spelled out (a populated account, a date, credentials). */
export function planWith(settings: StackSettings, stack: string, context: PlanContext): Promise<Plan> {
  return plan({ project: PROJECT, stack, settings, ...context });
}

const planCache = new Map<string, Promise<Plan>>();

/**
 * `planStack`, memoized by settings and stack name: plans are deterministic, so tests that
 * read the same stack share one run (vitest runs files in shared workers). Each caller gets
 * its own copy. Tests that observe the run itself (mocks, logs) use `planStack`.
 */
export async function planCached(settings: StackSettings, stack = "test"): Promise<Plan> {
  const key = JSON.stringify([stack, settings]);
  let pending = planCache.get(key);
  if (!pending) {
    pending = planStack(settings, stack);
    planCache.set(key, pending);
    pending.catch(() => planCache.delete(key));
  }
  return structuredClone(await pending);
}

/** Validates only (no resources), the way the program does before registering anything. */
export function validateStack(settings: StackSettings, stack = "test") {
  return prepare({ project: PROJECT, stack, settings });
}

/** The one resource of a type (and optional name); fails loudly when there is not exactly one. */
export function only(p: Plan, type: string, name?: string): PlannedResource {
  const found = p.resources.filter((r) => r.type === type && (name === undefined || r.name === name));
  if (found.length !== 1) {
    throw new Error(
      `expected exactly one ${type}${name ? ` named ${name}` : ""}, found ${found.length}: ${found.map((r) => r.name).join(", ")}`,
    );
  }
  return found[0] as PlannedResource;
}

/** Every resource of a type, in registration order. */
export function all(p: Plan, type: string): PlannedResource[] {
  return p.resources.filter((r) => r.type === type);
}

/** Reads a repository file as text. */
export function repoFile(path: string): string {
  return readFileSync(resolve(REPO_ROOT, path), "utf8");
}
