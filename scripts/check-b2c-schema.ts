/**
 * Validates the generated Azure AD B2C custom policies against Microsoft's Trust Framework XSD
 * with xmllint: those of every fixture, and those the Azure example stack uploads (taken from
 * its offline plan, so they went through the same configuration path as `pulumi up`).
 *
 *   npx tsx scripts/check-b2c-schema.ts [--schema PATH]
 *
 * Default schema: ../shared/reference/b2c/TrustFrameworkPolicy_0.3.0.0.libxml2.xsd relative to
 * the repository root. Exits 0 with "skipped: ..." when the schema file is absent, 1 when any
 * policy fails (or xmllint is missing while the schema is present), 2 on bad arguments.
 */
import { resolve } from "node:path";
import { generateCustomPolicies } from "../src/azure/policies";
import { POLICY_FIXTURES } from "../src/azure/policies/fixtures";
import {
  schemaAvailable,
  validateAgainstSchema,
  xmllintAvailable,
} from "../src/azure/policies/schema-validation";
import { loadPlanInput } from "../src/plan/input";
import { plan } from "../src/plan/run";

const REPO_ROOT = resolve(__dirname, "..");
const DEFAULT_SCHEMA = resolve(REPO_ROOT, "../shared/reference/b2c/TrustFrameworkPolicy_0.3.0.0.libxml2.xsd");

function schemaPathFrom(args: readonly string[]): string | undefined {
  if (args.length === 0) return DEFAULT_SCHEMA;
  if (args.length === 2 && args[0] === "--schema" && args[1] !== undefined && args[1] !== "")
    return resolve(args[1]);
  return undefined;
}

/** The policies the Azure example stack uploads, from its offline plan. */
async function examplePolicies(): Promise<Array<{ policyId: string; xml: string }>> {
  const planned = await plan(loadPlanInput("azure"));
  return planned.resources
    .filter((r) => r.type.endsWith(":TrustFrameworkPolicy"))
    .map((r) => ({ policyId: String(r.inputs.policyId), xml: String(r.inputs.policyXml) }));
}

async function main(args: readonly string[]): Promise<number> {
  const schema = schemaPathFrom(args);
  if (schema === undefined) {
    console.error(
      `usage: npx tsx scripts/check-b2c-schema.ts [--schema PATH]; received ${JSON.stringify(args)}`,
    );
    return 2;
  }
  if (!schemaAvailable(schema)) {
    console.log(`skipped: schema not found at ${schema}`);
    return 0;
  }
  if (!xmllintAvailable()) {
    console.error("xmllint not found: install libxml2-utils (apt-get install -y libxml2-utils)");
    return 1;
  }
  let failures = 0;
  let total = 0;
  const sets = [
    ...POLICY_FIXTURES.map((fixture) => ({
      name: fixture.name,
      policies: generateCustomPolicies(fixture.settings),
    })),
    { name: "Pulumi.azure.yaml", policies: await examplePolicies() },
  ];
  for (const set of sets) {
    for (const policy of set.policies) {
      total += 1;
      const result = validateAgainstSchema(policy.xml, schema);
      console.log(`${result.valid ? "ok  " : "FAIL"} ${policy.policyId}  (${set.name})`);
      if (!result.valid) {
        failures += 1;
        console.log(result.messages.replace(/^/gm, "      "));
      }
    }
  }
  console.log(`${total - failures}/${total} policies valid against ${schema}`);
  return failures === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
