import { type ConfigProblem, problem } from "../../problems";
import type { FrontDoorTier } from "../../schema/frontDoor";
import type { AzurePlatformConfig } from "../../schema/root";

const WAF_SPEC =
  "Azure/azure-rest-api-specs specification/frontdoor/resource-manager/Microsoft.Network/FrontDoor/stable/2025-11-01/openapi.json";

/** The Front Door SKU (profile and WAF policy alike) of each configured tier. */
export const FRONT_DOOR_SKUS: Readonly<Record<FrontDoorTier, string>> = {
  Standard: "Standard_AzureFrontDoor",
  Premium: "Premium_AzureFrontDoor",
};

/**
 * A rate-limit rule's threshold: requests one client IP may send within the window. The API
 * takes an int32 of at least 0 (CustomRule.rateLimitThreshold); 0 would block every request,
 * so the configuration asks for at least 1.
 */
export const WAF_RATE_LIMIT = {
  min: 1,
  max: 2_147_483_647,
  source: `${WAF_SPEC} (CustomRule.rateLimitThreshold: int32, minimum 0)`,
} as const;

/**
 * Rate-limit windows Front Door counts over: one minute or five minutes
 * (MicrosoftDocs/azure-docs articles/web-application-firewall/afds/waf-front-door-rate-limit.md).
 * The platform counts over five: larger windows enforce thresholds more accurately (same page).
 */
export const WAF_RATE_LIMIT_WINDOWS = {
  allowed: [1, 5],
  used: 5,
  source:
    "MicrosoftDocs/azure-docs articles/web-application-firewall/afds/waf-front-door-rate-limit.md (a time period of either one minute or five minutes)",
} as const;

/** Front Door in front of API Management: its origin, its limits and the custom sign-in domain. */
export function frontDoor(config: AzurePlatformConfig): ConfigProblem[] {
  const fd = config.azure.frontDoor;
  if (!fd) return [];
  const out: ConfigProblem[] = [];
  if (!config.api)
    out.push(
      problem(
        "azure.frontDoor",
        "needs an api section: Front Door forwards to API Management, which is built only when api is configured",
        fd,
      ),
    );
  for (const key of ["apiRateLimit", "signInRateLimit"] as const) {
    const value = fd[key];
    if (value < WAF_RATE_LIMIT.min || value > WAF_RATE_LIMIT.max)
      out.push(
        problem(
          `azure.frontDoor.${key}`,
          `must be between ${WAF_RATE_LIMIT.min} and ${WAF_RATE_LIMIT.max.toLocaleString("en")} requests per ${WAF_RATE_LIMIT_WINDOWS.used} minutes per client IP (a Front Door rate-limit rule's threshold)`,
          value,
        ),
      );
  }
  if (fd.publishSignInDomain && !fd.signInDomain)
    out.push(
      problem(
        "azure.frontDoor.publishSignInDomain",
        "needs azure.frontDoor.signInDomain: there is no custom sign-in domain to publish",
        fd.publishSignInDomain,
      ),
    );
  if (fd.publishSignInDomain && config.azure.directory.mode === "externalId")
    out.push(
      problem(
        "azure.frontDoor.publishSignInDomain",
        'must be false with azure.directory.mode "externalId": Microsoft documents the issuer of tokens from a B2C custom domain, not from an External ID custom URL domain, so the outputs stay on ciamlogin.com',
        fd.publishSignInDomain,
      ),
    );
  return out;
}
