import { beforeAll, describe, expect, it } from "vitest";
import type { Plan, PlannedResource } from "../../src/plan/model";
import { renderTree } from "../../src/plan/render/tree";
import { LINE_WIDTH, oneLine, whole } from "../../src/plan/render/values";
import { exampleSettings, planCached } from "../support/harness";

const TAGS = '{"cost-center":"4410","data-classification":"confidential","owner":"platform-team"}';
const example = (cloud: "aws" | "azure") => planCached(exampleSettings(cloud), cloud);
const headings = (tree: string) => tree.split("\n").filter((l) => /^[a-z][a-z ]+: \d+ resources?$/.test(l));

describe("GIVEN an example stack's plan WHEN rendered as the tree", () => {
  // Plan both once (memoized) with room for a loaded machine; the tests below read them.
  beforeAll(() => Promise.all([example("aws"), example("azure")]), 120_000);

  it.each([
    [
      "aws",
      [
        "identity: 8 resources",
        "clients: 5 resources",
        "gateway: 12 resources",
        "edges: 22 resources",
        "session store: 5 resources",
        "monitoring: 22 resources",
        "threat detection: 4 resources",
      ],
    ],
    [
      "azure",
      [
        "foundation: 1 resource",
        "identity: 12 resources",
        "clients: 23 resources",
        "gateway: 13 resources",
        "edges: 14 resources",
        "session store: 4 resources",
        "monitoring: 14 resources",
        "threat detection: 3 resources",
      ],
    ],
  ] as const)(
    "THEN %s is grouped by concern, in the platform's order, every resource once",
    async (cloud, groups) => {
      const plan = await example(cloud);
      const tree = renderTree(plan);
      expect(headings(tree)).toEqual(groups);
      const listed = tree.split("\n").filter((l) => l.startsWith("  + ") && !l.endsWith("[component]"));
      expect(listed).toHaveLength(plan.resources.filter((r) => r.custom).length);
    },
  );

  // AWS: the GuardDuty detector also carries its owner tag (auth-platform:stack), so its tags
  // differ from the common ones and are printed whole (cut at the line width).
  const DETECTOR_TAGS =
    '      tags: {"auth-platform:stack":"auth-platform/aws","cost-center":"4410","data-classification":"confidential","owner…';
  it.each([
    ["aws", [`    tags: ${TAGS}`, DETECTOR_TAGS]],
    ["azure", [`    tags: ${TAGS}`]],
  ] as const)(
    "THEN %s prints the tags every resource carries once, and only on a resource whose tags differ",
    async (cloud, expected) => {
      const tree = renderTree(await example(cloud));
      const lines = tree.split("\n");
      expect(lines.filter((l) => l.includes("tags:"))).toEqual(expected);
      expect(lines[lines.indexOf(`    tags: ${TAGS}`) - 1]).toBe(
        "Tags on every resource that takes tags (not repeated below):",
      );
    },
  );

  it("THEN the outputs are never cut: each value whole, maps one key per line", async () => {
    const plan = await example("aws");
    const lines = renderTree(plan).split("\n");
    const outputs = lines.slice(lines.indexOf("Outputs:") + 1, lines.indexOf("", lines.indexOf("Outputs:")));
    expect(outputs.filter((l) => l.endsWith("…"))).toEqual([]);
    const store = plan.outputs.sessionStore as Record<string, unknown>;
    const from = outputs.indexOf("  sessionStore:");
    expect(outputs.slice(from + 1, from + 1 + Object.keys(store).length)).toEqual(
      Object.entries(store).map(([k, v]) => `    ${k}: ${String(v)}`),
    );
    expect(outputs).toContain(`  openIdConfigurationUrl: ${String(plan.outputs.openIdConfigurationUrl)}`);
    expect(outputs.filter((l) => l.length > LINE_WIDTH)).toEqual([
      `  openIdConfigurationUrl: ${String(plan.outputs.openIdConfigurationUrl)}`,
    ]);
  });

  it.each([
    ["aws", 47], // 46 on main, plus the detector's tags (its owner tag)
    // 61 without Front Door; its 13 resources, logs and two alerts add 22, and the
    // unauthorized-surge query it replaces takes 3 away.
    ["azure", 80],
  ] as const)(
    "THEN %s cuts %i long input values, counts them once at the end and points to --full",
    async (cloud, cut) => {
      const lines = renderTree(await example(cloud))
        .trimEnd()
        .split("\n");
      expect(lines.filter((l) => l.endsWith("…"))).toHaveLength(cut);
      // Inputs fit the width (outputs, resource names and steps are never cut).
      const inputs = lines.slice(0, lines.indexOf("Outputs:")).filter((l) => /^ {4,}[\w"-]+: /.test(l));
      expect(inputs.filter((l) => l.length > LINE_WIDTH)).toEqual([]);
      expect(lines.at(-1)).toBe(
        `${cut} input values were cut at ${LINE_WIDTH} characters (…): add --full to print every value whole`,
      );
    },
  );

  it.each(["aws", "azure"] as const)(
    "WHEN --full THEN %s cuts nothing: every input is there whole",
    async (cloud) => {
      const plan = await example(cloud);
      const tree = renderTree(plan, { full: true });
      expect(tree).not.toContain("…");
      expect(tree).not.toContain("--full");
      const policy = plan.resources.find(
        (r) => typeof r.inputs.policy === "string" || typeof r.inputs.value === "string",
      );
      const text = String(policy?.inputs.policy ?? policy?.inputs.value);
      for (const line of text.split("\n")) expect(tree).toContain(line);
    },
  );

  it("WHEN steps are left to do by hand THEN they close the tree, one per line", async () => {
    const tree = renderTree(await example("azure"), { byHand: ["first step", "second step"] });
    expect(tree.trimEnd().split("\n").slice(-3)).toEqual([
      "left to do by hand on azure (see README.md, Known limits):",
      "  - first step",
      "  - second step",
    ]);
  });
});

describe("GIVEN resources whose tags differ", () => {
  const resource = (name: string, tags: unknown): PlannedResource => ({
    urn: `urn:pulumi:s::p::t:m:T::${name}`,
    type: "t:m:T",
    name,
    parent: null,
    custom: true,
    protect: false,
    retainOnDelete: false,
    dependsOn: [],
    inputs: tags === undefined ? {} : { tags },
  });
  const plan = (resources: PlannedResource[]): Plan => ({
    project: "p",
    stack: "s",
    cloud: "aws",
    resources,
    outputs: {},
  });

  it("WHEN one carries more THEN the shared ones are hoisted and that one shows all of its own", () => {
    const lines = renderTree(
      plan([
        resource("a", { owner: "x" }),
        resource("b", { owner: "x", Name: "b" }),
        resource("c", undefined),
      ]),
    ).split("\n");
    expect(lines.filter((l) => l.includes("tags:"))).toEqual([
      '    tags: {"owner":"x"}',
      '      tags: {"owner":"x","Name":"b"}',
    ]);
  });

  it("WHEN they share nothing THEN nothing is hoisted", () => {
    const lines = renderTree(plan([resource("a", { owner: "x" }), resource("b", { owner: "y" })])).split(
      "\n",
    );
    expect(lines.filter((l) => l.includes("tags:"))).toEqual([
      '      tags: {"owner":"x"}',
      '      tags: {"owner":"y"}',
    ]);
    expect(lines).not.toContain("Tags on every resource that takes tags (not repeated below):");
  });

  it("WHEN a type has no concern THEN its resources are listed under other, never dropped", () => {
    expect(headings(renderTree(plan([resource("a", undefined)])))).toEqual(["other: 1 resource"]);
  });
});

describe("GIVEN one value", () => {
  it.each([
    ["a short string", "name", "hanbit", ["  name: hanbit"], false],
    ["a long string", "k", "x".repeat(200), [`  k: ${"x".repeat(LINE_WIDTH - 6)}…`], true],
    ["a map", "m", { a: 1, b: [true] }, ['  m: {"a":1,"b":[true]}'], false],
    ["a key with a dot", "orders.read", "x", ['  "orders.read": x'], false],
    ["an empty string", "e", "", ['  e: ""'], false],
  ])("WHEN %s is put on one line THEN %j", (_what, key, value, lines, cut) => {
    expect(oneLine(key, value, "  ")).toEqual({ lines, cut });
  });

  it.each([
    ["a short map stays on its line", { a: 1 }, ['  k: {"a":1}']],
    [
      "a long map opens, one key per line",
      { first: "a".repeat(70), second: { inner: "b".repeat(70) } },
      ["  k:", `    first: ${"a".repeat(70)}`, `    second: {"inner":"${"b".repeat(70)}"}`],
    ],
    [
      "a long list opens, one item per line",
      ["a".repeat(60), "b".repeat(60), { c: "d".repeat(120) }],
      ["  k:", `    - ${"a".repeat(60)}`, `    - ${"b".repeat(60)}`, `    - c: ${"d".repeat(120)}`],
    ],
    [
      "a multi-line string becomes a block",
      "<a>\n  <b/>\n</a>",
      ["  k: |", "    <a>", "      <b/>", "    </a>"],
    ],
  ])("WHEN %s THEN whole() prints it uncut", (_what, value, lines) => {
    expect(whole("k", value, "  ")).toEqual({ lines, cut: false });
  });
});
