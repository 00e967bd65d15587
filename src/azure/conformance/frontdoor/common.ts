import { eachValue } from "../../../platform/constraintKinds";
import type { Constraint } from "../../../platform/constraints";

/** Resource types of Azure Front Door Standard/Premium (Microsoft.Cdn) and its WAF policy. */
export const FD = {
  profile: "azure-native:cdn:Profile",
  endpoint: "azure-native:cdn:AFDEndpoint",
  originGroup: "azure-native:cdn:AFDOriginGroup",
  origin: "azure-native:cdn:AFDOrigin",
  route: "azure-native:cdn:Route",
  securityPolicy: "azure-native:cdn:SecurityPolicy",
  customDomain: "azure-native:cdn:AFDCustomDomain",
  waf: "azure-native:frontdoor:Policy",
} as const;

export const CDN =
  "Azure/azure-rest-api-specs specification/cdn/resource-manager/Microsoft.Cdn/Cdn/stable/2025-06-01";
export const AFDX = `${CDN}/afdx.json`;
export const CDN_JSON = `${CDN}/cdn.json`;
export const AZURERM = "hashicorp/terraform-provider-azurerm internal/services/cdn";
export const ENABLED = ["Enabled", "Disabled"];
export const WAF_SPEC =
  "Azure/azure-rest-api-specs specification/frontdoor/resource-manager/Microsoft.Network/FrontDoor/stable/2025-11-01/openapi.json";
export const WAF_DOCS = "MicrosoftDocs/azure-docs articles/web-application-firewall/afds";
export const ALNUM_ENDS = "letters, digits and hyphens, starting and ending with a letter or digit";

/** A row of a constraint table: which input of which type, and where the rule is written down. */
export type Row = readonly [id: string, type: string, input: string, source: string];

/** ARM compares locations without case; Front Door's resources are all global. */
export function globalLocation(id: string, type: string, source: string): Constraint {
  return eachValue({ id, type, input: "location", source, rule: '"Global" (any case)' }, (value) =>
    typeof value === "string" && value.toLowerCase() === "global" ? undefined : `is ${JSON.stringify(value)}`,
  );
}
