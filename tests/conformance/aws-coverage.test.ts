import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { AWS_CONFORMANCE } from "../../src/aws/conformance";
import { readStackFile } from "../../src/plan/stackFile";
import { unauditedInputs } from "../../src/platform/constraints";
import { exampleSettings, PROJECT, planCached, REPO_ROOT } from "../support/harness";

/** The AWS example and every AWS variant: together they walk every branch that sets an input. */
const AWS_STACKS = [
  { stack: "aws", settings: () => exampleSettings("aws") },
  ...readdirSync(resolve(REPO_ROOT, "examples"))
    .filter((f) => f.startsWith("aws-") && f.endsWith(".yaml"))
    .map((f) => ({
      stack: f.slice(0, -".yaml".length),
      settings: () => readStackFile(resolve(REPO_ROOT, "examples", f), PROJECT),
    })),
];

describe.each(AWS_STACKS)("GIVEN the AWS stack $stack WHEN planned", ({ stack, settings }) => {
  it("THEN every top-level input of every AWS resource is constrained or audited free of a rule", async () => {
    const plan = await planCached(settings(), stack);
    expect(unauditedInputs(plan, AWS_CONFORMANCE)).toEqual([]);
  });
});

describe("GIVEN the AWS audit", () => {
  it("THEN it names no input twice as free of a rule, nor one a constraint already covers", () => {
    const constrained = new Set(
      AWS_CONFORMANCE.constraints.map((c) => `${c.type} ${c.input.split(".")[0]?.replace(/\[\]$/, "")}`),
    );
    const free = AWS_CONFORMANCE.unconstrained.map((u) => `${u.type} ${u.input}`);
    expect(free.filter((key, i) => constrained.has(key) || free.indexOf(key) !== i)).toEqual([]);
  });
});
