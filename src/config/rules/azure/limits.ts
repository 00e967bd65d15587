/**
 * What Azure, its Pulumi providers and Microsoft Graph enforce, each limit defined once with
 * where it is written down. The configuration rules (this folder) and the conformance
 * constraints (src/azure/conformance) import the same constants, so the value the program
 * accepts and the value the plan check allows cannot drift apart.
 */
/** API Management tiers (Microsoft.ApiManagement service sku.name) the configuration offers. */
export const APIM_SKUS = [
  "Consumption",
  "Developer",
  "Basic",
  "Standard",
  "Premium",
  "BasicV2",
  "StandardV2",
] as const;

export type ApimSku = (typeof APIM_SKUS)[number];

const LEARN = "https://learn.microsoft.com/azure";
const AZUREAD = "hashicorp/terraform-provider-azuread";

/** Scale units per API Management tier: Consumption has none, Developer cannot scale. */
export const APIM_UNITS: Readonly<Record<ApimSku, { readonly min: number; readonly max: number }>> = {
  Consumption: { min: 0, max: 0 },
  Developer: { min: 1, max: 1 },
  Basic: { min: 1, max: 2 },
  Standard: { min: 1, max: 4 },
  Premium: { min: 1, max: 12 },
  BasicV2: { min: 1, max: 10 },
  StandardV2: { min: 1, max: 10 },
};
export const APIM_UNITS_SOURCE = `${LEARN}/api-management/upgrade-and-scale (Developer cannot scale; Basic up to 2, Standard up to 4 units), ${LEARN}/api-management/v2-service-tiers-overview (v2 up to 10 units), Azure/azure-rest-api-specs apimanagement 2024-05-01 ApiManagementServiceSkuProperties.capacity (0 for Consumption)`;

/** Publisher e-mail and name: at most 100 characters each. */
export const APIM_PUBLISHER_MAX_LENGTH = 100;

/** Tiers whose default cipher configuration cannot be changed (protocol switches stay allowed). */
export const APIM_FIXED_CIPHER_TIERS: readonly ApimSku[] = ["Consumption", "BasicV2", "StandardV2"];
export const APIM_CIPHERS_SOURCE = `${LEARN}/api-management/api-management-howto-manage-protocols-ciphers (Consumption, Basic v2 and Standard v2 do not support changes to the default cipher configuration)`;

/** The v2 tiers, which report gateway CPU and memory instead of the classic Capacity metric. */
export const APIM_V2_TIERS: readonly ApimSku[] = ["BasicV2", "StandardV2"];
/** Capacity metrics each tier reports (Consumption reports none). */
export function apimCapacityMetrics(sku: ApimSku): readonly string[] {
  if (sku === "Consumption") return [];
  return APIM_V2_TIERS.includes(sku) ? ["CpuPercent_Gateway", "MemoryPercent_Gateway"] : ["Capacity"];
}
export const APIM_CAPACITY_METRICS_SOURCE = `${LEARN}/api-management/api-management-capacity (v2 tiers: CPU and memory percentage of gateway; Capacity is not supported there and reads 0), ${LEARN}/azure-monitor/reference/supported-metrics/microsoft-apimanagement-service-metrics`;

/** Tiers whose APIs Defender for APIs onboards. */
export const DEFENDER_FOR_APIS_TIERS: readonly ApimSku[] = ["Developer", "Basic", "Standard", "Premium"];
export const DEFENDER_FOR_APIS_SOURCE = `${LEARN}/defender-for-cloud/defender-for-apis-prepare (available in the Premium, Standard, Basic and Developer tiers; not Consumption)`;

/** Policy document formats (`PolicyContentFormat`): `rawxml` is a document that is not XML-encoded. */
export const APIM_POLICY_FORMATS = ["xml", "xml-link", "rawxml", "rawxml-link"] as const;
export const APIM_POLICY_SOURCE =
  "Azure/azure-rest-api-specs apimanagement 2024-05-01 PolicyContractProperties (format: PolicyContentFormat, x-ms-enum values)";
/** Largest policy document: 256 KiB, 16 KiB on Consumption. */
export const APIM_POLICY_MAX_BYTES = { Consumption: 16 * 1024, other: 256 * 1024 } as const;
export const APIM_POLICY_SIZE_SOURCE = `${LEARN}/azure-resource-manager/management/azure-subscription-service-limits#api-management-limits (maximum policy document size)`;

export const GEO_REPLICATION_SOURCE = `${LEARN}/azure-cache-for-redis/cache-how-to-geo-replication (prerequisites: both caches Premium, the secondary at least the primary's size; not supported with zone redundancy nor with data persistence)`;

/** JwtIssuer token lifetimes in seconds (JWT_ISSUER_SOURCE): access and ID tokens 5 min..1 day, refresh tokens 1..90 days. */
export const JWT_ISSUER_SECONDS = {
  token_lifetime_secs: { min: 300, max: 86_400 },
  id_token_lifetime_secs: { min: 300, max: 86_400 },
  refresh_token_lifetime_secs: { min: 86_400, max: 7_776_000 },
} as const;

/** The B2C web session (UserJourneyBehaviors SessionExpiryInSeconds): 15 min..1 day. */
export const B2C_SESSION_EXPIRY_SECONDS = { min: 900, max: 86_400 } as const;
/** "Keep me signed in" (SingleSignOn KeepAliveInDays): 1..90 days. */
export const B2C_KEEP_ALIVE_DAYS = { min: 1, max: 90 } as const;
export const B2C_RELYING_PARTY_SOURCE = `${LEARN}/active-directory-b2c/relyingparty (UserJourneyBehaviors: SessionExpiryInSeconds minimum 900, maximum 86,400; SingleSignOn KeepAliveInDays minimum 1, maximum 90 days)`;

/** JwtIssuer `rolling_refresh_token_lifetime_secs`: 1 day..365 days, or unlimited. */
export const ROLLING_REFRESH_WINDOW_SECONDS = { min: 86_400, max: 31_536_000 } as const;
export const JWT_ISSUER_SOURCE = `${LEARN}/active-directory-b2c/jwt-issuer-technical-profile (token_lifetime_secs, id_token_lifetime_secs 300..86,400; refresh_token_lifetime_secs 86,400..7,776,000; rolling_refresh_token_lifetime_secs 86,400..31,536,000 or allow_infinite_rolling_refresh_token)`;

/** Password rules B2C custom policies can enforce (IsLengthRange) with the strong-password policy off. */
export const B2C_PASSWORD_LENGTH = { min: 4, max: 256 } as const;
export const B2C_PASSWORD_SOURCE = `${LEARN}/active-directory-b2c/password-complexity (custom: minimum at least 4, maximum at most 256; DisableStrongPassword lets the predicates decide)`;

/** azuread redirect URIs: at most 256 characters each. */
export const REDIRECT_URI_MAX_LENGTH = 256;
export const REDIRECT_URI_SOURCE = `${AZUREAD} internal/helpers/tf/validation/uri.go (IsRedirectUriFunc: web and SPA http/https/ms-appx-web/brk-multihub, a host, a trailing slash when there is no path, at most 256 characters; public clients any scheme but a host)`;

/**
 * Applications whose sign-in audience includes personal Microsoft accounts (what B2C serves)
 * must ask for v2 access tokens and keep within smaller limits.
 */
export const PERSONAL_ACCOUNT_AUDIENCE = "AzureADandPersonalMicrosoftAccount";
export const PERSONAL_ACCOUNT_LIMITS = {
  accessTokenVersion: 2,
  scopes: 100,
  scopeValueLength: 40,
  identifierUris: 50,
  redirectUrisPerKind: 100,
  requiredResources: 50,
  permissionsPerResource: 30,
  permissionsInAll: 200,
} as const;
export const PERSONAL_ACCOUNT_SOURCE = `${AZUREAD} internal/services/applications/application_resource.go (applicationResourceCustomizeDiff: personal account sign-ins), ${LEARN}/active-directory/develop/supported-accounts-validation`;

/** Log Analytics workspace retention on the PerGB2018 SKU. */
export const LOG_ANALYTICS_RETENTION_DAYS = { min: 30, max: 730 } as const;
export const LOG_ANALYTICS_SOURCE = `${LEARN}/azure-monitor/logs/data-retention-configure (workspace retention 30..730 days on the PerGB2018 plan)`;

/** Azure Managed Redis SKUs (the Balanced, Memory, Compute and Flash optimized families). */
/**
 * Azure Managed Redis cluster names: 1..60 characters (the REST API's clusterName pattern,
 * Azure/bicep-types-az redisenterprise/microsoft.cache/2025-07-01), where Azure Cache for Redis
 * takes 63.
 */
export const MANAGED_REDIS_NAME_MAX = 60;

export const MANAGED_REDIS_SKUS = [
  ...[0, 1, 3, 5, 10, 20, 50, 100, 150, 250, 350, 500, 700, 1000].map((n) => `Balanced_B${n}`),
  ...[10, 20, 50, 100, 150, 250, 350, 500, 700, 1000, 1500, 2000].map((n) => `MemoryOptimized_M${n}`),
  ...[3, 5, 10, 20, 50, 100, 150, 250, 350, 500, 700].map((n) => `ComputeOptimized_X${n}`),
  ...[250, 500, 700, 1000, 1500, 2000, 4500].map((n) => `FlashOptimized_A${n}`),
] as const;
export const MANAGED_REDIS_SKUS_SOURCE =
  "Azure/azure-rest-api-specs redisenterprise 2025-07-01 Sku.name (SkuName x-ms-enum), as @pulumi/azure-native 3.28.0 types/enums/redisenterprise SkuName lists it";
