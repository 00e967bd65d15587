import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { el, renderXml, textEl, XmlRenderError } from "../../src/xml";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

describe("renderXml", () => {
  it("GIVEN a nested tree with a namespace WHEN rendered THEN the root declares it once and children inherit it", () => {
    const xml = renderXml(el("Root", { Version: "1" }, [el("Child", { Key: "a" }, ["text"]), el("Empty")]), {
      namespace: "urn:example",
    });
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Root xmlns="urn:example" Version="1">',
        '  <Child Key="a">text</Child>',
        "  <Empty/>",
        "</Root>",
      ].join("\n"),
    );
  });

  it("GIVEN declaration and pretty printing off WHEN rendered THEN the output is one compact element", () => {
    expect(renderXml(el("A", {}, [textEl("B", 42)]), { declaration: false, prettyPrint: false })).toBe(
      "<A><B>42</B></A>",
    );
  });

  it("GIVEN undefined attributes and false/null/undefined children WHEN rendered THEN they are left out", () => {
    const optional: string | undefined = undefined;
    const tree = el("A", { Keep: "k", Drop: undefined, Flag: true }, [
      false,
      null,
      undefined,
      [el("B"), [false, el("C")]],
      optional,
    ]);
    expect(renderXml(tree, { declaration: false, prettyPrint: false })).toBe(
      '<A Keep="k" Flag="true"><B/><C/></A>',
    );
  });

  it.each([
    ["markup and quotes", `<script>&"'`],
    ["already-escaped entities", "&amp; &lt; &quot;"],
    ["an undeclared entity reference", "&xxe; &lol;"],
    ["numeric character references", "&#60; &#x3C;"],
    ["a CDATA terminator", "]]>"],
    ["Korean and emoji", "카카오 로그인 🔐"],
    ["a regular expression", "^(?=.*[a-z])[^@\\s]+@[^@\\s]+$"],
  ])(
    "GIVEN %s in an attribute and in text WHEN rendered and parsed back THEN both values are identical",
    (_name, value) => {
      const xml = renderXml(el("Root", {}, [el("Item", { Key: value }, [value])]));
      expect(xml.includes("<script>")).toBe(false);
      const parsed = parser.parse(xml) as { Root: { Item: { "@Key": string; "#text": string } } };
      expect(parsed.Root.Item["@Key"]).toBe(value);
      expect(parsed.Root.Item["#text"]).toBe(value);
    },
  );

  it("GIVEN a control character in text WHEN rendered THEN it throws naming the element path and the code point", () => {
    expect(() => renderXml(el("Root", {}, [el("Item", {}, ["a\u0001b"])]))).toThrow(
      new XmlRenderError(
        "/Root/Item/text(): contains U+0001, which XML 1.0 does not allow; remove control characters",
      ),
    );
  });

  it("GIVEN a control character in an attribute WHEN rendered THEN it throws naming the attribute", () => {
    expect(() => renderXml(el("Root", { Key: "x\u001b" }))).toThrow(
      new XmlRenderError(
        "/Root@Key: contains U+001B, which XML 1.0 does not allow; remove control characters",
      ),
    );
  });

  it("GIVEN an element name that is not an XML name WHEN rendered THEN it throws", () => {
    expect(() => renderXml(el("Root", {}, [el("bad name")]))).toThrow(
      new XmlRenderError('/Root/bad name: "bad name" is not a valid XML name'),
    );
  });
});
