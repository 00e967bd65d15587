import type { Plan } from "../model";
import { clusterTitle, LEGEND, resourceGraph, rows } from "./graph";

/**
 * The resource graph in Graphviz DOT, laid out to be read on one screen: one cluster per
 * concern, stacked top to bottom, each in rows narrow enough for a 1,920-pixel screen; an arrow
 * means "needs" inside a cluster, and a cluster's title names what it needs from the others;
 * protected resources have a thick red border.
 */
export function renderDot(plan: Plan): string {
  const graph = resourceGraph(plan);
  const legend = [
    `${graph.title}: ${graph.clusters.reduce((n, c) => n + c.nodes.length, 0)} resources`,
    `components: ${graph.components.map((c) => `${c.name} (${c.type})`).join(" > ")}`,
    LEGEND,
    "thick red border: protected (Pulumi refuses to delete it)",
  ];
  const lines = [
    `digraph ${quote(`${plan.project}/${plan.stack}`)} {`,
    `  graph [label=${quote(`${legend.join("\n")}\n`, "\\l")}, labelloc=t, labeljust=l, fontname=Helvetica, fontsize=14, rankdir=TB, newrank=true, nodesep=0.2, ranksep=0.3];`,
    '  node [shape=box, style="rounded,filled", fillcolor=white, fontname=Helvetica, fontsize=12, margin="0.1,0.05"];',
    '  edge [color="#7f8c99", arrowsize=0.6];',
  ];
  // The middle box of each row is on one vertical line (group "spine") and invisible edges
  // stack the rows and the clusters along it: the picture grows down, centred, not sideways.
  const spine: string[] = [];
  for (const [index, cluster] of graph.clusters.entries()) {
    lines.push(`  subgraph cluster_${index} {`);
    lines.push(
      `    graph [label=${quote(clusterTitle(graph, index))}, style=rounded, color="#b0bec5", fontsize=13];`,
    );
    for (const row of rows(cluster.nodes)) {
      const middle = row[Math.floor((row.length - 1) / 2)];
      for (const node of row) {
        const protectedStyle = node.resource.protect ? ', color="#c0392b", penwidth=3' : "";
        const group = node === middle ? ", group=spine" : "";
        lines.push(
          `    ${node.id} [label=${quote(`${node.kind}\n${node.resource.name}`)}${protectedStyle}${group}];`,
        );
      }
      if (row.length > 1) lines.push(`    { rank=same; ${row.map((n) => n.id).join("; ")}; }`);
      if (middle) spine.push(middle.id);
    }
    lines.push("  }");
  }
  // Edges are written outside the clusters: an edge inside a cluster would pull both ends into it.
  for (const [above, below] of spine.slice(1).map((id, i) => [spine[i], id]))
    lines.push(`  ${above} -> ${below} [style=invis, weight=10];`);
  for (const [from, to] of graph.edges) lines.push(`  ${from} -> ${to} [constraint=false];`);
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

function quote(text: string, lineEnd = "\\n"): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, lineEnd)}"`;
}
