/**
 * Azure limits the expected load meets, each with its source (read 2026-12-01).
 */
import { APIM_UNITS, APIM_UNITS_SOURCE, type ApimSku } from "../../config/rules/azure/limits";

const B2C_LIMITS =
  "https://learn.microsoft.com/azure/active-directory-b2c/service-limits (MicrosoftDocs/azure-docs articles/active-directory-b2c/service-limits.md)";
const EXTERNAL_ID_LIMITS = "https://learn.microsoft.com/entra/external-id/customers/reference-service-limits";

/** What a tenant accepts: requests per second and per IP, directory objects. */
export interface DirectoryLimits {
  readonly product: string;
  readonly requestsPerSecond: number;
  readonly requestsAdjustable: boolean;
  /** Requests per client IP, averaged per second. */
  readonly requestsPerIpPerSecond: number;
  readonly objects: number;
  readonly objectsNote: string;
  /** Requests one sign-in consumes at the authorize endpoint, by kind, and what MFA adds. */
  readonly signIn: { readonly local: number; readonly federated: number; readonly mfa: number };
  readonly source: string;
}

export const DIRECTORY_LIMITS: Readonly<
  Record<"b2cUserFlows" | "b2cCustomPolicies" | "externalId", DirectoryLimits>
> = {
  b2cUserFlows: {
    product: "Azure AD B2C",
    requestsPerSecond: 200,
    requestsAdjustable: true,
    requestsPerIpPerSecond: 6000 / 300,
    objects: 1_250_000,
    objectsNote: "5,250,000 with a verified custom domain; Support raises it",
    // Sign-in user flow 4; a federated identity provider adds 2, multifactor authentication 2.
    signIn: { local: 4, federated: 6, mfa: 2 },
    source: `${B2C_LIMITS} (tenant 200/s and 6,000 per IP per 5 min; user-flow request table; 'contact Support' to increase any limit)`,
  },
  b2cCustomPolicies: {
    product: "Azure AD B2C",
    requestsPerSecond: 200,
    requestsAdjustable: true,
    requestsPerIpPerSecond: 6000 / 300,
    objects: 1_250_000,
    objectsNote: "5,250,000 with a verified custom domain; Support raises it",
    // Starter packs: local sign-in 2 (with MFA 6), federated sign-in 4 (with MFA 8).
    signIn: { local: 2, federated: 4, mfa: 4 },
    source: `${B2C_LIMITS} (tenant 200/s and 6,000 per IP per 5 min; custom-policy starter-pack table)`,
  },
  externalId: {
    product: "Entra External ID",
    requestsPerSecond: 200,
    requestsAdjustable: false,
    requestsPerIpPerSecond: 20,
    objects: 300_000,
    objectsNote: "Microsoft support raises it",
    // Sign-in user flow 4; email one-time passcode adds 2 (the only MFA row the page lists).
    signIn: { local: 4, federated: 4, mfa: 2 },
    source: `${EXTERNAL_ID_LIMITS} (tenant 200/s, 20/s per IP; user-flow request table; objects per tenant 300,000)`,
  },
};

/** Requests at the token endpoint (a static endpoint: 1 each) per sign-in (code exchange) and per refresh. */
export const TOKEN_REQUESTS_PER_GRANT = 1;

const APIM_PRICING =
  "https://azure.microsoft.com/pricing/details/api-management/ (estimated maximum throughput per unit) as transcribed on 2026-09-20 in api-evangelist/microsoft-azure plans/microsoft-azure-plans-pricing.yml";

/** Requests per second one unit of a classic tier carries, as Microsoft estimates it; v2 and Consumption: none published. */
export const APIM_THROUGHPUT_PER_UNIT: Readonly<Partial<Record<ApimSku, number>>> = {
  Developer: 500,
  Basic: 1_000,
  Standard: 2_500,
  Premium: 4_000,
};
export const APIM_THROUGHPUT_SOURCE = APIM_PRICING;

/** Most units per tier (Developer cannot scale): the configuration's own limit, defined once. */
export const APIM_MAX_UNITS: Readonly<Record<ApimSku, number>> = Object.fromEntries(
  Object.entries(APIM_UNITS).map(([sku, units]) => [sku, units.max]),
) as Record<ApimSku, number>;
export const APIM_MAX_UNITS_SOURCE = APIM_UNITS_SOURCE;

/** Requests a v2 unit includes each month (pricing page), beyond which requests are billed. */
export const APIM_V2_INCLUDED_REQUESTS: Readonly<Partial<Record<ApimSku, number>>> = {
  BasicV2: 10_000_000,
  StandardV2: 50_000_000,
};
export const APIM_V2_INCLUDED_SOURCE = APIM_PRICING;

/** MAUs a month free on External ID and AD B2C (both Premium P1 and P2 features). */
export const FREE_MAU = 50_000;
export const FREE_MAU_SOURCE =
  "https://azure.microsoft.com/pricing/details/active-directory/external-identities/ ('Your first 50,000 MAUs per month are free')";
