import type * as pulumi from "@pulumi/pulumi";
import { type MetricRule, metricAlert } from "../monitoring/alerts";
import { diagnosticSetting, LOG_CATEGORIES } from "../monitoring/diagnostics";
import type { AzureScope } from "../scope";
import type { FrontDoor } from "./profile";

/** Requests the WAF blocked within 5 minutes that call for a look (an attack, or a rule hitting real users). */
export const WAF_BLOCKS_THRESHOLD = 500;
/** API Management's share of successful health probes, in percent, below which someone is paged. */
export const ORIGIN_HEALTH_THRESHOLD = 90;

/**
 * Metric alerts on the profile (Microsoft.Cdn/profiles metrics,
 * MicrosoftDocs/azure-docs articles/frontdoor/monitor-front-door-reference.md): a surge of requests
 * the WAF blocked (`WebApplicationFirewallRequestCount`, dimension Action = Block), and API
 * Management failing Front Door's health probes (`OriginHealthPercentage`, origin group `apim`).
 */
export const FRONT_DOOR_RULES: readonly MetricRule[] = [
  {
    suffix: "frontdoor-waf-blocks",
    description: `Front Door's WAF blocked more than ${WAF_BLOCKS_THRESHOLD} requests in 5 minutes (attack or false positives)`,
    metricName: "WebApplicationFirewallRequestCount",
    aggregation: "Total",
    threshold: WAF_BLOCKS_THRESHOLD,
    severity: 2,
    dimensions: [{ name: "Action", operator: "Include", values: ["Block"] }],
  },
  {
    suffix: "frontdoor-origin-health",
    description: `Fewer than ${ORIGIN_HEALTH_THRESHOLD}% of Front Door's health probes to API Management succeed`,
    metricName: "OriginHealthPercentage",
    aggregation: "Average",
    operator: "LessThan",
    threshold: ORIGIN_HEALTH_THRESHOLD,
    severity: 1,
    dimensions: [{ name: "OriginGroup", operator: "Include", values: ["apim"] }],
  },
];

/**
 * Front Door's access, health-probe and WAF logs to the workspace (they only go to the shared
 * AzureDiagnostics table), and the two metric alerts to the one action group.
 */
export function monitorFrontDoor(
  scope: AzureScope,
  fd: FrontDoor,
  targets: { workspaceId: pulumi.Input<string>; actionGroupId: pulumi.Input<string> },
): void {
  diagnosticSetting(
    scope,
    "frontdoor",
    fd.profile.id,
    LOG_CATEGORIES.frontDoor,
    targets.workspaceId,
    "AzureDiagnostics",
  );
  for (const rule of FRONT_DOOR_RULES) metricAlert(scope, rule, fd.profile.id, targets.actionGroupId);
}
