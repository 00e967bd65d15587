import { readFileSync } from "node:fs";
import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
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
  } catch {
    throw new StackFileError(`${path}: cannot read the stack settings file`);
  }
  return parseStackSettings(text, path, project);
}

export function parseStackSettings(text: string, path: string, project: string): StackSettings {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  const first = doc.errors[0];
  if (first) {
    const line = lineCounter.linePos(first.pos[0]).line;
    throw new StackFileError(
      `${path}${line ? `:${line}` : ""}: not valid YAML (${first.message.split("\n")[0]})`,
    );
  }
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { config: {}, secretKeys: [] };
  if (!isMap(root)) throw new StackFileError(`${path}: must be a map with a "config" key`);
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
