import type * as pulumi from "@pulumi/pulumi";
import type { ApimSku } from "../../config/rules/azure/limits";
import type { AzureScope } from "../scope";
import { apimRules, createActionGroup, logAlerts, metricAlert, REDIS_RULES } from "./alerts";
import { createWorkspace, diagnosticSetting, directoryLogs, LOG_CATEGORIES } from "./diagnostics";

export interface MonitoringTargets {
  readonly tenantId: pulumi.Input<string>;
  readonly apim?: { id: pulumi.Input<string>; sku: ApimSku };
  readonly sessionStore?: { id: pulumi.Input<string>; kind: "cache" | "managed" };
}

export interface Monitoring {
  readonly workspaceId: pulumi.Output<string>;
  /** The action group's resource ID: the neutral `alertTarget`. */
  readonly alertTarget: pulumi.Output<string>;
}

/**
 * Log Analytics, diagnostic settings for the gateway, the session store and (through
 * Lighthouse) the directory, one action group, metric alerts and log alerts.
 */
export function createMonitoring(scope: AzureScope, targets: MonitoringTargets): Monitoring {
  const { config } = scope;
  const workspace = createWorkspace(scope);
  const actionGroup = createActionGroup(scope, config.monitoring.alertEmails);
  if (targets.apim) {
    diagnosticSetting(scope, "apim", targets.apim.id, LOG_CATEGORIES.apim, workspace.id);
    for (const rule of apimRules(targets.apim.sku)) metricAlert(scope, rule, targets.apim.id, actionGroup.id);
    logAlerts(scope, workspace.id, actionGroup.id);
  }
  const store = targets.sessionStore;
  if (store) {
    diagnosticSetting(scope, "redis", store.id, LOG_CATEGORIES[store.kind], workspace.id);
    if (store.kind === "cache") {
      for (const rule of REDIS_RULES) metricAlert(scope, rule, store.id, actionGroup.id);
    }
  }
  if (config.azure.b2cLogsResourceGroupId) directoryLogs(scope, targets.tenantId, workspace.id);
  return { workspaceId: workspace.id, alertTarget: actionGroup.id };
}
