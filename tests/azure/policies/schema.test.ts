import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCustomPolicies } from "../../../src/azure/policies";
import { POLICY_FIXTURES } from "../../../src/azure/policies/fixtures";
import {
  schemaAvailable,
  validateAgainstSchema,
  xmllintAvailable,
} from "../../../src/azure/policies/schema-validation";

// Microsoft's XSD is reference data beside the repository, not part of it.
const SCHEMA = resolve(
  __dirname,
  "../../../../shared/reference/b2c/TrustFrameworkPolicy_0.3.0.0.libxml2.xsd",
);
const canValidate = schemaAvailable(SCHEMA) && xmllintAvailable();

describe.skipIf(!canValidate)("Microsoft's Trust Framework schema (xmllint)", () => {
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
});
