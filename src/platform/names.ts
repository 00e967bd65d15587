import { createHash } from "node:crypto";

/** `text` with every run of characters outside `allowed` made one hyphen, and no hyphen at either end. */
export function hyphenated(text: string, notAllowed: RegExp): string {
  return text
    .replace(notAllowed, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * `head-tail` within `max` characters: a head too long keeps its start and a short hash of the
 * whole, so two stacks never share a name by truncation.
 */
export function fittedName(head: string, tail: string, max: number): string {
  const full = `${head}-${tail}`;
  if (full.length <= max) return full;
  const hash = createHash("sha256").update(full).digest("hex").slice(0, 6);
  return `${head.slice(0, max - tail.length - hash.length - 2).replace(/-+$/, "")}-${hash}-${tail}`;
}
