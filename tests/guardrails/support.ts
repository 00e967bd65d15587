import { stringify } from "yaml";
import { joinPath } from "../../src/config/problems";
import { SECRET_FIELDS } from "../../src/config/secret";
import type { StackSettings } from "../../src/plan/stackFile";
import { exampleValues, PROJECT, settingsOf } from "../support/harness";

export const CLOUD_NAMES = ["aws", "azure"] as const;
export type CloudName = (typeof CLOUD_NAMES)[number];

/** The example stacks' provider configuration (region / location). */
export const PROVIDER_CONFIG: Readonly<Record<CloudName, Readonly<Record<string, string>>>> = {
  aws: { "aws:region": "ap-northeast-2" },
  azure: { "azure-native:location": "koreacentral" },
};

/** A mutation value that deletes the key instead of setting it. */
export const REMOVE = Symbol("remove");
export type Value = unknown | typeof REMOVE;

/** One malformed configuration: the example stack of `cloud` with one key broken. */
export interface BadCase {
  readonly cloud: CloudName;
  /** What is wrong, for the test name. */
  readonly what: string;
  /** The key broken, e.g. `identity.providers[0].clientId` or `api.scopes["orders.read"]`; `aws:region` for provider keys. */
  readonly path: string;
  readonly value: Value;
  /** Every problem expected, exactly, as `path: message`. */
  readonly problems: readonly string[];
  /** The key path the problem names when it is not `path` itself (a rule about a neighbouring key). */
  readonly at?: string;
  /** Mutations applied first, to reach the state the case breaks (e.g. tenant "create"). */
  readonly before?: readonly (readonly [string, Value])[];
  /** Also run through `node bin/plan.js --config-file`. */
  readonly cli?: boolean;
}

/** Table helper: `bad("aws", "what", "path", value, ["path: message"], { cli: true })`. */
export function bad(
  cloud: CloudName,
  what: string,
  path: string,
  value: Value,
  problems: readonly string[],
  options: Pick<BadCase, "at" | "before" | "cli"> = {},
): BadCase {
  return { cloud, what, path, value, problems, ...options };
}

/** `a.b[0]["c.d"]` → `["a", "b", 0, "c.d"]`. */
export function segmentsOf(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/\["([^"]*)"\]|\[(\d+)\]|([^.[\]]+)/g)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(m[3] ?? "");
  }
  return out;
}

/** The problem path a broken key is reported at (the program's own spelling). */
export function brokenPath(c: BadCase): string {
  if (c.at !== undefined) return c.at;
  return c.path.includes(":") ? c.path : joinPath(segmentsOf(c.path));
}

function setAt(values: Record<string, unknown>, path: string, value: Value): void {
  const segments = segmentsOf(path);
  let node: Record<string | number, unknown> = values;
  for (const [i, key] of segments.slice(0, -1).entries()) {
    const next = node[key];
    if (typeof next !== "object" || next === null) node[key] = typeof segments[i + 1] === "number" ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  const last = segments.at(-1) ?? "";
  if (value === REMOVE) delete node[last];
  else node[last] = value;
}

/** The example stack's values and provider configuration with the case's mutations applied. */
export function mutated(c: BadCase): { values: Record<string, unknown>; provider: Record<string, string> } {
  const values = structuredClone(exampleValues(c.cloud));
  const provider: Record<string, string> = { ...PROVIDER_CONFIG[c.cloud] };
  for (const [path, value] of [...(c.before ?? []), [c.path, c.value] as const]) {
    // Provider keys (aws:region) are namespaced; a quoted key path (tags["aws:owner"]) is not.
    if (/^[\w-]+:[\w-]+$/.test(path)) {
      if (value === REMOVE) delete provider[path];
      else provider[path] = String(value);
    } else setAt(values, path, value);
  }
  return { values, provider };
}

/** Settings as `pulumi up` hands them over: identity (holding the IdP secrets) is a secret key. */
export function settingsFor(
  values: Record<string, unknown>,
  provider: Record<string, string>,
): StackSettings {
  return settingsOf(values, { providerConfig: provider, secretKeys: ["identity"] });
}

/** A `Pulumi.<stack>.yaml` for the values; secret fields are written as `secure:` values. */
export function stackYaml(values: Record<string, unknown>, provider: Record<string, string>): string {
  const secure = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(secure);
    if (typeof value !== "object" || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        SECRET_FIELDS.has(k) && typeof v === "string"
          ? { secure: "v1:b2ZmbGluZQ==:Z3VhcmRyYWlscw==" }
          : secure(v),
      ]),
    );
  };
  const config: Record<string, unknown> = { ...provider };
  for (const [key, value] of Object.entries(values)) config[`${PROJECT}:${key}`] = secure(value);
  return stringify({ config }, { lineWidth: 0 });
}

/** A line that belongs to a stack trace. */
export const STACK_LINE = /^\s+at /m;

/** Hostile strings, each on its own and as part of values that must be refused or escaped. */
export const HOSTILE = {
  script: '<script>alert("x")</script>',
  entity: "&xxe;",
  cdataEnd: "]]>",
  quotes: `"'`,
  newline: "line\nbreak",
  crlf: "Hanbit\r\nX-Injected: 1",
  nul: "nul\u0000byte",
  escape: "\u001b[31mred",
  rtl: "invoice\u202Egnp.exe",
  traversal: "../../etc/passwd",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile value, written literally on purpose
  template: "${process.env.HOME}",
  mustache: "{{constructor.constructor}}",
  huge: "x".repeat(100_000),
  hugeUnicode: "한".repeat(50_000),
} as const;

/** A list of `n` copies of `item`. */
export const many = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => item);
