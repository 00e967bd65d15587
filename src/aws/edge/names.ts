import { createHash } from "node:crypto";
import type { AwsContext } from "../context";

/** Load balancer and target group names: at most 32 letters, digits and hyphens (ELB's validName). */
export const ELB_NAME_MAX = 32;

/**
 * `<name>-<stack>-<suffix>` as Elastic Load Balancing accepts it: characters other than letters,
 * digits and hyphens become hyphens, and a name too long keeps its suffix and its start, with a
 * short hash of the whole in between, so two stacks never share a name by truncation.
 */
export function elbName(ctx: Pick<AwsContext, "config" | "stack">, suffix: string): string {
  const full = `${ctx.config.name}-${ctx.stack}-${suffix}`
    .replace(/[^A-Za-z0-9-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
  if (full.length <= ELB_NAME_MAX) return full;
  const hash = createHash("sha256").update(full).digest("hex").slice(0, 6);
  const head = full.slice(0, ELB_NAME_MAX - suffix.length - hash.length - 2).replace(/-+$/, "");
  return `${head}-${hash}-${suffix}`;
}
