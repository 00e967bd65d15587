import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLAN_COMMAND, planMain } from "../../src/plan/planCommand";
import { type CliRun, runInProcess, runPlan, stackDir } from "../support/cli";
import { ALL_CASES } from "./cases";
import { type BadCase, CLOUD_NAMES, mutated, STACK_LINE, stackYaml } from "./support";

// The subset of the gauntlet marked `cli` goes through `npm run plan -- --config-file FILE`:
// each case's configuration is written as a Pulumi.<stack>.yaml and planned by the command's
// entry (its argument parsing, file reading, exit code and streams) in this process; the first
// case of each cloud also by a real `node bin/plan.js` process (a process costs about a second
// of CPU, and every case takes the same path through it).

const SUBSET = ALL_CASES.filter((c) => c.cli === true);
const BY_PROCESS = CLOUD_NAMES.map((cloud) => SUBSET.find((c) => c.cloud === cloud) as BadCase);
const files = stackDir();
const runs = new Map<BadCase, CliRun>();
const processes = new Map<BadCase, CliRun>();

beforeAll(async () => {
  const fileOf = new Map(
    SUBSET.map((c, i) => {
      const { values, provider } = mutated(c);
      return [c, files.write(`Pulumi.case${i}.yaml`, stackYaml(values, provider))] as const;
    }),
  );
  const [real] = await Promise.all([
    Promise.all(BY_PROCESS.map((c) => runPlan(["--config-file", fileOf.get(c) ?? ""]))),
    (async () => {
      for (const c of SUBSET) {
        runs.set(c, await runInProcess(PLAN_COMMAND, planMain, ["--config-file", fileOf.get(c) ?? ""]));
      }
    })(),
  ]);
  BY_PROCESS.forEach((c, i) => {
    processes.set(c, real[i] as CliRun);
  });
}, 120_000);

afterAll(() => files.remove());

function expectRefused(run: CliRun | undefined, c: BadCase): void {
  const count = c.problems.length === 1 ? "1 problem" : `${c.problems.length} problems`;
  expect(run).toEqual({
    code: 1,
    stdout: "",
    stderr: [`invalid stack configuration (${count}):`, ...c.problems.map((p) => `  ${p}`), ""].join("\n"),
  });
  expect(run?.stderr).not.toMatch(STACK_LINE);
  expect(run?.stderr).not.toMatch(/^\w*Error:/m);
}

describe("GIVEN the command-line subset of the gauntlet", () => {
  it("THEN it holds 16 cases from both clouds", () => {
    expect(CLOUD_NAMES.map((cloud) => SUBSET.filter((c) => c.cloud === cloud).length)).toEqual([11, 5]);
  });

  it.each(SUBSET)("$cloud: $what THEN exit 1, no plan, one line per problem and no stack trace", (c) => {
    expectRefused(runs.get(c), c);
  });

  it.each(BY_PROCESS)("$cloud: $what, by a real process THEN the same exit code and output", (c) => {
    expectRefused(processes.get(c), c);
  });
});
