import { matches, oneOf } from "../../platform/constraintKinds";
import type { Constraint } from "../../platform/constraints";

const B2C_TENANT = "azure-native:azureactivedirectory:B2CTenant";
const CIAM_TENANT = "azure-native:azureactivedirectory:CIAMTenant";
const PASSWORD = "azuread:index/applicationPassword:ApplicationPassword";
const CPIM_SPEC =
  "Azure/azure-rest-api-specs specification/cpim (b2cDirectories / ciamDirectories location: 'United States', 'Europe', 'Asia Pacific' or 'Australia')";
const B2C_END_OF_SALE =
  "Microsoft's Azure AD B2C FAQ, 'Azure AD B2C end of sale': since 2025-05-01 new tenants can only be created with Azure AD B2C P1; P2 discontinued 2026-03-15: https://learn.microsoft.com/azure/active-directory-b2c/faq";
const LOCATIONS = ["United States", "Europe", "Asia Pacific", "Australia"];

/** What ARM, Microsoft and the azuread provider enforce on the tenant and the app passwords. */
export const DIRECTORY_CONSTRAINTS: readonly Constraint[] = [
  oneOf({ id: "b2c-tenant-sku", type: B2C_TENANT, input: "sku.name", source: B2C_END_OF_SALE }, [
    "PremiumP1",
  ]),
  oneOf({ id: "b2c-tenant-location", type: B2C_TENANT, input: "location", source: CPIM_SPEC }, LOCATIONS),
  oneOf({ id: "ciam-tenant-location", type: CIAM_TENANT, input: "location", source: CPIM_SPEC }, LOCATIONS),
  matches(
    {
      id: "application-password-end-date",
      type: PASSWORD,
      input: "endDate",
      source:
        "hashicorp/terraform-provider-azuread internal/services/applications/application_password_resource.go (end_date: validation.IsRFC3339Time)",
    },
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/,
    "an RFC 3339 date-time",
  ),
];
