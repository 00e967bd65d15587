import {
  APIM_CAPACITY_METRICS_SOURCE,
  type ApimSku,
  apimCapacityMetrics,
} from "../../config/rules/azure/limits";
import { integerIn, lengthIn, oneOf } from "../../platform/constraintKinds";
import type { ConformanceAudit, Constraint } from "../../platform/constraints";
import {
  armName,
  FROM_RESOURCE_GROUP,
  findBy,
  fixed,
  LEARN,
  regionRule,
  sdkEnum,
  spec,
  tagsRule,
} from "./common";

const ACTION_GROUP = "azure-native:monitor:ActionGroup";
const METRIC_ALERT = "azure-native:monitor:MetricAlert";
const LOG_ALERT = "azure-native:monitor:ScheduledQueryRule";
const APIM = "azure-native:apimanagement:ApiManagementService";
const TF_AZURERM = "hashicorp/terraform-provider-azurerm internal/services/monitor";

const FREQUENCIES = ["PT1M", "PT5M", "PT15M", "PT30M", "PT1H"];
const WINDOWS = ["PT1M", "PT5M", "PT15M", "PT30M", "PT1H", "PT6H", "PT12H", "P1D", "PT24H"];
const MINUTES: Readonly<Record<string, number>> = {
  PT1M: 1,
  PT5M: 5,
  PT15M: 15,
  PT30M: 30,
  PT1H: 60,
  PT6H: 360,
  PT12H: 720,
  P1D: 1440,
  PT24H: 1440,
};

function windowRule(type: string, prefix: string, source: string): Constraint {
  return {
    id: `${prefix}-window`,
    type,
    input: "windowSize",
    source,
    rule: `one of ${WINDOWS.join(", ")}, not shorter than evaluationFrequency`,
    violations: (r) => {
      const { windowSize, evaluationFrequency } = r.props;
      if (typeof windowSize !== "string") return [];
      if (!WINDOWS.includes(windowSize)) return [`windowSize is ${JSON.stringify(windowSize)}`];
      const every = MINUTES[String(evaluationFrequency)] ?? 0;
      return (MINUTES[windowSize] ?? 0) < every
        ? [`windowSize ${windowSize} is shorter than ${evaluationFrequency}`]
        : [];
    },
  };
}

function alertConstraints(): Constraint[] {
  const metric = `${TF_AZURERM}/monitor_metric_alert_resource.go (frequency, window_size, severity 0..4)`;
  const log = spec(
    "monitor_1/microsoft.insights/2025-01-01-preview",
    "scheduledQueryRules: severity 0..4, kind",
  );
  return [
    integerIn({ id: "metric-alert-severity", type: METRIC_ALERT, input: "severity", source: metric }, 0, 4),
    oneOf(
      { id: "metric-alert-frequency", type: METRIC_ALERT, input: "evaluationFrequency", source: metric },
      FREQUENCIES,
    ),
    windowRule(METRIC_ALERT, "metric-alert", metric),
    oneOf(
      {
        id: "metric-alert-aggregation",
        type: METRIC_ALERT,
        input: "criteria.allOf[].timeAggregation",
        source: sdkEnum("monitor", "AggregationTypeEnum"),
      },
      ["Average", "Count", "Minimum", "Maximum", "Total"],
    ),
    oneOf(
      {
        id: "metric-alert-operator",
        type: METRIC_ALERT,
        input: "criteria.allOf[].operator",
        source: sdkEnum("monitor", "Operator"),
      },
      ["Equals", "GreaterThan", "GreaterThanOrEqual", "LessThan", "LessThanOrEqual"],
    ),
    {
      id: "metric-alert-apim-capacity-metric",
      type: METRIC_ALERT,
      input: "criteria.allOf[].metricName",
      source: APIM_CAPACITY_METRICS_SOURCE,
      rule: "a capacity metric the API Management tier reports (classic: Capacity; v2: CpuPercent_Gateway, MemoryPercent_Gateway)",
      violations: (r, all) => {
        const target = (r.props.scopes as unknown[] | undefined)?.[0];
        if (typeof target !== "string" || !target.includes("/Microsoft.ApiManagement/service/")) return [];
        const sku = (
          findBy(all, APIM, "serviceName", armName(target))?.props.sku as { name?: ApimSku } | undefined
        )?.name;
        if (!sku) return [];
        const reported = apimCapacityMetrics(sku);
        const capacity = ["Capacity", "CpuPercent_Gateway", "MemoryPercent_Gateway"];
        const criteria = (
          (r.props.criteria as { allOf?: { metricName?: string }[] } | undefined)?.allOf ?? []
        ).map((c) => c.metricName);
        return criteria
          .filter((m) => m && capacity.includes(m) && !reported.includes(m))
          .map((m) => `${m} is not reported on ${sku} (it reads 0 there)`);
      },
    },
    integerIn({ id: "log-alert-severity", type: LOG_ALERT, input: "severity", source: log }, 0, 4),
    oneOf({ id: "log-alert-kind", type: LOG_ALERT, input: "kind", source: sdkEnum("monitor", "Kind") }, [
      "LogAlert",
      "SimpleLogAlert",
      "LogToMetric",
    ]),
    oneOf(
      { id: "log-alert-frequency", type: LOG_ALERT, input: "evaluationFrequency", source: log },
      FREQUENCIES,
    ),
    windowRule(LOG_ALERT, "log-alert", log),
    regionRule(LOG_ALERT, "log-alert-location"),
    lengthIn(
      {
        id: "action-group-short-name",
        type: ACTION_GROUP,
        input: "groupShortName",
        source: spec("monitor_1/microsoft.insights/2024-10-01-preview", "groupShortName maxLength 12"),
      },
      1,
      12,
    ),
    oneOf(
      {
        id: "action-group-location",
        type: ACTION_GROUP,
        input: "location",
        source: `${LEARN}/azure-monitor/alerts/action-groups (action groups are global)`,
      },
      ["Global", "global"],
    ),
    oneOf(
      {
        id: "metric-alert-location",
        type: METRIC_ALERT,
        input: "location",
        source: `${TF_AZURERM}/monitor_metric_alert_resource.go (Location: Global)`,
      },
      ["global", "Global"],
    ),
    ...[ACTION_GROUP, METRIC_ALERT, LOG_ALERT].map((type, i) =>
      tagsRule(type, ["action-group-tags", "metric-alert-tags", "log-alert-tags"][i] ?? ""),
    ),
  ];
}

/** Azure Monitor alerting: the action group, metric alerts and log alerts. */
export const MONITOR_AUDIT: ConformanceAudit = {
  constraints: alertConstraints(),
  unconstrained: [
    ...fixed(ACTION_GROUP, {
      resourceGroupName: FROM_RESOURCE_GROUP,
      actionGroupName:
        "<name>-<stack>-alerts: the name rule is the resource group's naming (no documented pattern beyond 1..260 characters)",
      enabled: "fixed to true, a boolean",
      emailReceivers:
        "monitoring.alertEmails, e-mail addresses by the configuration's schema; receiver names email-0.. are unique",
    }),
    ...[METRIC_ALERT, LOG_ALERT].flatMap((type) =>
      fixed(type, {
        resourceGroupName: FROM_RESOURCE_GROUP,
        ruleName: "<name>-<stack>-<alert>, free text for Azure Monitor (unique in the resource group)",
        description: "free text written by the program",
        enabled: "fixed to true, a boolean",
        autoMitigate: "fixed to true, a boolean",
        scopes: "the ID of the watched resource, taken from it",
        actions: "the action group's ID, taken from it",
        criteria:
          type === METRIC_ALERT
            ? "static threshold criteria written by the program; aggregation, operator and the tier's capacity metric are checked"
            : "the KQL queries in src/azure/monitoring/queries.ts over ApiManagementGatewayLogs, with Total aggregation",
      }),
    ),
  ],
};
