/**
 * A tiny, generic element tree for building XML documents as data.
 *
 * Documents are built as plain values (`el("Item", { Key: "scope" }, ["openid"])`) and turned
 * into text only by {@link renderXml}, which checks every name and escapes every attribute value
 * and text node. No other code in this project writes XML text: build a tree, then render it.
 *
 * The tree knows nothing about any particular schema; the Azure AD B2C policy builder and the
 * API Management policy builder both sit on top of it.
 */

/** An attribute value; `undefined` means "leave the attribute out". */
export type XmlAttributeValue = string | number | boolean | undefined;

/** Attributes of one element, in the order they should be written. */
export type XmlAttributes = Readonly<Record<string, XmlAttributeValue>>;

/** A child of an element: another element, or a text node. */
export type XmlNode = XmlElement | string;

/** One XML element. Build it with {@link el}. */
export interface XmlElement {
  readonly kind: "element";
  /** Local name; the document namespace is applied when rendering. */
  readonly name: string;
  readonly attributes: XmlAttributes;
  readonly children: readonly XmlNode[];
}

/**
 * A child slot as written at a call site: `false`, `null` and `undefined` are dropped and
 * nested arrays are flattened, so optional parts read as `cond && el(...)` or
 * `list.map(...)` without extra filtering.
 */
export type XmlChildInput = XmlNode | false | null | undefined | readonly XmlChildInput[];

function flatten(input: readonly XmlChildInput[], out: XmlNode[]): XmlNode[] {
  for (const child of input) {
    if (child === false || child === null || child === undefined) continue;
    if (Array.isArray(child)) {
      flatten(child, out);
    } else {
      out.push(child as XmlNode);
    }
  }
  return out;
}

/**
 * Builds an element.
 *
 * @param name local element name
 * @param attributes attribute map; entries whose value is `undefined` are omitted
 * @param children child elements and text; see {@link XmlChildInput}
 */
export function el(
  name: string,
  attributes: XmlAttributes = {},
  children: readonly XmlChildInput[] = [],
): XmlElement {
  return { kind: "element", name, attributes, children: flatten(children, []) };
}

/** Builds an element whose only child is one text node, e.g. `<DataType>string</DataType>`. */
export function textEl(
  name: string,
  text: string | number | boolean,
  attributes: XmlAttributes = {},
): XmlElement {
  return el(name, attributes, [String(text)]);
}

/** Type guard for element children (as opposed to text). */
export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== "string";
}
