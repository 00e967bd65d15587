import { azureProblems } from "../config/rules/azure";
import type { CloudImplementation } from "../platform/implementation";
import { azureByHand } from "./byHand";
import { azureCapacity } from "./capacity";
import { AZURE_CONFORMANCE } from "./conformance";
import {
  AUTOMATION_SECRET_VARIABLE,
  automationIdentity,
  awaitingAutomationApp,
} from "./directory/automation";
import { azureImmutableSettings } from "./immutable";
import type * as Resources from "./index";

/**
 * AD B2C / Entra External ID, API Management, Azure Cache for Redis, Monitor and
 * Defender behind the neutral platform.
 */
export const azureCloud: CloudImplementation<"azure"> = {
  regionKey: "azure-native:location",
  capacity: azureCapacity,
  conformance: AZURE_CONFORMANCE,
  problems: azureProblems,
  immutableSettings: azureImmutableSettings,
  byHand: azureByHand,
  secretVariables: [AUTOMATION_SECRET_VARIABLE],
  resolve: async (config, deployment) => {
    // Refuses a missing credential before anything is registered (none before the bootstrap's second run).
    if (!awaitingAutomationApp(config)) automationIdentity(config, deployment.environment);
    return config;
  },
  load: () => (require("./index") as typeof Resources).createAzurePlatform,
};
