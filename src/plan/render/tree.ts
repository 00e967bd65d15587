import { CONCERNS, concernOf } from "../../platform/concerns";
import type { Plan, PlannedResource } from "../model";
import { childrenByParent } from "./graph";
import { commonTags, tagsShown } from "./tags";
import { type KeyValueLines, LINE_WIDTH, oneLine, whole } from "./values";

export interface TreeOptions {
  /** Print every input value whole instead of cutting long ones at the line width. @default false */
  readonly full?: boolean;
  /** Steps the configuration leaves to an administrator, printed last. @default none */
  readonly byHand?: readonly string[];
  /** The capacity section (renderCapacity), printed after the outputs. @default none */
  readonly capacity?: string;
}

/**
 * The plan for a reader: the components and their inputs, the tags every tagged resource
 * carries (once), then the cloud resources grouped by concern (identity, clients, gateway, ...)
 * in registration order with their inputs, then the stack outputs, never cut.
 */
export function renderTree(plan: Plan, options: TreeOptions = {}): string {
  const custom = plan.resources.filter((r) => r.custom);
  const components = plan.resources.filter((r) => !r.custom);
  const lines = [
    `Plan for ${plan.project}/${plan.stack} on ${plan.cloud}: ${custom.length} resources in ${components.length} components`,
  ];
  let cut = 0;
  const show = (key: string, value: unknown, indent: string) => {
    const shown: KeyValueLines = options.full ? whole(key, value, indent) : oneLine(key, value, indent);
    if (shown.cut) cut += 1;
    lines.push(...shown.lines);
  };
  const byParent = childrenByParent(plan);
  const walk = (resource: PlannedResource, depth: number) => {
    if (resource.custom) return;
    lines.push(`${"  ".repeat(depth)}+ ${resource.type} ${resource.name} [component]`);
    for (const [key, value] of Object.entries(resource.inputs)) show(key, value, `${"  ".repeat(depth)}    `);
    for (const child of byParent.get(resource.urn) ?? []) walk(child, depth + 1);
  };
  lines.push("");
  for (const root of byParent.get("") ?? []) walk(root, 0);

  const common = commonTags(custom);
  if (common !== undefined) {
    lines.push("", "Tags on every resource that takes tags (not repeated below):");
    show("tags", common, "    ");
  }
  const names = new Map(plan.resources.map((r) => [r.urn, r]));
  for (const concern of [...CONCERNS, "other"] as const) {
    // Same types together, registration order within a type (Array.prototype.sort is stable).
    const members = custom
      .filter((r) => concernOf(r.type) === concern)
      .sort((a, b) => a.type.localeCompare(b.type));
    if (members.length === 0) continue;
    lines.push("", `${concern}: ${members.length} ${members.length === 1 ? "resource" : "resources"}`);
    for (const r of members) {
      const parent = r.parent ? names.get(r.parent) : undefined;
      const flags = [r.protect ? "protected" : "", parent?.custom ? `child of ${parent.name}` : ""];
      const flagText = flags.filter(Boolean).join(", ");
      lines.push(`  + ${r.type} ${r.name}${flagText ? ` [${flagText}]` : ""}`);
      for (const [key, value] of Object.entries(r.inputs)) {
        const shown = key === "tags" && common !== undefined ? tagsShown(value, common) : value;
        if (shown !== undefined) show(key, shown, "      ");
      }
    }
  }
  lines.push("", "Outputs:");
  for (const [key, value] of Object.entries(plan.outputs)) lines.push(...whole(key, value, "  ").lines);
  if (cut > 0) {
    lines.push(
      "",
      `${cut} input ${cut === 1 ? "value was" : "values were"} cut at ${LINE_WIDTH} characters (…): add --full to print every value whole`,
    );
  }
  if (options.capacity) lines.push(options.capacity.replace(/\n$/, ""));
  if (options.byHand && options.byHand.length > 0) {
    lines.push(
      "",
      `left to do by hand on ${plan.cloud} (see README.md, Known limits):`,
      ...options.byHand.map((step) => `  - ${step}`),
    );
  }
  return `${lines.join("\n")}\n`;
}
