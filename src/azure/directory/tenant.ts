import * as azureactivedirectory from "@pulumi/azure-native/azureactivedirectory";
import * as pulumi from "@pulumi/pulumi";
import { statefulOptions } from "../../platform/options";
import { type AzureConfig, type TenantScope, tenantDomain } from "../scope";

/** The SKU tier ARM accepts for both B2C and external (CIAM) tenants. */
const TENANT_TIER = "A0";

/** The customer directory the platform works in: a tenant an administrator runs, or one created here. */
export interface Directory {
  /** The tenant's GUID. */
  readonly tenantId: pulumi.Output<string>;
  /** `name.onmicrosoft.com`. */
  readonly domain: string;
  /** The ARM resource when the platform created the tenant. */
  readonly resource?: azureactivedirectory.B2CTenant | azureactivedirectory.CIAMTenant;
}

/**
 * With `tenant: existing` (the default) the tenant is referenced by domain and ID: a service
 * principal cannot create a B2C tenant, so an administrator usually has. With `tenant: create`,
 * a B2CTenant (resourceName is the full `name.onmicrosoft.com`) or a CIAMTenant (resourceName
 * is the subdomain only) is registered, protected and retained like any directory of users.
 */
export function createDirectory(scope: TenantScope): Directory {
  const { config } = scope;
  const directory = config.azure.directory;
  const domain = tenantDomain(config);
  if (directory.tenant === "existing" || !directory.create) {
    return { tenantId: pulumi.output(directory.tenantId ?? ""), domain };
  }
  if (directory.mode === "b2c") void pulumi.log.warn(B2C_END_OF_SALE);
  const resource =
    directory.mode === "b2c"
      ? new azureactivedirectory.B2CTenant(
          `${scope.name}-b2c-tenant`,
          b2cTenantArgs(config, scope.resourceGroupName),
          statefulOptions(scope.parent, config.protection),
        )
      : new azureactivedirectory.CIAMTenant(
          `${scope.name}-external-tenant`,
          ciamTenantArgs(config, scope.resourceGroupName),
          statefulOptions(scope.parent, config.protection),
        );
  return {
    tenantId: resource.tenantId.apply((id) => id ?? ""),
    domain,
    resource,
  };
}

/**
 * The SKU a created tenant gets unless the configuration names one: since 2025-05-01 new B2C
 * tenants can only be created with Azure AD B2C P1 (Microsoft's B2C FAQ, "Azure AD B2C end of
 * sale"); external tenants take ARM's "Standard".
 */
export function tenantSku(config: AzureConfig): string {
  const d = config.azure.directory;
  return d.create?.sku ?? (d.mode === "b2c" ? "PremiumP1" : "Standard");
}

/** Said on every run that registers a B2C tenant: the create only works for existing B2C customers. */
export const B2C_END_OF_SALE =
  'azure.directory.mode is "b2c" with tenant "create": Azure AD B2C is no longer sold to new customers since 2025-05-01, so only an organization that already has Azure AD B2C can create this tenant (Microsoft\'s B2C FAQ, "Azure AD B2C end of sale"). New customers: set azure.directory.mode to "externalId" (Microsoft Entra External ID, its successor).';

function createProperties(config: AzureConfig) {
  const create = config.azure.directory.create;
  return {
    location: create?.location ?? "Asia Pacific",
    sku: { name: tenantSku(config), tier: TENANT_TIER },
    countryCode: create?.countryCode ?? "",
    displayName: create?.displayName ?? "",
  };
}

/** B2CTenant arguments: the resource name is the full initial domain. */
export function b2cTenantArgs(
  config: AzureConfig,
  resourceGroupName: pulumi.Input<string>,
): azureactivedirectory.B2CTenantArgs {
  const p = createProperties(config);
  return {
    resourceGroupName,
    resourceName: tenantDomain(config),
    location: p.location,
    sku: p.sku,
    countryCode: p.countryCode,
    displayName: p.displayName,
    tags: config.tags,
  };
}

/** CIAMTenant arguments: the resource name is the subdomain only. */
export function ciamTenantArgs(
  config: AzureConfig,
  resourceGroupName: pulumi.Input<string>,
): azureactivedirectory.CIAMTenantArgs {
  const p = createProperties(config);
  return {
    resourceGroupName,
    resourceName: config.azure.directory.domainName,
    location: p.location,
    sku: p.sku,
    createTenantProperties: { countryCode: p.countryCode, displayName: p.displayName },
    tags: config.tags,
  };
}
