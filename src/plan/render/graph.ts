import { CONCERNS, type Concern, concernOf } from "../../platform/concerns";
import type { Plan, PlannedResource } from "../model";

/** Children of each parent URN, in registration order; roots under the key "". */
export function childrenByParent(plan: Plan): Map<string, PlannedResource[]> {
  const known = new Set(plan.resources.map((r) => r.urn));
  const byParent = new Map<string, PlannedResource[]>();
  for (const resource of plan.resources) {
    const parent = resource.parent && known.has(resource.parent) ? resource.parent : "";
    byParent.set(parent, [...(byParent.get(parent) ?? []), resource]);
  }
  return byParent;
}

/** One box of the graph: a cloud resource. */
export interface GraphNode {
  readonly id: string;
  readonly resource: PlannedResource;
  /** The type's last segment, e.g. `UserPool` for `aws:cognito/userPool:UserPool`. */
  readonly kind: string;
}

/** The resource graph as the renderers draw it: resources clustered by concern, dependencies between them. */
export interface ResourceGraph {
  readonly title: string;
  /** The components (the stack, AuthPlatform), named once in the title instead of drawn as boxes. */
  readonly components: readonly PlannedResource[];
  readonly clusters: ReadonlyArray<{
    readonly concern: Concern | "other";
    readonly nodes: readonly GraphNode[];
  }>;
  /**
   * `from` needs `to` (explicit dependsOn or an input fed by `to`'s outputs, implied ones left
   * out), both in the same cluster.
   */
  readonly edges: ReadonlyArray<readonly [from: string, to: string]>;
  /** Between clusters, one entry per pair: how many resources of cluster `from` need one of cluster `to`. */
  readonly clusterEdges: ReadonlyArray<{
    readonly from: number;
    readonly to: number;
    readonly count: number;
  }>;
}

/** What the arrows of both graphs mean. */
export const LEGEND =
  "arrow: needs, within a group (implied ones left out); a group's title says what it needs from other groups";

/**
 * Builds the graph both renderers draw. Components become the title; parent edges are left out
 * (every resource is the platform component's child, which the title says once); a dependency
 * another path implies (a → b → c makes a → c) is left out; dependencies between clusters are
 * counted per pair of clusters instead of drawn one by one.
 */
export function resourceGraph(plan: Plan): ResourceGraph {
  const custom = plan.resources.filter((r) => r.custom);
  const components = plan.resources.filter((r) => !r.custom);
  const nodes = new Map(
    custom.map((r, i): [string, GraphNode] => [
      r.urn,
      { id: `r${i}`, resource: r, kind: r.type.split(":").at(-1) ?? r.type },
    ]),
  );
  const needs = new Map(
    custom.map((r) => [r.urn, new Set(r.dependsOn.filter((d) => nodes.has(d) && d !== r.urn))]),
  );
  const edges = transitiveReduction(needs);
  const byConcern = (concern: Concern | "other") =>
    custom
      .filter((r) => concernOf(r.type) === concern)
      .map((r) => nodes.get(r.urn) as GraphNode)
      .sort((a, b) => a.kind.localeCompare(b.kind));
  const clusters = [...CONCERNS, "other" as const]
    .map((concern) => ({ concern, nodes: byConcern(concern) }))
    .filter((c) => c.nodes.length > 0);
  const clusterOf = new Map(clusters.flatMap((c, i) => c.nodes.map((n) => [n.resource.urn, i] as const)));
  const between = new Map<string, Set<string>>();
  for (const [from, to] of edges) {
    const [a, b] = [clusterOf.get(from), clusterOf.get(to)];
    if (a === b) continue;
    between.set(`${a}>${b}`, (between.get(`${a}>${b}`) ?? new Set()).add(from));
  }
  return {
    title: `${plan.project}/${plan.stack} on ${plan.cloud}`,
    components,
    clusters,
    edges: edges
      .filter(([from, to]) => clusterOf.get(from) === clusterOf.get(to))
      .map(([from, to]) => [nodes.get(from)?.id ?? "", nodes.get(to)?.id ?? ""] as const),
    clusterEdges: [...between].map(([key, froms]) => {
      const [from, to] = key.split(">").map(Number);
      return { from: from ?? 0, to: to ?? 0, count: froms.size };
    }),
  };
}

/** The edges left when every edge another path already implies is removed (the graph is acyclic). */
function transitiveReduction(needs: ReadonlyMap<string, ReadonlySet<string>>): Array<[string, string]> {
  const reachable = new Map<string, Set<string>>();
  const reach = (urn: string): Set<string> => {
    const known = reachable.get(urn);
    if (known) return known;
    const out = new Set<string>();
    reachable.set(urn, out);
    for (const d of needs.get(urn) ?? []) {
      out.add(d);
      for (const further of reach(d)) out.add(further);
    }
    return out;
  };
  const edges: Array<[string, string]> = [];
  for (const [from, deps] of needs) {
    for (const to of deps) {
      const implied = [...deps].some((other) => other !== to && reach(other).has(to));
      if (!implied) edges.push([from, to]);
    }
  }
  return edges;
}

/** Width budget of one row of boxes, in characters of the longest label in the cluster. */
const ROW_CHARACTERS = 170;
const MAX_COLUMNS = 5;

/**
 * A cluster's boxes in rows, in order, so that no row is wider than about ROW_CHARACTERS
 * characters of labels (at 12 pt, about 1,400 px): the renderers stack the rows, so the picture
 * grows down instead of sideways and fits a 1,920-pixel screen (tests/plan/graph.test.ts renders it).
 */
export function rows(nodes: readonly GraphNode[]): GraphNode[][] {
  const widest = Math.max(...nodes.map((n) => Math.max(n.kind.length, n.resource.name.length) + 4));
  const columns = Math.max(1, Math.min(MAX_COLUMNS, Math.floor(ROW_CHARACTERS / widest)));
  const out: GraphNode[][] = [];
  for (let i = 0; i < nodes.length; i += columns) out.push(nodes.slice(i, i + columns));
  return out;
}

/** A cluster's title: its concern, how many resources, and what it needs from other clusters. */
export function clusterTitle(graph: ResourceGraph, index: number): string {
  const cluster = graph.clusters[index];
  const count = cluster?.nodes.length ?? 0;
  const needs = graph.clusterEdges
    .filter((e) => e.from === index)
    .sort((a, b) => a.to - b.to)
    .map((e) => `${graph.clusters[e.to]?.concern} (${e.count})`);
  return `${cluster?.concern}: ${count} ${count === 1 ? "resource" : "resources"}${needs.length > 0 ? `; needs ${needs.join(", ")}` : ""}`;
}
