/**
 * Where Microsoft's Trust Framework XSD is found, and the check behind `npm run check:b2c-schema`:
 * the generated B2C custom policies of every fixture, and those the Azure example stack uploads
 * (taken from its offline plan, so they went through the same configuration path as `pulumi up`),
 * validated with xmllint.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { generateCustomPolicies } from "../src/azure/policies";
import { POLICY_FIXTURES } from "../src/azure/policies/fixtures";
import { validateAgainstSchema, xmllintAvailable } from "../src/azure/policies/schema-validation";
import { loadPlanInput } from "../src/plan/input";
import { plan } from "../src/plan/run";

const REPO_ROOT = resolve(__dirname, "..");
const SCHEMA_FILE = "TrustFrameworkPolicy_0.3.0.0.libxml2.xsd";

/**
 * The schema is reference data beside the repository (`../shared/reference/b2c`), not part of
 * it; AUTH_PLATFORM_B2C_SCHEMA points elsewhere (a worktree, another CI layout).
 */
export function defaultSchemaPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.AUTH_PLATFORM_B2C_SCHEMA ?? resolve(REPO_ROOT, "../shared/reference/b2c", SCHEMA_FILE);
}

/** Why the schema tests cannot run here, or undefined when they can. */
export function schemaUnavailable(schema = defaultSchemaPath()): string | undefined {
  if (!existsSync(schema))
    return `Microsoft's B2C schema not found at ${schema} (set AUTH_PLATFORM_B2C_SCHEMA)`;
  if (!xmllintAvailable()) return "xmllint not installed (apt-get install libxml2-utils)";
  return undefined;
}

/** The policies the Azure example stack uploads, from its offline plan. */
async function examplePolicies(): Promise<Array<{ policyId: string; xml: string }>> {
  const planned = await plan(loadPlanInput("azure"));
  return planned.resources
    .filter((r) => r.type.endsWith(":TrustFrameworkPolicy"))
    .map((r) => ({ policyId: String(r.inputs.policyId), xml: String(r.inputs.policyXml) }));
}

/**
 * `npm run check:b2c-schema [-- --schema PATH]`. @returns the exit code: 0 every policy valid
 * (or, without --schema, no schema beside the repository: "skipped"), 1 a policy fails or xmllint
 * is missing, 2 bad arguments or a --schema path that does not exist.
 */
export async function checkB2cSchema(
  args: readonly string[],
  log: { out: (line: string) => void; err: (line: string) => void },
  defaultSchema = defaultSchemaPath(),
): Promise<number> {
  const given = args.length === 2 && args[0] === "--schema" && args[1] ? resolve(args[1]) : undefined;
  if (args.length > 0 && given === undefined) {
    log.err(`usage: npm run check:b2c-schema [-- --schema PATH]; received ${JSON.stringify(args)}`);
    return 2;
  }
  const schema = given ?? defaultSchema;
  if (!existsSync(schema)) {
    if (given === undefined) {
      log.out(`skipped: schema not found at ${schema}`);
      return 0;
    }
    log.err(`--schema ${schema}: no such file; give the path of ${SCHEMA_FILE}`);
    return 2;
  }
  if (!xmllintAvailable()) {
    log.err("xmllint not found: install libxml2-utils (apt-get install -y libxml2-utils)");
    return 1;
  }
  let failures = 0;
  let total = 0;
  const sets = [
    ...POLICY_FIXTURES.map((f) => ({ name: f.name, policies: generateCustomPolicies(f.settings) })),
    { name: "Pulumi.azure.yaml", policies: await examplePolicies() },
  ];
  for (const set of sets) {
    for (const policy of set.policies) {
      total += 1;
      const result = validateAgainstSchema(policy.xml, schema);
      log.out(`${result.valid ? "ok  " : "FAIL"} ${policy.policyId}  (${set.name})`);
      if (!result.valid) {
        failures += 1;
        log.out(result.messages.replace(/^/gm, "      "));
      }
    }
  }
  log.out(`${total - failures}/${total} policies valid against ${schema}`);
  return failures === 0 ? 0 : 1;
}
