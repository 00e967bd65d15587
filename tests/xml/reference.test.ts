import { describe, expect, it } from "vitest";
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import {
  baseDocument,
  extensionsDocument,
  localizationDocument,
  relyingPartyDocument,
} from "../../src/azure/policies/documents";
import { POLICY_NAMESPACE } from "../../src/azure/policies/dsl";
import { POLICY_FIXTURES } from "../../src/azure/policies/fixtures";
import { resolveSettings } from "../../src/azure/policies/resolve";
import {
  el,
  isElement,
  type RenderXmlOptions,
  renderXml,
  type XmlElement,
  type XmlNode,
} from "../../src/xml";

// renderXml writes XML itself (src/xml/render.ts says why). These tests hold it to the
// output of xmlbuilder2, the maintained library it replaced, byte for byte: every B2C policy
// document the fixtures generate and a few hundred random trees with hostile text.

/** The former renderXml on xmlbuilder2 (every `&` escaped first, so `&xxe;` stays text). */
function xmlbuilder2Render(root: XmlElement, options: RenderXmlOptions = {}): string {
  const amp = (value: string) => value.replace(/&/g, "&amp;");
  const write = (parent: XMLBuilder, element: XmlElement, namespace: string | undefined) => {
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(element.attributes))
      if (value !== undefined) attributes[key] = amp(String(value));
    const node =
      namespace === undefined
        ? parent.ele(element.name, attributes)
        : parent.ele(namespace, element.name, attributes);
    for (const child of element.children)
      if (isElement(child)) write(node, child, undefined);
      else node.txt(amp(child));
  };
  const declaration = options.declaration ?? true;
  const doc = declaration ? create({ version: "1.0", encoding: "utf-8" }) : create();
  write(doc, root, options.namespace);
  return doc.end({ prettyPrint: options.prettyPrint ?? true, headless: !declaration, wellFormed: true });
}

describe("GIVEN every B2C policy document of every fixture", () => {
  const documents = POLICY_FIXTURES.flatMap((f) => {
    const s = resolveSettings(f.settings);
    return [
      baseDocument(s),
      localizationDocument(s),
      extensionsDocument(s),
      relyingPartyDocument(s, "signUpOrSignIn"),
      relyingPartyDocument(s, "passwordReset"),
      relyingPartyDocument(s, "profileEdit"),
    ].map((tree, i) => [`${f.name} #${i + 1}`, tree] as const);
  });

  it.each(documents)("THEN %s renders exactly as xmlbuilder2 renders it", (_name, tree) => {
    const options = { namespace: POLICY_NAMESPACE };
    expect(renderXml(tree, options)).toBe(xmlbuilder2Render(tree, options));
  });
});

/** A small deterministic generator (mulberry32), so a failure names a reproducible seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ["Item", "a", "Claim_Type", "x.y-z", "B2C"];
const TEXTS = [
  "",
  " ",
  "plain",
  `<script>&"'`,
  "&amp; &lt;",
  "&xxe;",
  "]]>",
  "카카오 🔐",
  "line\nbreak\ttab",
  "  padded  ",
];

function tree(next: () => number, depth: number): XmlElement {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const attributes = Object.fromEntries(
    Array.from({ length: Math.floor(next() * 3) }, (_, i) => [
      `${pick(NAMES)}${i}`,
      pick([...TEXTS, 42, true]),
    ]),
  );
  const count = depth > 3 ? 0 : Math.floor(next() * 4);
  const children: XmlNode[] = Array.from({ length: count }, () =>
    next() < 0.5 ? pick(TEXTS) : tree(next, depth + 1),
  );
  return el(pick(NAMES), attributes, children);
}

describe("GIVEN random trees of nested, text-only, mixed and empty elements with hostile text", () => {
  const seeds = Array.from({ length: 300 }, (_, i) => i + 1);
  it.each([
    ["pretty with a namespace and a declaration", { namespace: "urn:test" }],
    ["compact without a declaration", { prettyPrint: false, declaration: false }],
  ] as const)("WHEN rendered %s THEN every one matches xmlbuilder2 byte for byte", (_how, options) => {
    const differing = seeds.filter((seed) => {
      const t = tree(random(seed), 0);
      return renderXml(t, options) !== xmlbuilder2Render(t, options);
    });
    expect(differing).toEqual([]);
  });
});
