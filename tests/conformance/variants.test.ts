import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPlan } from "../../policy/offline";
import { ALL_RULES } from "../../policy/rules";
import { readStackFile } from "../../src/plan/stackFile";
import { CLOUDS } from "../../src/platform/clouds";
import { checkConstraints, describeViolation } from "../../src/platform/constraints";
import { PROJECT, planCached, REPO_ROOT } from "../support/harness";

/** Variant stacks: realistic stack files that walk the branches the two examples do not. */
const VARIANTS = readdirSync(resolve(REPO_ROOT, "examples"))
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => f.slice(0, -".yaml".length));

describe.each(VARIANTS)("GIVEN the variant stack examples/%s.yaml WHEN planned", (variant) => {
  it("THEN it meets every constraint of its cloud and every mandatory policy", async () => {
    const settings = readStackFile(resolve(REPO_ROOT, "examples", `${variant}.yaml`), PROJECT);
    const plan = await planCached(settings, variant);
    expect(checkConstraints(plan, CLOUDS[plan.cloud].conformance.constraints).map(describeViolation)).toEqual(
      [],
    );
    expect(
      checkPlan(plan, ALL_RULES)
        .filter((v) => v.enforcementLevel === "mandatory")
        .map((v) => `${v.rule} ${v.urn} ${v.message}`),
    ).toEqual([]);
  });
});
