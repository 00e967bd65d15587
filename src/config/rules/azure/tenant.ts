import { type ConfigProblem, problem } from "../../problems";
import type { AzurePlatformConfig } from "../../schema/root";

/**
 * Who the platform acts as inside the tenant, and what a created tenant may be.
 * - `automationClientId` is required with an existing tenant; with `tenant: create` its absence
 *   is the first run of the two-step bootstrap (docs/azure.md, "Bootstrap").
 * - A new B2C tenant can only be created with Azure AD B2C P1 since 2025-05-01, and P2 is
 *   discontinued for all customers since 2026-03-15 (Microsoft's B2C FAQ, "Azure AD B2C end of
 *   sale", https://learn.microsoft.com/azure/active-directory-b2c/faq).
 */
export function tenantAccess(config: AzurePlatformConfig): ConfigProblem[] {
  const d = config.azure.directory;
  const out: ConfigProblem[] = [];
  if (d.tenant === "existing" && d.automationClientId === undefined) {
    out.push(
      problem(
        "azure.directory.automationClientId",
        'is required when azure.directory.tenant is "existing": the app registration the platform deploys into the tenant as (docs/azure.md, "Bootstrap")',
        d.automationClientId,
      ),
    );
  }
  const sku = d.create?.sku;
  if (d.tenant === "create" && d.mode === "b2c" && sku !== undefined && sku !== "PremiumP1") {
    out.push(
      problem(
        "azure.directory.create.sku",
        'must be "PremiumP1" for a new B2C tenant: since 2025-05-01 new B2C tenants can only be created with Azure AD B2C P1, and P2 is discontinued since 2026-03-15 (Microsoft\'s B2C FAQ, "Azure AD B2C end of sale")',
        sku,
      ),
    );
  }
  return out;
}
