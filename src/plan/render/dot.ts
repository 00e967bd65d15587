import type { Plan } from "../model";
import { childrenByParent, dependencyEdges, nodeIds } from "./graph";

/** The resource graph in Graphviz DOT: solid edges to children, dashed edges for dependencies. */
export function renderDot(plan: Plan): string {
  const ids = nodeIds(plan);
  const lines = [
    `digraph ${quote(`${plan.project}/${plan.stack}`)} {`,
    "  rankdir=LR;",
    "  node [shape=box, fontname=Helvetica];",
  ];
  for (const r of plan.resources) {
    const style = r.custom ? "" : ", style=rounded";
    lines.push(`  ${ids.get(r.urn)} [label=${quote(`${r.type}\n${r.name}`)}${style}];`);
  }
  for (const [parent, children] of childrenByParent(plan)) {
    if (parent === "") continue;
    for (const child of children) lines.push(`  ${ids.get(parent)} -> ${ids.get(child.urn)};`);
  }
  for (const [from, to] of dependencyEdges(plan))
    lines.push(`  ${ids.get(from)} -> ${ids.get(to)} [style=dashed, label="depends on"];`);
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}
