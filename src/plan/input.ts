import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";
import type { PlanInput } from "./run";
import { readStackFile, StackFileError } from "./stackFile";

/** The repository root: set by bin/plan.js in the bundle, else two levels above this file. */
export function repoRoot(): string {
  return process.env.AUTH_PLATFORM_ROOT ?? resolve(__dirname, "../..");
}

/** The stacks that have a settings file (`Pulumi.<stack>.yaml`) beside Pulumi.yaml, sorted. */
export function stacksHere(root = repoRoot()): string[] {
  return readdirSync(root)
    .map((file) => /^Pulumi\.(.+)\.yaml$/.exec(file)?.[1])
    .filter((stack): stack is string => stack !== undefined)
    .sort();
}

/**
 * The project name from Pulumi.yaml, the stack's settings file (or `configFile`) and,
 * optionally, the last deployment's outputs (`pulumi stack output --json` saved to a file).
 * @throws StackFileError when a file is missing or malformed; a missing stack lists the stacks there are
 */
export function loadPlanInput(stack: string, configFile?: string, previousOutputsFile?: string): PlanInput {
  const root = repoRoot();
  const project = String(
    (parse(readFileSync(resolve(root, "Pulumi.yaml"), "utf8")) as { name: string }).name,
  );
  const file = configFile ?? resolve(root, `Pulumi.${stack}.yaml`);
  if (configFile === undefined && !existsSync(file)) {
    throw new StackFileError(
      `no stack "${stack}" here: Pulumi.${stack}.yaml does not exist; stacks here: ${stacksHere(root).join(", ")} (or give --config-file PATH)`,
    );
  }
  const input: PlanInput = { project, stack, settings: readStackFile(file, project) };
  return previousOutputsFile ? { ...input, previousOutputs: readOutputs(previousOutputsFile) } : input;
}

function readOutputs(path: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new StackFileError(`${path}: not readable JSON; save it with pulumi stack output --json > ${path}`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new StackFileError(`${path}: must be the JSON object pulumi stack output --json prints`);
  }
  return parsed as Record<string, unknown>;
}
