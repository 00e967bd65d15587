import { describe, expect, it } from "vitest";
import { checkB2cSchema, defaultSchemaPath, schemaUnavailable } from "../../../scripts/b2c-schema";
import { generateCustomPolicies } from "../../../src/azure/policies";
import { POLICY_FIXTURES } from "../../../src/azure/policies/fixtures";
import { validateAgainstSchema } from "../../../src/azure/policies/schema-validation";

// Microsoft's XSD is reference data beside the repository, not part of it. Without it (or
// xmllint) the tests below are skipped, and both their name and a line in the output say why.
const SCHEMA = defaultSchemaPath();
const unavailable = schemaUnavailable(SCHEMA);
if (unavailable) console.warn(`B2C schema tests skipped: ${unavailable}`);

describe("npm run check:b2c-schema", () => {
  it("GIVEN --schema with a path that does not exist THEN exit 2 naming the path, not 'skipped'", async () => {
    const lines: string[] = [];
    const code = await checkB2cSchema(["--schema", "/wrong/path.xsd"], {
      out: (l) => lines.push(`out: ${l}`),
      err: (l) => lines.push(`err: ${l}`),
    });
    expect([code, lines]).toEqual([
      2,
      [
        "err: --schema /wrong/path.xsd: no such file; give the path of TrustFrameworkPolicy_0.3.0.0.libxml2.xsd",
      ],
    ]);
  });

  it("GIVEN no --schema and no schema beside the repository THEN exit 0 with one 'skipped' line naming where it looked", async () => {
    const lines: string[] = [];
    const code = await checkB2cSchema(
      [],
      { out: (l) => lines.push(l), err: (l) => lines.push(l) },
      "/nowhere/x.xsd",
    );
    expect([code, lines]).toEqual([0, ["skipped: schema not found at /nowhere/x.xsd"]]);
  });

  it("GIVEN AUTH_PLATFORM_B2C_SCHEMA THEN that path is the default", () => {
    expect(defaultSchemaPath({ AUTH_PLATFORM_B2C_SCHEMA: "/ref/b2c.xsd" })).toBe("/ref/b2c.xsd");
  });
});

describe.skipIf(unavailable !== undefined)(
  `Microsoft's Trust Framework schema (xmllint)${unavailable ? `: skipped, ${unavailable}` : ""}`,
  () => {
    const cases = POLICY_FIXTURES.flatMap((f) =>
      generateCustomPolicies(f.settings).map((p) => [p.policyId, f.name, p.xml] as const),
    );

    it.each(cases)("GIVEN %s of «%s» WHEN validated THEN it conforms", (_id, _fixture, xml) => {
      expect(validateAgainstSchema(xml, SCHEMA)).toEqual({ valid: true, messages: "" });
    });

    it("GIVEN a policy without its required PolicyId WHEN validated THEN xmllint rejects it and says why", () => {
      const [first] = generateCustomPolicies(
        POLICY_FIXTURES[0]?.settings ?? {
          tenant: "x",
          identityExperienceFramework: { appId: "", proxyAppId: "" },
        },
      );
      const broken = (first?.xml ?? "").replace(/ PolicyId="[^"]*"/, "");
      const result = validateAgainstSchema(broken, SCHEMA);
      expect(result.valid).toBe(false);
      expect(result.messages.includes("The attribute 'PolicyId' is required but missing.")).toBe(true);
    });

    it("GIVEN an element the schema does not know WHEN validated THEN xmllint rejects it", () => {
      const [first] = generateCustomPolicies(
        POLICY_FIXTURES[0]?.settings ?? {
          tenant: "x",
          identityExperienceFramework: { appId: "", proxyAppId: "" },
        },
      );
      const broken = (first?.xml ?? "").replace("<BuildingBlocks>", "<BuildingBlocks><NotInSchema/>");
      expect(validateAgainstSchema(broken, SCHEMA).valid).toBe(false);
    });
  },
);
