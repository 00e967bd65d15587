import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliRun, inBatches, runPlan, stackDir } from "../support/cli";
import { ALL_CASES } from "./cases";
import { type BadCase, CLOUD_NAMES, mutated, STACK_LINE, stackYaml } from "./support";

// The subset of the gauntlet marked `cli` goes through `npm run plan -- --config-file FILE`:
// each case's configuration is written as a Pulumi.<stack>.yaml and planned by a real process.

const SUBSET = ALL_CASES.filter((c) => c.cli === true);
const files = stackDir();
const runs = new Map<BadCase, CliRun>();

beforeAll(async () => {
  // bin/plan.js rebuilds its bundle when src/ changed; build it once before the parallel runs
  // (processes started while another one rewrites the bundle can load half a file: see the report).
  await runPlan(["--help"]);
  const results = await inBatches(SUBSET, 4, (c, i = SUBSET.indexOf(c)) => {
    const { values, provider } = mutated(c);
    return runPlan(["--config-file", files.write(`Pulumi.case${i}.yaml`, stackYaml(values, provider))]);
  });
  SUBSET.forEach((c, i) => {
    runs.set(c, results[i] as CliRun);
  });
}, 120_000);

afterAll(() => files.remove());

describe("GIVEN the command-line subset of the gauntlet", () => {
  it("THEN it holds 16 cases from both clouds", () => {
    expect(CLOUD_NAMES.map((cloud) => SUBSET.filter((c) => c.cloud === cloud).length)).toEqual([11, 5]);
  });

  it.each(SUBSET)("$cloud: $what THEN exit 1, no plan, one line per problem and no stack trace", (c) => {
    const run = runs.get(c);
    const count = c.problems.length === 1 ? "1 problem" : `${c.problems.length} problems`;
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: [`invalid stack configuration (${count}):`, ...c.problems.map((p) => `  ${p}`), ""].join("\n"),
    });
    expect(run?.stderr).not.toMatch(STACK_LINE);
    expect(run?.stderr).not.toMatch(/^\w*Error:/m);
  });
});
