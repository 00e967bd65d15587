import { readFileSync } from "node:fs";
import {
  type Document,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from "yaml";
import { suggest } from "../config/problems";
import { securePaths } from "../config/securePaths";

/** A placeholder that stands in for an encrypted `secure:` value; it is always shown as "[secret]". */
export const SECRET_PLACEHOLDER = "offline-plan-placeholder-secret";

/** What a stack settings file holds, in the form Pulumi passes configuration to a program. */
export interface StackSettings {
  /** Full keys (`auth-platform:identity`, `aws:region`) → values; structured values as JSON text. */
  readonly config: Record<string, string>;
  /** Full keys whose value is or contains a `secure:` value. */
  readonly secretKeys: string[];
  /** Paths (in the project's namespace) of each `secure:` value, when read from a settings file. */
  readonly securePaths?: string[];
}

/** A settings file that cannot be read or parsed; its message names the file and line. */
export class StackFileError extends Error {
  override name = "StackFileError";
}

/** Reads a `Pulumi.<stack>.yaml`: `secure:` values become placeholders, and keys without a namespace get the project's. */
export function readStackFile(path: string, project: string): StackSettings {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const reasons: Record<string, string> = {
      ENOENT: "it does not exist",
      EISDIR: "it is a directory",
      EACCES: "permission denied",
    };
    const reason = reasons[(error as NodeJS.ErrnoException).code ?? ""] ?? (error as Error).message;
    throw new StackFileError(`${path}: cannot read the stack settings file (${reason})`);
  }
  return parseStackSettings(text, path, project);
}

/**
 * The top-level keys of a stack settings file (ProjectStack in pulumi/sdk/go/common/workspace/
 * project.go); only `config` matters offline.
 */
export const STACK_FILE_KEYS = ["config", "environment", "secretsprovider", "encryptedkey", "encryptionsalt"];

export function parseStackSettings(text: string, path: string, project: string): StackSettings {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  const first = doc.errors[0];
  if (first) {
    const line = lineCounter.linePos(errorStart(doc, first.pos[0], first.code)).line;
    throw new StackFileError(
      `${path}${line ? `:${line}` : ""}: not valid YAML (${first.message.split("\n")[0]})`,
    );
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) {
    throw new StackFileError(
      `${path}: the file is empty; a stack settings file holds a "config:" map of keys`,
    );
  }
  if (!isMap(root)) throw new StackFileError(`${path}: must be a map with a "config" key`);
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (STACK_FILE_KEYS.includes(key)) continue;
    const at = isScalar(pair.key) && pair.key.range ? `:${lineCounter.linePos(pair.key.range[0]).line}` : "";
    const guess = suggest(key, STACK_FILE_KEYS);
    throw new StackFileError(
      `${path}${at}: unknown key ${JSON.stringify(key)}; ${guess ? `did you mean "${guess}"? ` : ""}a stack settings file holds ${STACK_FILE_KEYS.join(", ")}`,
    );
  }
  const configNode = root.get("config", true);
  if (configNode === undefined || (isScalar(configNode) && configNode.value === null))
    return { config: {}, secretKeys: [] };
  if (!isMap(configNode)) throw new StackFileError(`${path}: "config" must be a map of keys to values`);

  const config: Record<string, string> = {};
  const secretKeys: string[] = [];
  for (const pair of configNode.items) {
    const rawKey = isScalar(pair.key) ? String(pair.key.value) : "";
    const key = rawKey.includes(":") ? rawKey : `${project}:${rawKey}`;
    const found = { secret: false };
    const value = toPlain(pair.value as Node | null, found);
    config[key] = value !== null && typeof value === "object" ? JSON.stringify(value) : String(value ?? "");
    if (found.secret) secretKeys.push(key);
  }
  return { config, secretKeys, securePaths: [...securePaths(doc.toJS(), project)] };
}

/**
 * Where a YAML error starts. An unclosed flow collection or quote is only noticed where the
 * parser runs out of it, often on the next line: point at the line that opened it instead.
 */
function errorStart(doc: Document, position: number, code: string): number {
  if (code !== "MISSING_CHAR" && code !== "BAD_INDENT") return position;
  let start = position;
  let innermost = -1;
  visit(doc, (_key, node) => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    const opens =
      (isCollection(node) && node.flow === true) ||
      (isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE"));
    if (opens && range && range[0] < position && position <= range[2] + 1 && range[0] > innermost) {
      innermost = range[0];
      start = range[0];
    }
  });
  return start;
}

/** Converts a YAML node to plain data, replacing `{ secure: ... }` with the placeholder. */
function toPlain(node: Node | null, found: { secret: boolean }): unknown {
  if (node === null || node === undefined) return null;
  if (isMap(node)) {
    const secure =
      node.items.length === 1 && isScalar(node.items[0]?.key) && node.items[0]?.key.value === "secure";
    if (secure) {
      found.secret = true;
      return SECRET_PLACEHOLDER;
    }
    const out: Record<string, unknown> = {};
    for (const item of node.items)
      out[isScalar(item.key) ? String(item.key.value) : ""] = toPlain(item.value as Node | null, found);
    return out;
  }
  if (isSeq(node)) return node.items.map((item) => toPlain(item as Node | null, found));
  if (isScalar(node)) return node.value;
  return null;
}
