import * as monitor from "@pulumi/azure-native/monitor";
import type * as pulumi from "@pulumi/pulumi";
import { type ApimSku, apimCapacityMetrics } from "../../config/rules/azure/limits";
import { type AzureScope, nameFor } from "../scope";
import {
  TOKEN_FAILURES_THRESHOLD,
  TOKEN_VALIDATION_FAILURES,
  UNAUTHORIZED_BY_IP,
  UNAUTHORIZED_PER_IP_THRESHOLD,
} from "./queries";

/** One static-threshold metric alert. */
export interface MetricRule {
  readonly suffix: string;
  readonly description: string;
  readonly metricName: string;
  readonly aggregation: "Average" | "Maximum" | "Total";
  readonly threshold: number;
  readonly severity: 0 | 1 | 2 | 3 | 4;
  readonly dimensions?: { name: string; operator: "Include"; values: string[] }[];
}

/** API Management server errors, on every tier. */
export const APIM_FAILED_REQUESTS: MetricRule = {
  suffix: "apim-failed-requests",
  description: "API Management answered more than 50 requests with a 5xx in 5 minutes",
  metricName: "Requests",
  aggregation: "Total",
  threshold: 50,
  severity: 2,
  dimensions: [{ name: "GatewayResponseCodeCategory", operator: "Include", values: ["5xx"] }],
};

/** Sustained load, by the capacity metric the tier reports (limits.ts, apimCapacityMetrics). */
const CAPACITY_RULES: Readonly<Record<string, MetricRule>> = {
  Capacity: {
    suffix: "apim-capacity",
    description: "API Management capacity above 75% (add a scale unit)",
    metricName: "Capacity",
    aggregation: "Average",
    threshold: 75,
    severity: 2,
  },
  CpuPercent_Gateway: {
    suffix: "apim-gateway-cpu",
    description: "API Management gateway CPU above 75% (add a scale unit)",
    metricName: "CpuPercent_Gateway",
    aggregation: "Average",
    threshold: 75,
    severity: 2,
  },
  MemoryPercent_Gateway: {
    suffix: "apim-gateway-memory",
    description: "API Management gateway memory above 75% (add a scale unit)",
    metricName: "MemoryPercent_Gateway",
    aggregation: "Average",
    threshold: 75,
    severity: 2,
  },
};

/**
 * API Management alerts for a tier: server errors, and load through the capacity metrics the
 * tier reports (classic tiers: Capacity; v2: gateway CPU and memory, since Capacity reads 0
 * there; Consumption: none).
 */
export function apimRules(sku: ApimSku): MetricRule[] {
  return [
    APIM_FAILED_REQUESTS,
    ...apimCapacityMetrics(sku).flatMap((metric) => (CAPACITY_RULES[metric] ? [CAPACITY_RULES[metric]] : [])),
  ];
}

/** Redis: load, memory and errors. */
export const REDIS_RULES: readonly MetricRule[] = [
  {
    suffix: "redis-server-load",
    description: "Redis server load above 80%",
    metricName: "serverLoad",
    aggregation: "Maximum",
    threshold: 80,
    severity: 2,
  },
  {
    suffix: "redis-memory",
    description: "Redis used memory above 85% (sessions may be evicted)",
    metricName: "usedmemorypercentage",
    aggregation: "Maximum",
    threshold: 85,
    severity: 1,
  },
  {
    suffix: "redis-errors",
    description: "Redis reported errors (failover, dataloss, ...)",
    metricName: "errors",
    aggregation: "Maximum",
    threshold: 0,
    severity: 1,
  },
];

/** The action group every alert notifies: one e-mail receiver per address. */
export function createActionGroup(scope: AzureScope, emails: readonly string[]): monitor.ActionGroup {
  return new monitor.ActionGroup(
    `${scope.name}-alerts`,
    {
      resourceGroupName: scope.resourceGroupName,
      actionGroupName: nameFor(scope, "alerts"),
      groupShortName: scope.config.name.slice(0, 12),
      location: "Global",
      enabled: true,
      emailReceivers: emails.map((emailAddress, i) => ({
        name: `email-${i}`,
        emailAddress,
        useCommonAlertSchema: true,
      })),
      tags: scope.config.tags,
    },
    { parent: scope.parent },
  );
}

export function metricAlert(
  scope: AzureScope,
  rule: MetricRule,
  target: pulumi.Input<string>,
  actionGroupId: pulumi.Input<string>,
): monitor.MetricAlert {
  return new monitor.MetricAlert(
    `${scope.name}-${rule.suffix}`,
    {
      resourceGroupName: scope.resourceGroupName,
      ruleName: nameFor(scope, rule.suffix),
      location: "global",
      description: rule.description,
      severity: rule.severity,
      enabled: true,
      scopes: [target],
      evaluationFrequency: "PT1M",
      windowSize: "PT5M",
      criteria: {
        odataType: "Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria",
        allOf: [
          {
            criterionType: "StaticThresholdCriterion",
            name: rule.metricName,
            metricName: rule.metricName,
            operator: "GreaterThan",
            threshold: rule.threshold,
            timeAggregation: rule.aggregation,
            ...(rule.dimensions ? { dimensions: rule.dimensions } : {}),
          },
        ],
      },
      actions: [{ actionGroupId }],
      autoMitigate: true,
      tags: scope.config.tags,
    },
    { parent: scope.parent },
  );
}

/** Log alerts over the gateway logs: 401 surges per client IP, and token validation failures. */
export function logAlerts(
  scope: AzureScope,
  workspaceId: pulumi.Input<string>,
  actionGroupId: pulumi.Input<string>,
): monitor.ScheduledQueryRule[] {
  const rule = (
    suffix: string,
    description: string,
    query: string,
    measure: string,
    dimension: string,
    threshold: number,
    severity: number,
  ) =>
    new monitor.ScheduledQueryRule(
      `${scope.name}-${suffix}`,
      {
        resourceGroupName: scope.resourceGroupName,
        ruleName: nameFor(scope, suffix),
        location: scope.config.region,
        kind: "LogAlert",
        description,
        severity,
        enabled: true,
        scopes: [workspaceId],
        evaluationFrequency: "PT5M",
        windowSize: "PT5M",
        criteria: {
          allOf: [
            {
              query,
              timeAggregation: "Total",
              metricMeasureColumn: measure,
              dimensions: [{ name: dimension, operator: "Include", values: ["*"] }],
              operator: "GreaterThan",
              threshold,
              failingPeriods: { numberOfEvaluationPeriods: 1, minFailingPeriodsToAlert: 1 },
            },
          ],
        },
        actions: { actionGroups: [actionGroupId] },
        autoMitigate: true,
        tags: scope.config.tags,
      },
      { parent: scope.parent },
    );
  return [
    rule(
      "unauthorized-surge",
      `More than ${UNAUTHORIZED_PER_IP_THRESHOLD} 401 answers to one client IP in 5 minutes (credential stuffing?)`,
      UNAUTHORIZED_BY_IP,
      "Unauthorized",
      "CallerIpAddress",
      UNAUTHORIZED_PER_IP_THRESHOLD,
      1,
    ),
    rule(
      "token-validation-failures",
      `More than ${TOKEN_FAILURES_THRESHOLD} tokens refused by validate-jwt in 5 minutes`,
      TOKEN_VALIDATION_FAILURES,
      "Failures",
      "LastErrorReason",
      TOKEN_FAILURES_THRESHOLD,
      2,
    ),
  ];
}
