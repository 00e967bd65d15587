import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { AZURE_CONFORMANCE } from "../../src/azure/conformance";
import { readStackFile } from "../../src/plan/stackFile";
import { checkConstraints, describeViolation, unauditedInputs } from "../../src/platform/constraints";
import { azureSettings, azureValues, withSection } from "../azure/platform/support";
import { exampleSettings, PROJECT, planCached, REPO_ROOT } from "../support/harness";

const VARIANTS = readdirSync(resolve(REPO_ROOT, "examples"))
  .filter((f) => f.startsWith("azure-") && f.endsWith(".yaml"))
  .map((f) => f.slice(0, -".yaml".length));

/** Branches no example walks: a B2C tenant created by the stack (existing B2C customers only). */
const CREATED_B2C_TENANT = azureValues({
  azure: withSection("directory", {
    tenant: "create",
    tenantId: undefined,
    create: {
      location: "Asia Pacific",
      sku: "PremiumP1",
      countryCode: "KR",
      displayName: "Hanbit Customers",
    },
  }),
});

const PLANS: [string, () => ReturnType<typeof planCached>][] = [
  ["Pulumi.azure.yaml", () => planCached(exampleSettings("azure"), "azure")],
  ...VARIANTS.map((v): [string, () => ReturnType<typeof planCached>] => [
    `examples/${v}.yaml`,
    () => planCached(readStackFile(resolve(REPO_ROOT, "examples", `${v}.yaml`), PROJECT), v),
  ]),
  ["the example with a B2C tenant created", () => planCached(azureSettings(CREATED_B2C_TENANT), "prod")],
];

describe("GIVEN the Azure constraint audit", () => {
  it("THEN the five Azure variants are there", () => {
    expect(VARIANTS).toEqual([
      "azure-externalid",
      "azure-frontdoor-standard",
      "azure-georeplica",
      "azure-managed-redis",
      "azure-userflows",
    ]);
  });

  it.each(PLANS)(
    "WHEN %s is planned THEN every input of every Azure resource is audited and meets its rules",
    async (_, plan) => {
      const p = await plan();
      expect(unauditedInputs(p, AZURE_CONFORMANCE)).toEqual([]);
      expect(checkConstraints(p, AZURE_CONFORMANCE.constraints).map(describeViolation)).toEqual([]);
    },

    // Each case plans a stack: as long as a plan in a beforeAll may take.
    60_000,
  );

  it("THEN every resource type the Azure program plans is audited, B2C tenants included", {
    timeout: 120_000,
  }, async () => {
    const types = new Set<string>();
    for (const [, plan] of PLANS)
      for (const r of (await plan()).resources)
        if (r.custom && !r.type.startsWith("pulumi:providers:")) types.add(r.type);
    const audited = new Set([
      ...AZURE_CONFORMANCE.constraints.map((c) => c.type),
      ...AZURE_CONFORMANCE.unconstrained.map((u) => u.type),
    ]);
    expect([...types].filter((t) => !audited.has(t))).toEqual([]);
    // 37 without Front Door, whose eight types (src/azure/edge) make 45.
    expect(types.size).toBe(45);
  });
});
