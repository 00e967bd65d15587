import { describe, expect, it } from "vitest";
import { all, only } from "../../support/harness";
import { azureValues, planAzure, RG, TENANT_ID, withSection } from "./support";

const TAGS = { owner: "platform-team", "cost-center": "4410", "data-classification": "confidential" };
const creating = (mode: "b2c" | "externalId") =>
  azureValues({
    azure: withSection("directory", {
      mode,
      tenant: "create",
      tenantId: undefined,
      policyMode: "userFlows",
      create: {
        location: "Asia Pacific",
        sku: "PremiumP1",
        countryCode: "KR",
        displayName: "Hanbit Customers",
      },
    }),
    identity: {
      ...(azureValues().identity as Record<string, unknown>),
      mfa: { mode: "required", factors: ["email"] },
      providers: [],
    },
  });

describe("GIVEN an existing tenant (the example)", () => {
  it("THEN no tenant resource is planned and the directory provider points at the tenant as the automation app", async () => {
    const plan = await planAzure(azureValues());
    expect(all(plan, "azure-native:azureactivedirectory:B2CTenant")).toEqual([]);
    expect(all(plan, "azure-native:azureactivedirectory:CIAMTenant")).toEqual([]);
    expect(only(plan, "pulumi:providers:azuread").inputs).toEqual({
      tenantId: TENANT_ID,
      // azuread marks its clientId as secret; the value is azure.directory.automationClientId
      clientId: "[secret]",
      environment: "public",
      useCli: "false",
      useMsi: "false",
    });
  });
});

describe("GIVEN tenant creation", () => {
  it("WHEN mode is b2c THEN a protected B2CTenant is named by its full domain", async () => {
    const plan = await planAzure(creating("b2c"));
    const tenant = only(plan, "azure-native:azureactivedirectory:B2CTenant");
    expect(tenant.name).toBe("hanbit-b2c-tenant");
    expect(tenant.protect).toBe(true);
    expect(tenant.inputs).toEqual({
      resourceGroupName: RG,
      resourceName: "hanbitb2c.onmicrosoft.com",
      location: "Asia Pacific",
      sku: { name: "PremiumP1", tier: "A0" },
      countryCode: "KR",
      displayName: "Hanbit Customers",
      tags: TAGS,
    });
    const provider = only(plan, "pulumi:providers:azuread");
    expect(provider.dependsOn).toEqual([tenant.urn]);
    const issuer = plan.outputs.issuerUrl as string;
    expect(issuer).toMatch(/^https:\/\/hanbitb2c\.b2clogin\.com\/[0-9a-f-]{36}\/v2\.0\/$/);
    expect(issuer.includes(TENANT_ID)).toBe(false);
  });

  it("WHEN mode is externalId THEN a protected CIAMTenant is named by its subdomain only", async () => {
    const plan = await planAzure(creating("externalId"));
    const tenant = only(plan, "azure-native:azureactivedirectory:CIAMTenant");
    expect(tenant.name).toBe("hanbit-external-tenant");
    expect(tenant.protect).toBe(true);
    expect(tenant.inputs).toEqual({
      resourceGroupName: RG,
      resourceName: "hanbitb2c",
      location: "Asia Pacific",
      sku: { name: "PremiumP1", tier: "A0" },
      createTenantProperties: { countryCode: "KR", displayName: "Hanbit Customers" },
      tags: TAGS,
    });
    const tenantId = (plan.outputs.issuerUrl as string).split("/")[3] ?? "";
    expect(plan.outputs.openIdConfigurationUrl).toBe(
      `https://hanbitb2c.ciamlogin.com/${tenantId}/v2.0/.well-known/openid-configuration`,
    );
    const apps = all(plan, "azuread:index/application:Application");
    expect(new Set(apps.map((a) => a.inputs.signInAudience))).toEqual(new Set(["AzureADMyOrg"]));
  });
});

describe("GIVEN tenant creation with protection.allowDeletion", () => {
  it("THEN the tenant is neither protected nor retained, so pulumi destroy deletes it", async () => {
    const plan = await planAzure({ ...creating("externalId"), protection: { allowDeletion: true } });
    const tenant = only(plan, "azure-native:azureactivedirectory:CIAMTenant");
    expect([tenant.protect, tenant.retainOnDelete]).toEqual([false, false]);
  });
});
