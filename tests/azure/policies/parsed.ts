/** Test helper: parse generated XML back with fast-xml-parser into a small queryable tree. */
import { XMLParser } from "fast-xml-parser";

export interface Node {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
  /** Concatenated text of the direct text children. */
  text: string;
}

type Ordered = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  ignoreDeclaration: true,
});

function convert(entry: Ordered): Node | undefined {
  const name = Object.keys(entry).find((k) => k !== ":@" && k !== "#text");
  if (name === undefined) return undefined;
  const rawChildren = (entry[name] as Ordered[]) ?? [];
  const attrs = (entry[":@"] as Record<string, string> | undefined) ?? {};
  const children: Node[] = [];
  let text = "";
  for (const child of rawChildren) {
    if ("#text" in child) {
      text += String(child["#text"]);
    } else {
      const node = convert(child);
      if (node !== undefined) children.push(node);
    }
  }
  return { name, attrs: { ...attrs }, children, text: children.length === 0 ? text : text.trim() };
}

/** Parses a document and returns its root element. */
export function parse(xml: string): Node {
  const top = parser.parse(xml) as Ordered[];
  for (const entry of top) {
    const node = convert(entry);
    if (node !== undefined) return node;
  }
  throw new Error("no root element");
}

export function kids(node: Node, name: string): Node[] {
  return node.children.filter((c) => c.name === name);
}

export function kid(node: Node, name: string): Node {
  const found = kids(node, name);
  if (found.length !== 1)
    throw new Error(`expected one <${name}> under <${node.name}>, found ${found.length}`);
  return found[0] as Node;
}

/** Follows a path of child names, each step expecting exactly one match. */
export function at(node: Node, ...path: string[]): Node {
  return path.reduce(kid, node);
}

/** All descendants (depth first) with this element name. */
export function all(node: Node, name: string): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    for (const c of n.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}

/** `<Metadata>` items of a technical profile or content definition as a plain object. */
export function metadataOf(node: Node): Record<string, string> {
  const md = kids(node, "Metadata")[0];
  return Object.fromEntries(
    (md === undefined ? [] : kids(md, "Item")).map((i) => [i.attrs.Key ?? "", i.text]),
  );
}

/** Technical profiles by Id across one document (several definitions of one Id are merged in order). */
export function technicalProfiles(root: Node, id: string): Node[] {
  return all(root, "TechnicalProfile").filter((tp) => tp.attrs.Id === id);
}
