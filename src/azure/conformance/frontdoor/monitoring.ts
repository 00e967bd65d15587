import type { CheckedResource } from "../../../platform/checks";
import { valuesAt } from "../../../platform/constraintKinds";
import type { Constraint } from "../../../platform/constraints";

const DIAGNOSTICS = "azure-native:monitor:DiagnosticSetting";
const METRIC_ALERT = "azure-native:monitor:MetricAlert";
const REFERENCE = "MicrosoftDocs/azure-docs articles/frontdoor/monitor-front-door-reference.md";
const LOGS =
  "MicrosoftDocs/azure-monitor-docs articles/azure-monitor/reference/supported-logs/microsoft-cdn-profiles-logs.md (every category's table is AzureDiagnostics)";

/** Log categories of a Front Door Standard/Premium profile. */
export const FRONT_DOOR_LOG_CATEGORIES = [
  "AzureCdnAccessLog",
  "FrontDoorAccessLog",
  "FrontDoorHealthProbeLog",
  "FrontDoorWebApplicationFirewallLog",
];
/** Metrics of a Front Door Standard/Premium profile (Microsoft.Cdn/profiles) and their dimensions. */
export const FRONT_DOOR_METRICS = [
  "ByteHitRatio",
  "OriginHealthPercentage",
  "OriginLatency",
  "OriginRequestCount",
  "Percentage4XX",
  "Percentage5XX",
  "RequestCount",
  "RequestSize",
  "ResponseSize",
  "TotalLatency",
  "WebApplicationFirewallRequestCount",
];
export const FRONT_DOOR_DIMENSIONS = [
  "Action",
  "ClientCountry",
  "ClientRegion",
  "Endpoint",
  "HttpStatus",
  "HttpStatusGroup",
  "Origin",
  "OriginGroup",
  "PolicyName",
  "RuleName",
];

const onProfile = (id: unknown) =>
  typeof id === "string" && /\/providers\/Microsoft\.Cdn\/profiles\/[^/]+$/i.test(id);

/** Values at `input` that are not among `allowed`, on resources that read a Front Door profile. */
function amongOnProfile(
  base: Pick<Constraint, "id" | "type" | "input" | "source">,
  allowed: readonly string[],
  readsProfile: (resource: CheckedResource) => boolean,
): Constraint {
  return {
    ...base,
    rule: `for a Front Door profile, one of ${allowed.join(", ")}`,
    violations: (resource) =>
      readsProfile(resource)
        ? valuesAt(resource.props, base.input)
            .filter(({ value }) => !allowed.includes(String(value)))
            .map(({ path, value }) => `${path} is ${JSON.stringify(value)}`)
        : [],
  };
}

const diagnosticsOnProfile = (r: CheckedResource) => onProfile(r.props.resourceUri);
const alertOnProfile = (r: CheckedResource) =>
  valuesAt(r.props, "scopes[]").some(({ value }) => onProfile(value));

/** What Azure Monitor accepts for a Front Door profile's diagnostics and metric alerts. */
export const FRONT_DOOR_MONITORING_CONSTRAINTS: readonly Constraint[] = [
  amongOnProfile(
    { id: "frontdoor-log-categories", type: DIAGNOSTICS, input: "logs[].category", source: LOGS },
    FRONT_DOOR_LOG_CATEGORIES,
    diagnosticsOnProfile,
  ),
  {
    id: "frontdoor-log-table",
    type: DIAGNOSTICS,
    input: "logAnalyticsDestinationType",
    rule: "unset for a Front Door profile (its logs only go to the AzureDiagnostics table)",
    source: LOGS,
    violations: (r) =>
      diagnosticsOnProfile(r) && r.props.logAnalyticsDestinationType !== undefined
        ? [`logAnalyticsDestinationType is ${JSON.stringify(r.props.logAnalyticsDestinationType)}`]
        : [],
  },
  amongOnProfile(
    {
      id: "frontdoor-alert-metric",
      type: METRIC_ALERT,
      input: "criteria.allOf[].metricName",
      source: REFERENCE,
    },
    FRONT_DOOR_METRICS,
    alertOnProfile,
  ),
  amongOnProfile(
    {
      id: "frontdoor-alert-dimension",
      type: METRIC_ALERT,
      input: "criteria.allOf[].dimensions[].name",
      source: REFERENCE,
    },
    FRONT_DOOR_DIMENSIONS,
    alertOnProfile,
  ),
];
