import * as aadiam from "@pulumi/azure-native/aadiam";
import * as monitor from "@pulumi/azure-native/monitor";
import * as operationalinsights from "@pulumi/azure-native/operationalinsights";
import { Provider as AzureNativeProvider } from "@pulumi/azure-native/provider";
import type * as pulumi from "@pulumi/pulumi";
import { DURATION_UNITS } from "../../config/duration";
import { type AzureScope, nameFor } from "../scope";

/** Log categories sent to the workspace, per source. */
export const LOG_CATEGORIES = {
  apim: ["GatewayLogs"],
  cache: ["ConnectedClientList", "MSEntraAuthenticationAuditLog"],
  managed: ["ConnectionEvents"],
  directory: ["AuditLogs", "SignInLogs"],
  frontDoor: ["FrontDoorAccessLog", "FrontDoorHealthProbeLog", "FrontDoorWebApplicationFirewallLog"],
} as const;

/** The Log Analytics workspace every diagnostic setting and log alert uses. */
export function createWorkspace(scope: AzureScope): operationalinsights.Workspace {
  const { config } = scope;
  return new operationalinsights.Workspace(
    `${scope.name}-logs`,
    {
      resourceGroupName: scope.resourceGroupName,
      workspaceName: nameFor(scope, "logs"),
      location: config.region,
      sku: { name: "PerGB2018" },
      retentionInDays: Math.floor(config.monitoring.logRetention.seconds / DURATION_UNITS.d),
      tags: config.tags,
    },
    { parent: scope.parent },
  );
}

/**
 * Sends a resource's logs to the workspace. "Dedicated" writes resource-specific tables
 * (ApiManagementGatewayLogs, ...), which the log alerts query; a resource whose logs only go to
 * the shared AzureDiagnostics table (Front Door) leaves the destination type unset.
 */
export function diagnosticSetting(
  scope: AzureScope,
  suffix: string,
  resourceUri: pulumi.Input<string>,
  categories: readonly string[],
  workspaceId: pulumi.Input<string>,
  table: "Dedicated" | "AzureDiagnostics" = "Dedicated",
): monitor.DiagnosticSetting {
  return new monitor.DiagnosticSetting(
    `${scope.name}-${suffix}-diagnostics`,
    {
      name: "auth-platform",
      resourceUri,
      workspaceId,
      ...(table === "Dedicated" ? { logAnalyticsDestinationType: "Dedicated" } : {}),
      logs: categories.map((category) => ({ category, enabled: true })),
      metrics: [{ category: "AllMetrics", enabled: true }],
    },
    { parent: scope.parent },
  );
}

/**
 * B2C / External ID audit and sign-in logs (the tenant keeps audit logs 7 days). The setting
 * lives in the customer tenant, so it goes through an azure-native provider signed in there
 * as the automation app (its secret from AZURE_B2C_CLIENT_SECRET, as a Pulumi secret); the
 * workspace's resource group must be delegated to that tenant with Azure Lighthouse first.
 */
export function directoryLogs(
  scope: AzureScope,
  tenantId: pulumi.Input<string>,
  workspaceId: pulumi.Input<string>,
): aadiam.DiagnosticSetting {
  const provider = new AzureNativeProvider(
    `${scope.name}-directory-arm-provider`,
    { tenantId, clientId: scope.automation.clientId, clientSecret: scope.automation.clientSecret },
    { parent: scope.parent },
  );
  return new aadiam.DiagnosticSetting(
    `${scope.name}-directory-diagnostics`,
    {
      name: nameFor(scope, "directory-logs"),
      workspaceId,
      logs: LOG_CATEGORIES.directory.map((category) => ({ category, enabled: true })),
    },
    { parent: scope.parent, provider },
  );
}
