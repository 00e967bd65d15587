import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it, vi } from "vitest";
import { all, only, planWith } from "../../support/harness";
import { azureSettings, azureValues, planAzure, RG, TENANT_ID, validateAzure, withSection } from "./support";

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

describe("GIVEN a tenant the platform creates, without a SKU", () => {
  const withoutSku = (mode: "b2c" | "externalId", sku?: string) => {
    const values = creating(mode);
    const azure = values.azure as { directory: { create: Record<string, unknown> } };
    azure.directory.create = {
      location: "Asia Pacific",
      countryCode: "KR",
      displayName: "Hanbit Customers",
      sku,
    };
    return values;
  };
  const warnings = async (values: Record<string, unknown>) => {
    const warn = vi.spyOn(pulumi.log, "warn").mockResolvedValue(undefined);
    try {
      const plan = await planWith(azureSettings(values), "prod", {});
      return { plan, said: warn.mock.calls.map((call) => call[0]) };
    } finally {
      warn.mockRestore();
    }
  };

  it("WHEN mode is b2c THEN it is created with P1, and the run warns that only existing B2C customers can", async () => {
    const { plan, said } = await warnings(withoutSku("b2c"));
    expect(only(plan, "azure-native:azureactivedirectory:B2CTenant").inputs.sku).toEqual({
      name: "PremiumP1",
      tier: "A0",
    });
    expect(said).toEqual([
      'azure.directory.mode is "b2c" with tenant "create": Azure AD B2C is no longer sold to new customers since 2025-05-01, so only an organization that already has Azure AD B2C can create this tenant (Microsoft\'s B2C FAQ, "Azure AD B2C end of sale"). New customers: set azure.directory.mode to "externalId" (Microsoft Entra External ID, its successor).',
    ]);
  });

  it("WHEN mode is externalId THEN it is created with Standard and nothing is said", async () => {
    const { plan, said } = await warnings(withoutSku("externalId"));
    expect(only(plan, "azure-native:azureactivedirectory:CIAMTenant").inputs.sku).toEqual({
      name: "Standard",
      tier: "A0",
    });
    expect(said).toEqual([]);
  });

  it.each(["Standard", "PremiumP2"])(
    "WHEN a new B2C tenant asks for %s THEN it is refused with the reason",
    async (sku) => {
      await expect(validateAzure(withoutSku("b2c", sku))).rejects.toThrow(
        `azure.directory.create.sku: must be "PremiumP1" for a new B2C tenant: since 2025-05-01 new B2C tenants can only be created with Azure AD B2C P1, and P2 is discontinued since 2026-03-15 (Microsoft's B2C FAQ, "Azure AD B2C end of sale"); received "${sku}"`,
      );
    },
  );
});
