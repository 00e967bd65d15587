import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { isElement, type XmlElement } from "./element";

/** Options of {@link renderXml}. */
export interface RenderXmlOptions {
  /**
   * Default namespace of the document: written as `xmlns` on the root element and
   * inherited by every descendant.
   * @default no namespace
   */
  namespace?: string;
  /**
   * Write the `<?xml version="1.0" encoding="utf-8"?>` declaration.
   * @default true
   */
  declaration?: boolean;
  /**
   * Indent with two spaces, one element a line. Text-only elements stay on one line, so
   * pretty printing never changes a text value.
   * @default true
   */
  prettyPrint?: boolean;
}

/** Thrown when a tree cannot be written as well-formed XML 1.0. */
export class XmlRenderError extends Error {
  override name = "XmlRenderError";
}

// XML 1.0 `Char` production: tab, LF, CR and everything from U+0020 except surrogates
// (paired surrogates form astral characters, which are allowed) and U+FFFE/U+FFFF.
const INVALID_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
// Simplified XML `Name` without a namespace prefix.
const NAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

function describe(path: string): string {
  return path === "" ? "the document" : path;
}

function checkText(value: string, path: string): void {
  const match = INVALID_CHAR.exec(value);
  if (match) {
    const code = match[0].codePointAt(0) ?? 0;
    throw new XmlRenderError(
      `${describe(path)}: contains U+${code.toString(16).toUpperCase().padStart(4, "0")}, which XML 1.0 does not allow; remove control characters`,
    );
  }
}

function checkName(name: string, path: string): void {
  if (!NAME.test(name)) {
    throw new XmlRenderError(`${describe(path)}: "${name}" is not a valid XML name`);
  }
}

/**
 * xmlbuilder2 escapes `<`, `>` and `"` but deliberately leaves an `&` alone when it already
 * starts something that looks like an entity (`&amp;`, `&name;`, `&#60;`), so a value such as
 * `&xxe;` would reach the document as an entity reference. Escaping every `&` first leaves
 * only `&amp;` sequences, which it then passes through unchanged: the value round-trips.
 */
function ampersands(value: string): string {
  return value.replace(/&/g, "&amp;");
}

function write(parent: XMLBuilder, element: XmlElement, path: string, namespace: string | undefined): void {
  const here = `${path}/${element.name}`;
  checkName(element.name, here);
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(element.attributes)) {
    if (value === undefined) continue;
    checkName(key, `${here}@${key}`);
    const text = String(value);
    checkText(text, `${here}@${key}`);
    attributes[key] = ampersands(text);
  }
  const node =
    namespace === undefined
      ? parent.ele(element.name, attributes)
      : parent.ele(namespace, element.name, attributes);
  for (const child of element.children) {
    if (isElement(child)) {
      write(node, child, here, undefined);
    } else {
      checkText(child, `${here}/text()`);
      node.txt(ampersands(child));
    }
  }
}

/**
 * Renders an element tree as an XML document. Every attribute value and text node is
 * escaped (`&`, `<`, `>`, and `"` in attributes), so any string, including one a tenant or
 * user supplied, parses back to exactly the value that went in.
 *
 * @throws XmlRenderError when a name is not an XML name or a value holds a character XML
 *   1.0 cannot carry (control characters); the message gives the element path.
 */
export function renderXml(root: XmlElement, options: RenderXmlOptions = {}): string {
  const declaration = options.declaration ?? true;
  const doc = declaration ? create({ version: "1.0", encoding: "utf-8" }) : create();
  write(doc, root, "", options.namespace);
  return doc.end({ prettyPrint: options.prettyPrint ?? true, headless: !declaration, wellFormed: true });
}
