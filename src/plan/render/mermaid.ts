import type { Plan } from "../model";
import { childrenByParent, dependencyEdges, nodeIds } from "./graph";

/** The resource graph as a Mermaid flowchart: solid edges to children, dotted edges for dependencies. */
export function renderMermaid(plan: Plan): string {
  const ids = nodeIds(plan);
  const lines = ["flowchart TD"];
  for (const r of plan.resources) lines.push(`  ${ids.get(r.urn)}["${label(`${r.type}\n${r.name}`)}"]`);
  for (const [parent, children] of childrenByParent(plan)) {
    if (parent === "") continue;
    for (const child of children) lines.push(`  ${ids.get(parent)} --> ${ids.get(child.urn)}`);
  }
  for (const [from, to] of dependencyEdges(plan))
    lines.push(`  ${ids.get(from)} -.->|depends on| ${ids.get(to)}`);
  return `${lines.join("\n")}\n`;
}

function label(text: string): string {
  return text.replace(/"/g, "#quot;").replace(/\n/g, "<br/>");
}
