/** How wide a line of the tree may grow before a value is cut (without --full) or expanded. */
export const LINE_WIDTH = 120;

/** Lines that show one `key: value`, and whether the value had to be cut to fit. */
export interface KeyValueLines {
  readonly lines: string[];
  readonly cut: boolean;
}

/**
 * `key: value` on one line, cut at LINE_WIDTH with "…". Multi-line strings (policy
 * documents) stay on the line, escaped, so the tree keeps its shape.
 */
export function oneLine(key: string, value: unknown, indent: string): KeyValueLines {
  const line = `${indent}${keyText(key)}: ${inline(value)}`;
  if (line.length <= LINE_WIDTH) return { lines: [line], cut: false };
  return { lines: [`${line.slice(0, LINE_WIDTH - 1)}…`], cut: true };
}

/**
 * `key: value` whole, never cut: a value that fits stays on the line; a longer map or list
 * opens into one line per entry (YAML's block layout) and a multi-line string into a block.
 */
export function whole(key: string, value: unknown, indent: string): KeyValueLines {
  return { lines: entryLines(keyText(key), value, indent), cut: false };
}

function entryLines(key: string, value: unknown, indent: string): string[] {
  const head = `${indent}${key}:`;
  if (typeof value === "string" && /[\r\n]/.test(value)) {
    return [`${head} |`, ...value.split(/\r?\n/).map((line) => `${indent}  ${line}`)];
  }
  if (fitsInline(value, head.length + 1)) return [`${head} ${inline(value)}`];
  return [head, ...blockLines(value, `${indent}  `)];
}

/** The entries of a map or list that does not fit on one line, one (or more) lines each. */
function blockLines(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (fitsInline(item, indent.length + 2) && !isMultiline(item)) return [`${indent}- ${inline(item)}`];
      const inner = Array.isArray(item) ? blockLines(item, `${indent}  `) : itemLines(item, `${indent}  `);
      return [`${indent}- ${(inner[0] ?? "").trimStart()}`, ...inner.slice(1)];
    });
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    entryLines(keyText(k), v, indent),
  );
}

function itemLines(item: unknown, indent: string): string[] {
  if (isMultiline(item))
    return [
      `${indent}|`,
      ...String(item)
        .split(/\r?\n/)
        .map((l) => `${indent}  ${l}`),
    ];
  return blockLines(item, indent);
}

function fitsInline(value: unknown, used: number): boolean {
  if (isMultiline(value)) return false;
  if (typeof value !== "object" || value === null) return true;
  return used + inline(value).length <= LINE_WIDTH;
}

function isMultiline(value: unknown): boolean {
  return typeof value === "string" && /[\r\n]/.test(value);
}

/** A value on one line: plain text for a one-line string, JSON for anything else. */
export function inline(value: unknown): string {
  if (typeof value === "string" && value !== "" && !/[\r\n]/.test(value)) return value;
  return JSON.stringify(value) ?? String(value);
}

/** Keys that are not plain names are quoted, so a key cannot pass for another line of the tree. */
function keyText(key: string): string {
  return /^[\w-]+$/.test(key) ? key : JSON.stringify(key);
}
