import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "yaml";
import type { PlanInput } from "./run";
import { readStackFile } from "./stackFile";

/** The repository root: set by bin/plan.js in the bundle, else two levels above this file. */
export function repoRoot(): string {
  return process.env.AUTH_PLATFORM_ROOT ?? resolve(__dirname, "../..");
}

/** The project name from Pulumi.yaml and the stack's settings file (or `configFile`). */
export function loadPlanInput(stack: string, configFile?: string): PlanInput {
  const root = repoRoot();
  const project = String(
    (parse(readFileSync(resolve(root, "Pulumi.yaml"), "utf8")) as { name: string }).name,
  );
  const file = configFile ?? resolve(root, `Pulumi.${stack}.yaml`);
  return { project, stack, settings: readStackFile(file, project) };
}
