import { z } from "zod";
import { hostname } from "./primitives";

/** Azure Front Door tiers: Standard has custom WAF rules only; Premium adds Microsoft's managed rule sets. */
export const FRONT_DOOR_TIERS = ["Standard", "Premium"] as const;
export type FrontDoorTier = (typeof FRONT_DOOR_TIERS)[number];

/**
 * Azure Front Door with a WAF in front of API Management, optionally carrying the tenant's
 * sign-in pages on a custom domain. @default none: API Management is reached directly
 */
export const frontDoorSection = z.strictObject({
  /** Standard (custom rules: rate limits) or Premium (adds managed rule sets and bot protection). @default "Premium" */
  tier: z.enum(FRONT_DOOR_TIERS).default("Premium"),
  /** Requests per 5 minutes per client IP to the API before the WAF blocks that IP. @default 6000 */
  apiRateLimit: z.number().int().default(6000),
  /** Requests per 5 minutes per client IP to the sign-in domain before the WAF blocks that IP. @default 1000 */
  signInRateLimit: z.number().int().default(1000),
  /**
   * The tenant's sign-in pages through Front Door on this domain (B2C custom domain / External ID
   * custom URL domain). The domain must be added and verified in the tenant first (docs/azure.md).
   * @default none: users sign in on the tenant's own b2clogin.com / ciamlogin.com domain
   */
  signInDomain: hostname().optional(),
  /**
   * Publish `signInDomain` in the stack outputs (issuer, metadata, keys, sign-in URL), once its DNS
   * records are validated and sign-in through it works. B2C only. @default false
   */
  publishSignInDomain: z.boolean().default(false),
});
export type FrontDoorConfig = z.output<typeof frontDoorSection>;
