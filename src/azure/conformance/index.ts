import type { ConformanceAudit } from "../../platform/constraints";
import { APIM_AUDIT } from "./apim";
import { AZUREAD_AUDIT } from "./azuread";
import { DEFENDER_AUDIT } from "./defender";
import { GRAPH_AUDIT } from "./graph";
import { LOGS_AUDIT } from "./logs";
import { MANAGED_REDIS_AUDIT } from "./managedRedis";
import { MONITOR_AUDIT } from "./monitor";
import { PLATFORM_AUDIT } from "./platform";
import { REDIS_AUDIT } from "./redis";
import { REDIS_ACCESS_AUDIT } from "./redisAccess";

const PARTS: readonly ConformanceAudit[] = [
  APIM_AUDIT,
  REDIS_AUDIT,
  REDIS_ACCESS_AUDIT,
  MANAGED_REDIS_AUDIT,
  AZUREAD_AUDIT,
  GRAPH_AUDIT,
  MONITOR_AUDIT,
  LOGS_AUDIT,
  PLATFORM_AUDIT,
  DEFENDER_AUDIT,
];

/**
 * What the Azure providers, Azure Resource Manager, Microsoft Graph and B2C enforce on the
 * inputs this program sets, each with its source, and the inputs audited and found free of a
 * checkable rule. Kept free of provider SDK imports: the policy pack loads it for either cloud.
 */
export const AZURE_CONFORMANCE: ConformanceAudit = {
  constraints: PARTS.flatMap((p) => p.constraints),
  unconstrained: PARTS.flatMap((p) => p.unconstrained),
};
