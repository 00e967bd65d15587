import { describe, expect, it } from "vitest";
import { all, only } from "../../support/harness";
import { azureValues, planAzure, RG, TENANT_ID, validateAzure, withSection } from "./support";

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
    // no external identity provider, so no federated sign-ins either
    load: { ...(azureValues().load as Record<string, unknown>), federatedShare: 0 },
  });

describe("GIVEN an existing tenant (the example)", () => {
  it("THEN no tenant resource is planned and the directory provider signs in to the tenant as the automation app", async () => {
    const plan = await planAzure(azureValues());
    expect(all(plan, "azure-native:azureactivedirectory:B2CTenant")).toEqual([]);
    expect(all(plan, "azure-native:azureactivedirectory:CIAMTenant")).toEqual([]);
    expect(only(plan, "pulumi:providers:azuread").inputs).toEqual({
      tenantId: TENANT_ID,
      // azuread marks its clientId as secret; the value is azure.directory.automationClientId
      clientId: "[secret]",
      // AZURE_B2C_CLIENT_SECRET, passed explicitly so that ARM_CLIENT_SECRET is never tried
      clientSecret: "[secret]",
      environment: "public",
      useCli: "false",
      useMsi: "false",
      useOidc: "false",
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

describe("GIVEN a new B2C tenant that names a SKU other than P1", () => {
  it.each(["Standard", "PremiumP2"])(
    "WHEN it asks for %s THEN it is refused with the reason",
    async (sku) => {
      const values = creating("b2c");
      (values.azure as { directory: { create: Record<string, unknown> } }).directory.create.sku = sku;
      await expect(validateAzure(values)).rejects.toThrow(
        `azure.directory.create.sku: must be "PremiumP1" for a new B2C tenant: since 2025-05-01 new B2C tenants can only be created with Azure AD B2C P1, and P2 is discontinued since 2026-03-15 (Microsoft's B2C FAQ, "Azure AD B2C end of sale"); received "${sku}"`,
      );
    },
  );
});
