import { XMLParser, XMLValidator } from "fast-xml-parser";
import { type Plan, SECRET_SHOWN, UNKNOWN_SHOWN } from "../../src/plan/model";

/** A JSON or XML document found in a resource input: where, and its raw text. */
export interface FoundDocument {
  /** `resourceName.inputPath`, e.g. `hanbit-api-policy.value`. */
  readonly at: string;
  readonly kind: "json" | "xml";
  readonly raw: string;
  /** Every text, attribute value (XML) or string (JSON) in it, decoded. */
  readonly strings: readonly string[];
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
});

/** Every string leaf of parsed data, in document order. */
export function leaves(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(leaves);
  return [];
}

function parsed(raw: string): Pick<FoundDocument, "kind" | "strings"> | undefined {
  const text = raw.trimStart();
  if (raw === SECRET_SHOWN || raw === UNKNOWN_SHOWN) return undefined;
  if (text.startsWith("<")) {
    if (XMLValidator.validate(raw) !== true) throw new Error(`not well-formed XML: ${raw.slice(0, 200)}`);
    return { kind: "xml", strings: leaves(xml.parse(raw)) };
  }
  if (text.startsWith("{") || text.startsWith("[")) {
    return { kind: "json", strings: leaves(JSON.parse(raw)) };
  }
  return undefined;
}

/** Every input of every resource whose value is a JSON or XML document (parsed: malformed ones throw). */
export function documentsOf(plan: Plan): FoundDocument[] {
  const found: FoundDocument[] = [];
  const walk = (value: unknown, at: string) => {
    if (typeof value === "string") {
      const doc = parsed(value);
      if (doc) found.push({ at, raw: value, ...doc });
    } else if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, `${at}[${i}]`);
    else if (typeof value === "object" && value !== null)
      for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`);
  };
  for (const r of plan.resources) walk(r.inputs, r.name);
  return found;
}

/** Where each of `values` appears as a whole string among the resources' inputs: `resource.path`. */
export function locationsOf(plan: Plan, values: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = Object.fromEntries(values.map((v) => [v, []]));
  const walk = (value: unknown, at: string) => {
    if (typeof value === "string") out[value]?.push(at);
    else if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, `${at}[${i}]`);
    else if (typeof value === "object" && value !== null)
      for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`);
  };
  for (const r of plan.resources) walk(r.inputs, r.name);
  return out;
}
