import { LOG_ANALYTICS_RETENTION_DAYS, LOG_ANALYTICS_SOURCE } from "../../config/rules/azure/limits";
import { eachValue, integerIn, matches, oneOf } from "../../platform/constraintKinds";
import type { ConformanceAudit, Constraint } from "../../platform/constraints";
import { armType, FROM_RESOURCE_GROUP, fixed, LEARN, regionRule, sdkEnum, spec, tagsRule } from "./common";

const DIAGNOSTICS = "azure-native:monitor:DiagnosticSetting";
const DIRECTORY_DIAGNOSTICS = "azure-native:aadiam:DiagnosticSetting";
const WORKSPACE = "azure-native:operationalinsights:Workspace";
const SUPPORTED_LOGS = `${LEARN}/azure-monitor/reference/supported-logs`;

/** Log categories each resource type emits, by the ARM type in the resource ID. */
const CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  "Microsoft.ApiManagement/service": ["GatewayLogs", "WebSocketConnectionLogs", "DeveloperPortalAuditLogs"],
  "Microsoft.Cache/Redis": ["ConnectedClientList", "MSEntraAuthenticationAuditLog"],
  "Microsoft.Cache/redisEnterprise/databases": ["ConnectionEvents"],
};

function diagnosticsConstraints(): Constraint[] {
  return [
    eachValue(
      {
        id: "diagnostic-log-categories",
        type: DIAGNOSTICS,
        input: "logs[].category",
        source: `${SUPPORTED_LOGS}/microsoft-apimanagement-service-logs, …/microsoft-cache-redis-logs, …/microsoft-cache-redisenterprise-databases-logs`,
        rule: "a log category the target resource type emits",
      },
      (value, r) => {
        const type = Object.keys(CATEGORIES).find(
          (t) => t.toLowerCase() === armType(r.props.resourceUri)?.toLowerCase(),
        );
        const allowed = type ? CATEGORIES[type] : undefined;
        return !allowed || allowed.includes(String(value))
          ? undefined
          : `is ${JSON.stringify(value)} for ${type}`;
      },
    ),
    oneOf(
      {
        id: "diagnostic-destination-type",
        type: DIAGNOSTICS,
        input: "logAnalyticsDestinationType",
        source: spec(
          "monitor_1/microsoft.insights/2021-05-01-preview",
          "logAnalyticsDestinationType: AzureDiagnostics by default, or Dedicated",
        ),
      },
      ["Dedicated", "AzureDiagnostics"],
    ),
    oneOf(
      {
        id: "directory-diagnostic-categories",
        type: DIRECTORY_DIAGNOSTICS,
        input: "logs[].category",
        source: `${LEARN}/active-directory-b2c/azure-monitor (AuditLogs, SignInLogs; B2C sends no other category)`,
      },
      ["AuditLogs", "SignInLogs"],
    ),
  ];
}

function workspaceConstraints(): Constraint[] {
  return [
    matches(
      {
        id: "workspace-name",
        type: WORKSPACE,
        input: "workspaceName",
        source: spec("operationalinsights/microsoft.operationalinsights/2023-09-01", "workspaces name 4..63"),
      },
      /^(?=.{4,63}$)[A-Za-z0-9][A-Za-z0-9-]+[A-Za-z0-9]$/,
      "4..63 letters, digits and hyphens, starting and ending with a letter or digit",
    ),
    integerIn(
      { id: "workspace-retention", type: WORKSPACE, input: "retentionInDays", source: LOG_ANALYTICS_SOURCE },
      LOG_ANALYTICS_RETENTION_DAYS.min,
      LOG_ANALYTICS_RETENTION_DAYS.max,
    ),
    oneOf(
      {
        id: "workspace-sku",
        type: WORKSPACE,
        input: "sku.name",
        source: sdkEnum("operationalinsights", "WorkspaceSkuNameEnum"),
      },
      ["PerGB2018"],
    ),
    regionRule(WORKSPACE, "workspace-location"),
    tagsRule(WORKSPACE, "workspace-tags"),
  ];
}

/** Diagnostic settings (resources and the directory) and the Log Analytics workspace. */
export const LOGS_AUDIT: ConformanceAudit = {
  constraints: [...diagnosticsConstraints(), ...workspaceConstraints()],
  unconstrained: [
    ...fixed(DIAGNOSTICS, {
      name: 'fixed to "auth-platform", free text',
      resourceUri: "the watched resource's ID, taken from it",
      workspaceId: "the workspace's ID, taken from it",
      logs: "checked by diagnostic-log-categories",
      metrics: 'fixed to [{ category: "AllMetrics" }], the category every resource type offers',
    }),
    ...fixed(DIRECTORY_DIAGNOSTICS, {
      name: "<name>-<stack>-directory-logs, free text",
      workspaceId: "the workspace's ID, taken from it",
      logs: "checked by directory-diagnostic-categories",
    }),
    ...fixed(WORKSPACE, { resourceGroupName: FROM_RESOURCE_GROUP }),
  ],
};
