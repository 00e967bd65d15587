// `node .cache/bench/replay.js PLAN.json REGION [--classes] [--check]`: replays a recorded
// plan (bench/replay.ts), with --classes through the provider classes. Built and run by
// bench/plan.ts; --check compares the registrations the monitor receives with the plan's
// resources and exits 1 on a difference.
import { readFileSync } from "node:fs";
import type { Plan } from "../src/plan/model";
import { loadProviderClasses, type Registration, replayMismatches, replayPlan } from "./replay";

async function main(): Promise<number> {
  const [file, region, ...flags] = process.argv.slice(2);
  if (!file || region === undefined) throw new Error("usage: replay PLAN.json REGION [--classes] [--check]");
  const plan = JSON.parse(readFileSync(file, "utf8")) as Plan;
  const loaded = loadProviderClasses(plan.resources.map((r) => r.type));
  const classes = flags.includes("--classes") ? { classes: loaded } : {};
  if (!flags.includes("--check")) {
    await replayPlan(plan, region, classes);
    return 0;
  }
  const seen: Registration[] = [];
  await replayPlan(plan, region, { ...classes, observe: (r) => seen.push(r) });
  const mismatches = replayMismatches(plan, seen);
  if (mismatches.length === 0) return 0;
  process.stderr.write(`replay differs from the plan:\n${mismatches.map((m) => `  ${m}`).join("\n")}\n`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`replay failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(2);
  },
);
