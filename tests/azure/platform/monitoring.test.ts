import { beforeAll, describe, expect, it } from "vitest";
import { TOKEN_VALIDATION_FAILURES, UNAUTHORIZED_BY_IP } from "../../../src/azure/monitoring/queries";
import type { Plan } from "../../../src/plan/model";
import { all, only } from "../../support/harness";
import { azureValues, planAzure, RG, SUBSCRIPTION, TENANT_ID, withSection } from "./support";

const TAGS = { owner: "platform-team", "cost-center": "4410", "data-classification": "confidential" };
const ARM = `/subscriptions/${SUBSCRIPTION}/resourceGroups/${RG}/providers`;
const WORKSPACE = `${ARM}/Microsoft.OperationalInsights/workspaces/hanbit-prod-logs`;
const ACTION_GROUP = `${ARM}/microsoft.insights/actionGroups/hanbit-prod-alerts`;
const APIM = `${ARM}/Microsoft.ApiManagement/service/apim-hanbit-auth-prod`;
const CACHE = `${ARM}/Microsoft.Cache/Redis/redis-hanbit-sessions-prod`;

let plan: Plan;
beforeAll(async () => {
  plan = await planAzure(azureValues());
});

describe("GIVEN the example stack's monitoring", () => {
  it("THEN one workspace keeps logs for monitoring.logRetention", () => {
    expect(only(plan, "azure-native:operationalinsights:Workspace").inputs).toEqual({
      resourceGroupName: RG,
      workspaceName: "hanbit-prod-logs",
      location: "koreacentral",
      sku: { name: "PerGB2018" },
      retentionInDays: 90,
      tags: TAGS,
    });
  });

  it("THEN one action group mails every alert address, and it is the alert target", () => {
    expect(only(plan, "azure-native:monitor:ActionGroup").inputs).toEqual({
      resourceGroupName: RG,
      actionGroupName: "hanbit-prod-alerts",
      groupShortName: "hanbit",
      location: "Global",
      enabled: true,
      emailReceivers: [
        { name: "email-0", emailAddress: "secops@hanbit.co.kr", useCommonAlertSchema: true },
        { name: "email-1", emailAddress: "platform-oncall@hanbit.co.kr", useCommonAlertSchema: true },
      ],
      tags: TAGS,
    });
    expect(plan.outputs.alertTarget).toBe(ACTION_GROUP);
  });

  it("THEN gateway and cache logs go to resource-specific tables (Front Door's: tests/azure/edge)", () => {
    const settings = all(plan, "azure-native:monitor:DiagnosticSetting")
      .filter((d) => d.name !== "hanbit-frontdoor-diagnostics")
      .map((d) => d.inputs);
    const setting = (resourceUri: string, categories: string[]) => ({
      name: "auth-platform",
      resourceUri,
      workspaceId: WORKSPACE,
      logAnalyticsDestinationType: "Dedicated",
      logs: categories.map((category) => ({ category, enabled: true })),
      metrics: [{ category: "AllMetrics", enabled: true }],
    });
    expect(settings.sort((a, b) => String(a.resourceUri).localeCompare(String(b.resourceUri)))).toEqual([
      setting(APIM, ["GatewayLogs"]),
      setting(CACHE, ["ConnectedClientList", "MSEntraAuthenticationAuditLog"]),
    ]);
    expect(all(plan, "azure-native:aadiam:DiagnosticSetting")).toEqual([]);
  });

  it("THEN six metric alerts watch the gateway (CPU and memory on StandardV2) and the cache (Front Door's two: tests/azure/edge)", () => {
    const alerts = all(plan, "azure-native:monitor:MetricAlert")
      .filter((a) => !a.name.startsWith("hanbit-frontdoor-"))
      .map((a) => {
        const criterion = (a.inputs.criteria as { allOf: Record<string, unknown>[] }).allOf[0] ?? {};
        return [
          a.inputs.ruleName,
          (a.inputs.scopes as string[])[0],
          criterion.metricName,
          criterion.timeAggregation,
          criterion.threshold,
          a.inputs.severity,
        ];
      });
    expect(alerts.sort()).toEqual([
      ["hanbit-prod-apim-failed-requests", APIM, "Requests", "Total", 50, 2],
      ["hanbit-prod-apim-gateway-cpu", APIM, "CpuPercent_Gateway", "Average", 75, 2],
      ["hanbit-prod-apim-gateway-memory", APIM, "MemoryPercent_Gateway", "Average", 75, 2],
      ["hanbit-prod-redis-errors", CACHE, "errors", "Maximum", 0, 1],
      ["hanbit-prod-redis-memory", CACHE, "usedmemorypercentage", "Maximum", 85, 1],
      ["hanbit-prod-redis-server-load", CACHE, "serverLoad", "Maximum", 80, 2],
    ]);
    const failed = only(plan, "azure-native:monitor:MetricAlert", "hanbit-apim-failed-requests");
    expect(failed.inputs).toEqual({
      resourceGroupName: RG,
      ruleName: "hanbit-prod-apim-failed-requests",
      location: "global",
      description: "API Management answered more than 50 requests with a 5xx in 5 minutes",
      severity: 2,
      enabled: true,
      scopes: [APIM],
      evaluationFrequency: "PT1M",
      windowSize: "PT5M",
      criteria: {
        odataType: "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria",
        allOf: [
          {
            criterionType: "StaticThresholdCriterion",
            name: "Requests",
            metricName: "Requests",
            operator: "GreaterThan",
            threshold: 50,
            timeAggregation: "Total",
            dimensions: [{ name: "GatewayResponseCodeCategory", operator: "Include", values: ["5xx"] }],
          },
        ],
      },
      actions: [{ actionGroupId: ACTION_GROUP }],
      autoMitigate: true,
      tags: TAGS,
    });
  });

  it("THEN the KQL alerts count 401s per client IP and validate-jwt refusals per reason", async () => {
    expect(UNAUTHORIZED_BY_IP).toBe(
      "ApiManagementGatewayLogs\n| where ResponseCode == 401\n| summarize Unauthorized = count() by CallerIpAddress",
    );
    expect(TOKEN_VALIDATION_FAILURES).toBe(
      'ApiManagementGatewayLogs\n| where LastErrorSource == "validate-jwt"\n| summarize Failures = count() by LastErrorReason',
    );
    // Reached directly (no Front Door), the gateway sees each client's address.
    const direct = await planAzure(azureValues({ azure: ({ frontDoor: _, ...azure }) => azure }));
    const surge = only(direct, "azure-native:monitor:ScheduledQueryRule", "hanbit-unauthorized-surge");
    expect(surge.inputs).toEqual({
      resourceGroupName: RG,
      ruleName: "hanbit-prod-unauthorized-surge",
      location: "koreacentral",
      kind: "LogAlert",
      description: "More than 100 401 answers to one client IP in 5 minutes (credential stuffing?)",
      severity: 1,
      enabled: true,
      scopes: [WORKSPACE],
      evaluationFrequency: "PT5M",
      windowSize: "PT5M",
      criteria: {
        allOf: [
          {
            query: UNAUTHORIZED_BY_IP,
            timeAggregation: "Total",
            metricMeasureColumn: "Unauthorized",
            dimensions: [{ name: "CallerIpAddress", operator: "Include", values: ["*"] }],
            operator: "GreaterThan",
            threshold: 100,
            failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
          },
        ],
      },
      actions: { actionGroups: [ACTION_GROUP] },
      autoMitigate: true,
      tags: TAGS,
    });
    const tokens = only(plan, "azure-native:monitor:ScheduledQueryRule", "hanbit-token-validation-failures");
    expect([tokens.inputs.severity, tokens.inputs.criteria]).toEqual([
      2,
      {
        allOf: [
          {
            query: TOKEN_VALIDATION_FAILURES,
            timeAggregation: "Total",
            metricMeasureColumn: "Failures",
            dimensions: [{ name: "LastErrorReason", operator: "Include", values: ["*"] }],
            operator: "GreaterThan",
            threshold: 200,
            failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
          },
        ],
      },
    ]);
  });
});

describe("GIVEN B2C logs delegated with Lighthouse to the platform's resource group", () => {
  it("THEN audit and sign-in logs go to the workspace through a provider signed in to the tenant", async () => {
    const p = await planAzure(
      azureValues({
        azure: (a) => ({
          ...a,
          b2cLogsResourceGroupId: `/subscriptions/${SUBSCRIPTION}/resourceGroups/${RG}`,
        }),
      }),
    );
    const setting = only(p, "azure-native:aadiam:DiagnosticSetting");
    expect(setting.inputs).toEqual({
      name: "hanbit-prod-directory-logs",
      workspaceId: WORKSPACE,
      logs: [
        { category: "AuditLogs", enabled: true },
        { category: "SignInLogs", enabled: true },
      ],
    });
    const provider = only(p, "pulumi:providers:azure-native");
    expect(provider.name).toBe("hanbit-directory-arm-provider");
    // the automation app (azure-native marks clientId secret too), its secret from
    // AZURE_B2C_CLIENT_SECRET (never ARM_CLIENT_SECRET)
    expect([provider.inputs.tenantId, provider.inputs.clientId, provider.inputs.clientSecret]).toEqual([
      TENANT_ID,
      "[secret]",
      "[secret]",
    ]);
  });
});

describe("GIVEN no api section", () => {
  it("THEN neither gateway metric alerts nor gateway log alerts are planned", async () => {
    const p = await planAzure(
      azureValues({
        api: undefined,
        clients: { spa: { callbackUrls: ["https://app.hanbit.co.kr/callback"] } },
        azure: (azure) => ({
          ...withSection("apiManagement", { sku: "Consumption" })(azure),
          frontDoor: undefined,
        }),
      }),
    );
    expect(all(p, "azure-native:monitor:MetricAlert").map((a) => a.name)).toEqual([
      "hanbit-redis-server-load",
      "hanbit-redis-memory",
      "hanbit-redis-errors",
    ]);
    expect(all(p, "azure-native:monitor:ScheduledQueryRule")).toEqual([]);
  });
});
