import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { azureCloud } from "../../../src/azure/cloud";
import { automationPermissions } from "../../../src/azure/directory/automation";
import type { ResolvedConfig } from "../../../src/config/validate";
import { REPO_ROOT, repoFile } from "../../support/harness";

// docs/azure.md's "Credentials" section is a promise: these tests hold the code to it.

const docs = repoFile("docs/azure.md");
/** The cells of the docs table row that starts with `first`. */
const row = (first: string) =>
  (docs.split("\n").find((line) => line.startsWith(`| ${first}`)) ?? "").split("|").map((c) => c.trim());
const codeNames = (cell: string | undefined) => [...(cell ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1]);

describe("GIVEN docs/azure.md's credential table", () => {
  it("THEN the automation app's row names exactly the variables the Azure implementation reads", () => {
    const variables = row("**Automation app**")[2];
    expect(codeNames(variables)).toEqual([...(azureCloud.secretVariables ?? [])]);
    expect(azureCloud.secretVariables).toEqual(["AZURE_B2C_CLIENT_SECRET"]);
  });

  it("THEN the subscription deployer's row names only the ARM_* variables azure-native reads itself", () => {
    expect(codeNames(row("**Subscription deployer**")[2])).toEqual([
      "azure-native",
      "az login",
      "ARM_CLIENT_ID",
      "ARM_CLIENT_SECRET",
      "ARM_TENANT_ID",
      "ARM_SUBSCRIPTION_ID",
    ]);
  });

  it.each([
    ["B2C with user flows", "b2c", "userFlows"],
    ["B2C with custom policies", "b2c", "customPolicies"],
    ["External ID", "externalId", "userFlows"],
  ] as const)("THEN the %s permissions are exactly those the code asks for", (first, mode, policyMode) => {
    const config = { azure: { directory: { mode, policyMode } } } as unknown as ResolvedConfig<"azure">;
    expect(codeNames(row(first)[2])).toEqual(automationPermissions(config));
  });
});

/** Every .ts file under a directory. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("GIVEN the program's sources", () => {
  it("THEN process.env is read only to hand the environment over, by the Graph provider for its secret, and for the plan's root", () => {
    const readers = sources(join(REPO_ROOT, "src"))
      .filter((file) => /process\.env/.test(readFileSync(file, "utf8")))
      .map((file) => relative(REPO_ROOT, file))
      .sort();
    expect(readers).toEqual(["src/azure/graph/connection.ts", "src/plan/input.ts", "src/program.ts"]);
  });
});
