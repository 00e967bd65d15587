import { z } from "zod";
import {
  APIM_PUBLISHER_MAX_LENGTH,
  APIM_SKUS,
  B2C_KEEP_ALIVE_DAYS,
  MANAGED_REDIS_SKUS,
} from "../rules/azure/limits";
import { frontDoorSection } from "./frontDoor";
import { duration, email, keyPrefix, text } from "./primitives";

export { APIM_SKUS };

export const DIRECTORY_MODES = ["b2c", "externalId"] as const;
export const TENANT_MODES = ["existing", "create"] as const;
export const POLICY_MODES = ["userFlows", "customPolicies"] as const;
export const B2C_LOCATIONS = ["United States", "Europe", "Asia Pacific", "Australia"] as const;
export const B2C_SKUS = ["Standard", "PremiumP1", "PremiumP2"] as const;
export const SESSION_STORE_KINDS = ["cache", "managed"] as const;
export const REDIS_SKUS = ["Standard", "Premium"] as const;
export const SSO_SCOPES = ["Suppressed", "Tenant", "Application", "Policy"] as const;
export const SESSION_EXPIRY_TYPES = ["Rolling", "Absolute"] as const;

const guid = () =>
  z
    .string({ error: "must be a GUID such as 00000000-0000-0000-0000-000000000000" })
    .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
      error: "must be a GUID such as 00000000-0000-0000-0000-000000000000",
    });

const resourceId = () =>
  z
    .string({ error: "must be an Azure resource ID (/subscriptions/…)" })
    .regex(/^\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/[\w.()-]{1,90}\/providers\/.+$/i, {
      error: "must be an Azure resource ID (/subscriptions/…/resourceGroups/…/providers/…)",
    });

const resourceGroupId = () =>
  z
    .string({ error: "must be a resource group ID (/subscriptions/…/resourceGroups/…)" })
    .regex(/^\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/[\w.()-]{1,90}$/i, {
      error: "must be a resource group ID (/subscriptions/…/resourceGroups/…)",
    });

export const azureSection = z.strictObject({
  /** Resource group for the platform's Azure resources. @default "<name>-<stack>-rg" */
  resourceGroupName: z
    .string()
    .regex(/^[\w.()-]{1,89}[\w()-]$/, {
      error: "must be 1..90 letters, digits, _ . ( ) -, not ending with a dot",
    })
    .optional(),
  directory: z.strictObject({
    /** AD B2C, or its successor Microsoft Entra External ID. @default "externalId" */
    mode: z.enum(DIRECTORY_MODES).default("externalId"),
    /** Use a tenant an administrator created, or create one (B2CTenant / CIAMTenant). @default "existing" */
    tenant: z.enum(TENANT_MODES).default("existing"),
    /** Tenant subdomain: `contosokr` for contosokr.onmicrosoft.com / contosokr.b2clogin.com. */
    domainName: z
      .string({ error: "must be 1..26 lowercase letters and digits" })
      .regex(/^[a-z0-9]{1,26}$/, { error: "must be 1..26 lowercase letters and digits" }),
    /** The tenant's ID (required with tenant "existing"). */
    tenantId: guid().optional(),
    /** With tenant "create": data residency, SKU and country. */
    create: z
      .strictObject({
        location: z.enum(B2C_LOCATIONS).default("Asia Pacific"),
        /**
         * @default "PremiumP1" with mode b2c (the only SKU new B2C tenants are created with),
         * "Standard" with mode externalId
         */
        sku: z.enum(B2C_SKUS).optional(),
        countryCode: z.string().regex(/^[A-Z]{2}$/, { error: "must be an ISO 3166 two-letter country code" }),
        displayName: text(256),
      })
      .optional(),
    /** B2C only: built-in user flows or generated custom policies. @default "userFlows" */
    policyMode: z.enum(POLICY_MODES).default("userFlows"),
    /**
     * The app registration the platform acts as inside the tenant (app registrations, Graph).
     * Required with tenant "existing"; with "create", left out for the bootstrap's first run,
     * which creates only the tenant (the app can only be registered inside it).
     */
    automationClientId: guid().optional(),
    /** Custom policies: single sign-on scope. @default "Tenant" */
    ssoScope: z.enum(SSO_SCOPES).default("Tenant"),
    /** Custom policies: rolling or absolute web session. @default "Absolute" */
    sessionExpiryType: z.enum(SESSION_EXPIRY_TYPES).default("Absolute"),
    /** Custom policies: "keep me signed in" days (1..90, B2C_KEEP_ALIVE_DAYS), or off. @default off */
    keepMeSignedInDays: z.number().int().min(B2C_KEEP_ALIVE_DAYS.min).max(B2C_KEEP_ALIVE_DAYS.max).optional(),
    /** Languages of the sign-in pages. @default ["en"] */
    languages: z
      .array(
        z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, { error: "must be a language tag such as ko or en-US" }),
      )
      .min(1)
      .default(["en"]),
  }),
  apiManagement: z.strictObject({
    /** Globally unique service name, 1..50 characters. */
    name: z
      .string({ error: "must be 1..50 letters, digits and hyphens, starting with a letter" })
      .regex(/^[a-zA-Z](?:[a-zA-Z0-9-]{0,48}[a-zA-Z0-9])?$/, {
        error:
          "must be 1..50 letters, digits and hyphens, starting with a letter and not ending with a hyphen",
      }),
    /** @default "StandardV2" (provisions in minutes) */
    sku: z.enum(APIM_SKUS).default("StandardV2"),
    /** Scale units. @default 1 */
    capacity: z.number().int().min(1).max(12).default(1),
    /** Shown in Azure notifications; at most 100 characters (the REST API's limit). */
    publisherEmail: email().max(APIM_PUBLISHER_MAX_LENGTH, {
      error: `must be an e-mail address of at most ${APIM_PUBLISHER_MAX_LENGTH} characters`,
    }),
    publisherName: text(APIM_PUBLISHER_MAX_LENGTH),
    /** Requests per minute per token subject (rate-limit-by-key); not on Consumption. @default 600 */
    rateLimitPerSubject: z.number().int().min(1).max(1_000_000).default(600),
    /** Clock difference tolerated when checking token times (validate-jwt clock-skew), 0s..5m. @default "1m" */
    clockSkew: duration().prefault("1m"),
  }),
  /** Azure Front Door with a WAF in front of API Management (needs api). @default none */
  frontDoor: frontDoorSection.optional(),
  sessionStore: z
    .strictObject({
      /** Azure Cache for Redis ("cache", retires 2028-09-30) or Azure Managed Redis ("managed"). @default "cache" */
      kind: z.enum(SESSION_STORE_KINDS).default("cache"),
      /** 1..63 letters, digits and hyphens, no two hyphens in a row. */
      name: z
        .string({ error: "must be 1..63 letters, digits and hyphens" })
        .regex(/^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/, {
          error: "must be 1..63 letters, digits and hyphens, not starting or ending with a hyphen",
        })
        .refine((n) => !n.includes("--"), { error: "must not contain two hyphens in a row" }),
      /** Standard is replicated; Premium adds zones, persistence and geo-replication. @default "Standard" */
      sku: z.enum(REDIS_SKUS).default("Standard"),
      /**
       * Azure Managed Redis SKU (kind "managed"), e.g. Balanced_B1, MemoryOptimized_M10.
       * @default "Balanced_B1"
       */
      managedSku: z
        .enum(MANAGED_REDIS_SKUS, {
          error:
            "must be an Azure Managed Redis SKU such as Balanced_B1, MemoryOptimized_M10, ComputeOptimized_X5 (azure-rest-api-specs redisenterprise SkuName)",
        })
        .default("Balanced_B1"),
      /** Cache size: C0..C6 for Standard, P1..P5 for Premium. @default 1 */
      capacity: z.number().int().min(0).max(6).default(1),
      /** Availability zones (Premium). @default [] */
      zones: z.array(z.enum(["1", "2", "3"])).default([]),
      /** Premium: a second cache in this region, linked for geo-replication. */
      geoReplicaLocation: z
        .string()
        .regex(/^[a-z0-9]+$/, { error: "must be an Azure region name such as japaneast" })
        .optional(),
      /**
       * Premium: RDB snapshots to this storage account, so sessions survive a restart of both
       * nodes. Required with Premium; `false` runs without, knowingly.
       */
      persistence: z
        .union([
          z.literal(false),
          z.strictObject({
            storageAccountId: resourceId(),
            frequency: z.enum(["15", "30", "60", "360", "720", "1440"]).default("60"),
          }),
        ])
        .optional(),
      /** Subnet for a private endpoint; public network access is disabled when set. */
      privateEndpointSubnetId: resourceId().optional(),
      /** Object ID of the application identity granted data access (Entra authentication). */
      applicationPrincipalId: guid().optional(),
      keyPrefix: keyPrefix().default("sess:"),
    })
    .optional(),
  /** B2C sign-in and audit logs through Azure Lighthouse: the delegated resource group's ID. */
  b2cLogsResourceGroupId: resourceGroupId().optional(),
  defender: z
    .strictObject({
      /** Defender for APIs. @default true where the API Management tier supports it (Developer, Basic, Standard, Premium) */
      apis: z.boolean().optional(),
      cspm: z.boolean().default(true),
      resourceManager: z.boolean().default(true),
      /** Security contact for Defender alerts. @default monitoring.alertEmails */
      contactEmails: z.array(email()).default([]),
    })
    .prefault({}),
});
export type AzureConfig = z.output<typeof azureSection>;
