import type { Plan, PlannedResource } from "../model";
import { childrenByParent } from "./graph";

const MAX_VALUE = 100;

/** The plan as an indented tree of components and resources, each with its inputs. */
export function renderTree(plan: Plan): string {
  const byParent = childrenByParent(plan);
  const lines = [
    `Plan for ${plan.project}/${plan.stack} on ${plan.cloud}: ${plan.resources.filter((r) => r.custom).length} resources in ${plan.resources.filter((r) => !r.custom).length} components`,
    "",
  ];
  const walk = (resource: PlannedResource, depth: number) => {
    const pad = "  ".repeat(depth);
    const flags = [resource.custom ? "" : "component", resource.protect ? "protected" : ""].filter(Boolean);
    lines.push(`${pad}+ ${resource.type} ${resource.name}${flags.length ? ` [${flags.join(", ")}]` : ""}`);
    for (const [key, value] of Object.entries(resource.inputs))
      lines.push(`${pad}    ${key}: ${short(value)}`);
    for (const child of byParent.get(resource.urn) ?? []) walk(child, depth + 1);
  };
  for (const root of byParent.get("") ?? []) walk(root, 0);
  lines.push("", "Outputs:");
  for (const [key, value] of Object.entries(plan.outputs)) lines.push(`  ${key}: ${short(value)}`);
  return `${lines.join("\n")}\n`;
}

function short(value: unknown): string {
  // Multi-line strings (policy documents) stay on one line, escaped, so the tree keeps its shape.
  const text = typeof value === "string" && !/[\r\n]/.test(value) ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}
