import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import type { Plan } from "../../src/plan/model";
import { renderDot } from "../../src/plan/render/dot";
import { renderMermaid } from "../../src/plan/render/mermaid";
import { concernOf } from "../../src/platform/concerns";
import { exampleSettings, planCached } from "../support/harness";

const example = (cloud: "aws" | "azure") => planCached(exampleSettings(cloud), cloud);

/** A full-HD screen, and a height that scrolls at most about two and a half of its screens. */
const SCREEN_WIDTH = 1920;
const MAX_HEIGHT = 2600;

const hasDot = spawnSync("dot", ["-V"]).status === 0;

/** The size Graphviz draws a DOT graph at, in CSS pixels (SVG points × 4/3, a browser at 100 %). */
function renderedSize(dot: string): { width: number; height: number } {
  const run = spawnSync("dot", ["-Tsvg"], { input: dot, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`dot failed: ${run.stderr}`);
  const [, width, height] = /<svg width="([\d.]+)pt" height="([\d.]+)pt"/.exec(run.stdout) ?? [];
  return { width: Math.round((Number(width) * 4) / 3), height: Math.round((Number(height) * 4) / 3) };
}

const CLUSTER_TITLES = {
  aws: [
    "identity: 8 resources; needs clients (3)",
    "clients: 5 resources; needs identity (5)",
    "gateway: 12 resources; needs clients (1), monitoring (1)",
    "edges: 22 resources; needs identity (2), clients (1)",
    "session store: 5 resources",
    "monitoring: 22 resources; needs identity (5), clients (1), gateway (3), edges (3), threat detection (2)",
    "threat detection: 4 resources; needs identity (1), monitoring (1)",
  ],
  azure: [
    "foundation: 1 resource",
    "identity: 12 resources; needs clients (1)",
    "clients: 23 resources",
    // The API policy carries the Front Door profile's ID (X-Azure-FDID): gateway needs edges.
    "gateway: 13 resources; needs foundation (1), identity (1), clients (1), edges (1)",
    // Front Door's 13 resources and the cache's private endpoint; its origin is the gateway.
    "edges: 14 resources; needs foundation (3), gateway (1), session store (1)",
    "session store: 4 resources; needs foundation (1)",
    // Front Door's logs and its two alerts read the profile.
    "monitoring: 14 resources; needs foundation (2), gateway (4), edges (3), session store (4)",
    "threat detection: 3 resources",
  ],
};

describe.each(["aws", "azure"] as const)("GIVEN the %s example's resource graph", (cloud) => {
  let plan: Plan;
  let dot: string;
  let mermaid: string;
  beforeAll(async () => {
    plan = await example(cloud);
    dot = renderDot(plan);
    mermaid = renderMermaid(plan);
  }, 120_000);

  it("WHEN rendered THEN one cluster per concern, in the platform's order, titled with what it needs", () => {
    expect(
      [...dot.matchAll(/subgraph cluster_\d+ \{\n {4}graph \[label="([^"]+)"/g)].map((m) => m[1]),
    ).toEqual(CLUSTER_TITLES[cloud]);
    expect([...mermaid.matchAll(/^ {2}subgraph c\d+\["([^"]+)"\]$/gm)].map((m) => m[1])).toEqual(
      CLUSTER_TITLES[cloud],
    );
  });

  it("THEN every cloud resource is one box, in its concern's cluster, and no component is a box", () => {
    const custom = plan.resources.filter((r) => r.custom);
    for (const graph of [dot, mermaid]) {
      const boxes = graph.match(/^ {4}r\d+ ?\[/gm) ?? [];
      expect(boxes).toHaveLength(custom.length);
    }
    const clusters = dot.split(/ {2}subgraph cluster_\d+ \{/).slice(1);
    for (const r of custom) {
      const holder = clusters.findIndex((c) => c.includes(`\\n${r.name}"`));
      expect(CLUSTER_TITLES[cloud][holder]?.startsWith(`${concernOf(r.type)}:`)).toBe(true);
    }
    expect(dot).not.toContain("AuthPlatform\\n");
  });

  it("THEN protected resources, and only they, have the thick red border", () => {
    const protectedNames = plan.resources.filter((r) => r.protect).map((r) => r.name);
    // AWS: the user pool, the session store and the load balancer's access-log bucket; Azure:
    // the cache (the existing tenant is not the stack's, Front Door holds no user data).
    expect(protectedNames).toHaveLength(cloud === "aws" ? 3 : 1);
    const red = [...dot.matchAll(/\\n([\w-]+)", color="#c0392b", penwidth=3/g)].map((m) => m[1]);
    expect(red.sort()).toEqual(protectedNames.sort());
    const marked = [...mermaid.matchAll(/<br\/>([\w-]+)"\]:::protected$/gm)].map((m) => m[1]);
    expect(marked.sort()).toEqual(protectedNames.sort());
  });

  it("THEN no arrow carries a label: the legend says once what an arrow means", () => {
    const arrows = dot.split("\n").filter((l) => / -> /.test(l));
    expect(arrows.length).toBeGreaterThan(0);
    expect(arrows.filter((l) => l.includes("label"))).toEqual([]);
    expect(mermaid).not.toMatch(/-->\|/);
    expect(dot).toContain("arrow: needs, within a group (implied ones left out)");
  });

  it.skipIf(!hasDot)(
    `THEN Graphviz draws it within ${SCREEN_WIDTH} px wide and ${MAX_HEIGHT} px high, at 12 pt (${hasDot ? "dot found" : "skipped: Graphviz's dot is not installed; apt-get install graphviz"})`,
    () => {
      const size = renderedSize(dot);
      expect(size.width).toBeLessThanOrEqual(SCREEN_WIDTH);
      expect(size.height).toBeLessThanOrEqual(MAX_HEIGHT);
      // Legible at that size: nothing scales the drawing down, boxes keep a 12-point font.
      expect(dot).not.toMatch(/\b(size|ratio|dpi)=/);
      expect(dot).toContain("fontname=Helvetica, fontsize=12");
    },
  );
});
