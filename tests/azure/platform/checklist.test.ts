import { beforeAll, describe, expect, it } from "vitest";
import { runChecklist } from "../../../src/azure/checklist";
import type { Plan } from "../../../src/plan/model";
import { exampleSettings, planCached } from "../../support/harness";

let plan: Plan;
beforeAll(async () => {
  plan = await planCached(exampleSettings("azure"), "azure");
});

/** The plan with one resource's inputs changed. */
function mutate(name: string, change: Record<string, unknown>): Plan {
  return {
    ...plan,
    resources: plan.resources.map((r) =>
      r.name === name ? { ...r, inputs: { ...r.inputs, ...change } } : r,
    ),
  };
}
const failures = (p: Plan) =>
  Object.fromEntries(runChecklist(p).flatMap((c) => (c.violations.length > 0 ? [[c.id, c.violations]] : [])));

describe("GIVEN the example Azure plan", () => {
  it("THEN every check looks at the expected resources and passes", () => {
    expect(runChecklist(plan).map((c) => [c.id, c.checked.sort(), c.violations])).toEqual([
      ["CKV_AZURE_91", ["hanbit-redis"], []],
      ["CKV_AZURE_148", ["hanbit-redis"], []],
      ["CKV_AZURE_230", ["hanbit-redis"], []],
      ["CKV_AZURE_89", ["hanbit-redis"], []],
      ["CKV_AZURE_173", ["hanbit-apim"], []],
      ["CKV_AZURE_215", ["hanbit-api"], []],
      ["Azure.APIM.ManagedIdentity", ["hanbit-apim"], []],
    ]);
  });
});

describe("GIVEN a plan weakened on purpose", () => {
  it.each([
    [
      "hanbit-redis",
      { enableNonSslPort: true },
      { CKV_AZURE_91: ["hanbit-redis: enableNonSslPort is not false"] },
    ],
    [
      "hanbit-redis",
      { minimumTlsVersion: "1.0" },
      { CKV_AZURE_148: ["hanbit-redis: minimumTlsVersion is 1.0"] },
    ],
    [
      "hanbit-redis",
      { sku: { name: "Basic", family: "C", capacity: 1 } },
      { CKV_AZURE_230: ["hanbit-redis: sku is Basic"] },
    ],
    [
      "hanbit-redis",
      { publicNetworkAccess: "Enabled" },
      { CKV_AZURE_89: ["hanbit-redis: publicNetworkAccess is Enabled beside a private endpoint"] },
    ],
    [
      "hanbit-apim",
      {
        customProperties: {
          ...Object.fromEntries(
            ["Ssl30", "Tls10", "Tls11"].flatMap((p) => [
              [`Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.${p}`, "False"],
              [`Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Backend.Protocols.${p}`, "False"],
            ]),
          ),
          "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Backend.Protocols.Tls10": "True",
        },
      },
      {
        CKV_AZURE_173: [
          'hanbit-apim: Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Backend.Protocols.Tls10 is not "False"',
        ],
      },
    ],
    [
      "hanbit-api",
      { serviceUrl: "http://orders.internal" },
      { CKV_AZURE_215: ["hanbit-api: backend URL http://orders.internal is not https"] },
    ],
    [
      "hanbit-apim",
      { identity: { type: "None" } },
      { "Azure.APIM.ManagedIdentity": ["hanbit-apim: identity type is None"] },
    ],
  ] as const)("WHEN %s gets %j THEN exactly %j fails", (name, change, expected) => {
    expect(failures(mutate(name, change))).toEqual(expected);
  });

  it("WHEN the private endpoint is gone THEN CKV_AZURE_89 holds whatever the public access", () => {
    const p = {
      ...plan,
      resources: plan.resources
        .filter((r) => r.type !== "azure-native:network:PrivateEndpoint")
        .map((r) =>
          r.name === "hanbit-redis" ? { ...r, inputs: { ...r.inputs, publicNetworkAccess: "Enabled" } } : r,
        ),
    };
    const result = runChecklist(p).find((c) => c.id === "CKV_AZURE_89");
    expect({ ...result, checked: result?.checked.sort() }).toEqual({
      id: "CKV_AZURE_89",
      title: "Redis cache has public network access off when reached privately",
      checked: ["hanbit-redis"],
      violations: [],
    });
  });
});
