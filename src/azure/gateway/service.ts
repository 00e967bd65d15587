import * as apimanagement from "@pulumi/azure-native/apimanagement";
import type * as pulumi from "@pulumi/pulumi";
import { APIM_FIXED_CIPHER_TIERS, type ApimSku } from "../../config/rules/azure/limits";
import type { AzureConfig, AzureScope } from "../scope";

/** Classic tiers take 30 to 90 minutes to provision; v2 tiers and Consumption take minutes. */
export const CLASSIC_TIERS: ReadonlySet<ApimSku> = new Set(["Developer", "Basic", "Standard", "Premium"]);
export const CLASSIC_CREATE_TIMEOUT = "120m";

const GATEWAY = "Microsoft.WindowsAzure.ApiManagement.Gateway.Security";

/** SSL 3.0, TLS 1.0 and TLS 1.1 turned off towards clients and towards backends: only TLS 1.2+ remains. */
export const DISABLED_PROTOCOLS: Readonly<Record<string, string>> = {
  [`${GATEWAY}.Protocols.Ssl30`]: "False",
  [`${GATEWAY}.Protocols.Tls10`]: "False",
  [`${GATEWAY}.Protocols.Tls11`]: "False",
  [`${GATEWAY}.Backend.Protocols.Ssl30`]: "False",
  [`${GATEWAY}.Backend.Protocols.Tls10`]: "False",
  [`${GATEWAY}.Backend.Protocols.Tls11`]: "False",
};

/** 3DES off, on the tiers whose cipher configuration can be changed (limits.ts, APIM_FIXED_CIPHER_TIERS). */
export const DISABLED_CIPHERS: Readonly<Record<string, string>> = {
  [`${GATEWAY}.Ciphers.TripleDes168`]: "False",
};

/** The custom properties of a tier: the protocol switches everywhere, the cipher switch where allowed. */
export function securityProperties(sku: ApimSku): Record<string, string> {
  return APIM_FIXED_CIPHER_TIERS.includes(sku)
    ? { ...DISABLED_PROTOCOLS }
    : { ...DISABLED_PROTOCOLS, ...DISABLED_CIPHERS };
}

/** The service's arguments; Consumption has no scale units, so its capacity is 0. */
export function serviceArgs(
  config: AzureConfig,
  resourceGroupName: pulumi.Input<string>,
): apimanagement.ApiManagementServiceArgs {
  const apim = config.azure.apiManagement;
  return {
    resourceGroupName,
    serviceName: apim.name,
    location: config.region,
    sku: { name: apim.sku, capacity: apim.sku === "Consumption" ? 0 : apim.capacity },
    publisherEmail: apim.publisherEmail,
    publisherName: apim.publisherName,
    identity: { type: "SystemAssigned" },
    customProperties: securityProperties(apim.sku),
    // Callers authenticate with tokens, not portal-issued subscription keys: no portals.
    developerPortalStatus: "Disabled",
    legacyPortalStatus: "Disabled",
    tags: config.tags,
  };
}

/** The API Management service, with a create timeout long enough for the classic tiers. */
export function createService(scope: AzureScope): apimanagement.ApiManagementService {
  const sku = scope.config.azure.apiManagement.sku;
  return new apimanagement.ApiManagementService(
    `${scope.name}-apim`,
    serviceArgs(scope.config, scope.resourceGroupName),
    {
      parent: scope.parent,
      ...(CLASSIC_TIERS.has(sku) ? { customTimeouts: { create: CLASSIC_CREATE_TIMEOUT } } : {}),
    },
  );
}
