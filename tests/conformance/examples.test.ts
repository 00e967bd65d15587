import { describe, expect, it } from "vitest";
import { CLOUDS } from "../../src/platform/clouds";
import { checkConstraints, describeViolation } from "../../src/platform/constraints";
import { exampleSettings, planCached } from "../support/harness";

describe.each(["aws", "azure"])("GIVEN the %s example stack WHEN planned", (stack) => {
  it("THEN every planned input meets every constraint of its cloud", async () => {
    const plan = await planCached(exampleSettings(stack), stack);
    const violations = checkConstraints(plan, CLOUDS[plan.cloud].conformance.constraints);
    expect(violations.map(describeViolation)).toEqual([]);
  });
});
