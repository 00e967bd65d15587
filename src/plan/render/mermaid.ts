import type { Plan } from "../model";
import { clusterTitle, LEGEND, resourceGraph, rows } from "./graph";

/**
 * The resource graph as a Mermaid flowchart, shaped like the DOT graph: one subgraph per
 * concern titled with what it needs from the others, stacked top to bottom by invisible links,
 * its boxes in rows stacked the same way; an arrow means "needs" inside a subgraph; protected
 * resources carry the `protected` class (thick red border).
 */
export function renderMermaid(plan: Plan): string {
  const graph = resourceGraph(plan);
  const total = graph.clusters.reduce((n, c) => n + c.nodes.length, 0);
  const lines = [
    "---",
    `title: ${graph.title}, ${total} resources`,
    "---",
    "flowchart TB",
    `  %% ${LEGEND}; thick red border: protected`,
    "  classDef protected stroke:#c0392b,stroke-width:3px",
  ];
  for (const [index, cluster] of graph.clusters.entries()) {
    lines.push(`  subgraph c${index}["${label(clusterTitle(graph, index))}"]`);
    const heads: string[] = [];
    for (const row of rows(cluster.nodes)) {
      for (const node of row) {
        const protect = node.resource.protect ? ":::protected" : "";
        lines.push(`    ${node.id}["${label(`${node.kind}\n${node.resource.name}`)}"]${protect}`);
      }
      if (row[0]) heads.push(row[0].id);
    }
    for (const [above, below] of heads.slice(1).map((id, i) => [heads[i], id]))
      lines.push(`    ${above} ~~~ ${below}`);
    lines.push("  end");
  }
  for (const index of graph.clusters.keys()) if (index > 0) lines.push(`  c${index - 1} ~~~ c${index}`);
  for (const [from, to] of graph.edges) lines.push(`  ${from} --> ${to}`);
  return `${lines.join("\n")}\n`;
}

function label(text: string): string {
  return text.replace(/"/g, "#quot;").replace(/\n/g, "<br/>");
}
