import { azureProblems } from "../config/rules/azure";
import type { CloudImplementation } from "../platform/implementation";
import { AZURE_CONFORMANCE } from "./conformance";
import { azureImmutableSettings } from "./immutable";
import type * as Resources from "./index";

/**
 * AD B2C / Entra External ID, API Management, Azure Cache for Redis, Monitor and
 * Defender behind the neutral platform.
 */
export const azureCloud: CloudImplementation<"azure"> = {
  regionKey: "azure-native:location",
  conformance: AZURE_CONFORMANCE,
  problems: azureProblems,
  immutableSettings: azureImmutableSettings,
  notBuilt: [
    "token lifetimes and session settings of B2C user flows (Graph has no API for them: set them in the portal)",
    "admin consent for openid/offline_access on Microsoft Graph (one click per tenant, see docs/azure.md)",
  ],
  load: () => (require("./index") as typeof Resources).createAzurePlatform,
};
