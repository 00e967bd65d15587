import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { AWS_CONFORMANCE } from "../../src/aws/conformance";
import { AZURE_CONFORMANCE } from "../../src/azure/conformance";
import type { PlannedResource } from "../../src/plan/model";
import { renderConformanceTables, withTable } from "../../src/platform/conformanceDoc";
import {
  atMostItems,
  integerIn,
  lengthIn,
  matches,
  oneOf,
  valuesAt,
} from "../../src/platform/constraintKinds";
import {
  ConformanceError,
  checkConstraints,
  describeViolation,
  duplicateIds,
  unauditedInputs,
} from "../../src/platform/constraints";
import { REPO_ROOT } from "../support/harness";

const TYPE = "test:index:Thing";
const base = { id: "thing-limit", type: TYPE, input: "rules[].limit", source: "owner/repo path.go" };
const planned = (inputs: Record<string, unknown>, name = "thing"): PlannedResource => ({
  urn: `urn:pulumi:test::auth-platform::${TYPE}::${name}`,
  type: TYPE,
  name,
  parent: null,
  custom: true,
  protect: false,
  retainOnDelete: false,
  dependsOn: [],
  inputs,
});
const messages = (c: ReturnType<typeof integerIn>, inputs: Record<string, unknown>) =>
  checkConstraints({ resources: [planned(inputs)] }, [c]).map((v) => v.message);

describe("GIVEN an input path", () => {
  it.each([
    ["a", { a: 1 }, [{ path: "a", value: 1 }]],
    ["a.b", { a: { b: "x" } }, [{ path: "a.b", value: "x" }]],
    [
      "rules[].limit",
      { rules: [{ limit: 1 }, {}, { limit: 3 }] },
      [
        { path: "rules[0].limit", value: 1 },
        { path: "rules[2].limit", value: 3 },
      ],
    ],
    [
      "xs[]",
      { xs: ["p", "q"] },
      [
        { path: "xs[0]", value: "p" },
        { path: "xs[1]", value: "q" },
      ],
    ],
    ["a.b", { a: "not an object" }, []],
    ["a", { a: "[unknown]" }, []],
    ["a", { a: "[secret]" }, []],
    ["rules[].limit", { rules: "not a list" }, []],
  ])("WHEN %s is read from %j THEN the located values are %j", (input, props, expected) => {
    expect(valuesAt(props, input)).toEqual(expected);
  });
});

describe("GIVEN the constraint kinds", () => {
  it("WHEN integerIn meets values in and out of range THEN only the out-of-range ones are reported", () => {
    const c = integerIn(base, 100, 2_000_000_000);
    expect(c.rule).toBe("an integer in 100..2,000,000,000");
    expect(
      messages(c, { rules: [{ limit: 100 }, { limit: 99 }, { limit: 2_000_000_001 }, { limit: 1.5 }] }),
    ).toEqual(["rules[1].limit is 99", "rules[2].limit is 2000000001", "rules[3].limit is 1.5"]);
  });

  it("WHEN oneOf, matches, lengthIn and atMostItems meet a bad value THEN each names the value", () => {
    const one = { ...base, input: "v" };
    expect(messages(oneOf(one, ["A", "B"]), { v: "C" })).toEqual(['v is "C"']);
    expect(oneOf(one, ["A", "B"]).rule).toBe('one of "A", "B"');
    expect(messages(matches(one, /^[a-z]+$/, "lowercase letters"), { v: "aB" })).toEqual(['v is "aB"']);
    expect(messages(lengthIn(one, 1, 3), { v: "abcd" })).toEqual(["v has 4 characters"]);
    expect(messages(lengthIn(one, 1, 3), { v: 7 })).toEqual(["v is 7"]);
    expect(messages(atMostItems(one, 2), { v: [1, 2, 3] })).toEqual(["v has 3 items"]);
    expect(messages(atMostItems(one, 2), { v: [1, 2] })).toEqual([]);
  });

  it("WHEN a violation is described THEN one line names resource, input, value, rule, ID and source", () => {
    const [violation] = checkConstraints({ resources: [planned({ rules: [{ limit: 10 }] })] }, [
      integerIn(base, 100, 200),
    ]);
    if (!violation) throw new Error("no violation");
    expect(describeViolation(violation)).toBe(
      "thing (test:index:Thing) rules[].limit: rules[0].limit is 10; must be an integer in 100..200 [thing-limit: owner/repo path.go]",
    );
    expect(new ConformanceError([violation]).message).toBe(
      `1 planned input(s) would fail at the provider or the cloud:\n  ${describeViolation(violation)}`,
    );
  });
});

describe("GIVEN both clouds' audits", () => {
  it("THEN every constraint ID is unique across both clouds", () => {
    expect(duplicateIds([...AWS_CONFORMANCE.constraints, ...AZURE_CONFORMANCE.constraints])).toEqual([]);
  });

  it("THEN every constraint names a source", () => {
    for (const c of [...AWS_CONFORMANCE.constraints, ...AZURE_CONFORMANCE.constraints])
      expect([c.id, c.source.length > 10]).toEqual([c.id, true]);
  });

  it("THEN docs/conformance.md holds exactly the generated tables (npm run docs:conformance)", () => {
    const doc = readFileSync(resolve(REPO_ROOT, "docs/conformance.md"), "utf8");
    const table = renderConformanceTables({ AWS: AWS_CONFORMANCE, Azure: AZURE_CONFORMANCE });
    expect(withTable(doc, table)).toBe(doc);
  });

  it("WHEN a rule's pattern holds * or | THEN its table cell escapes them for Markdown", () => {
    const table = renderConformanceTables({
      T: { constraints: [matches({ ...base, input: "v" }, /^a*|b$/, "a's or b")], unconstrained: [] },
    });
    expect(table).toContain("| a's or b (^a\\*\\|b$) | owner/repo path.go |");
  });

  it("WHEN an input is neither constrained nor listed as free THEN unauditedInputs names it", () => {
    const audit = {
      constraints: [integerIn(base, 1, 2)],
      unconstrained: [{ type: TYPE, input: "tags", why: "free text" }],
    };
    expect(unauditedInputs({ resources: [planned({ rules: [], tags: {}, name: "x" })] }, audit)).toEqual([
      { type: TYPE, input: "name" },
    ]);
  });
});
