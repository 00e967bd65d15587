import type * as pulumi from "@pulumi/pulumi";
import type { LoadBalancerConfig } from "../../config/schema/loadBalancer";
import { type AlarmSpec, MIN_REQUESTS_FOR_RATE, PERIOD_SECONDS } from "../monitoring/alarmSpecs";

const NAMESPACE = "AWS/ApplicationELB";

/**
 * The load balancer's alarms, pure: 5xx responses (its own and its targets') as a share of requests,
 * any authentication error (`ELBAuthError`: a misconfigured action, Cognito unreachable, an internal
 * failure) and a surge of refused sign-ins (`ELBAuthFailure`). Metric names from the ALB user guide,
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html
 */
export function edgeAlarmSpecs(config: LoadBalancerConfig, loadBalancer: pulumi.Input<string>): AlarmSpec[] {
  const metric = (metricName: string) => ({
    namespace: NAMESPACE,
    metricName,
    dimensions: { LoadBalancer: loadBalancer },
    period: PERIOD_SECONDS,
    stat: "Sum",
  });
  const count = (suffix: string, description: string, metricName: string, atLeast: number): AlarmSpec => ({
    suffix,
    args: {
      alarmDescription: description,
      namespace: NAMESPACE,
      metricName,
      dimensions: { LoadBalancer: loadBalancer },
      statistic: "Sum",
      period: PERIOD_SECONDS,
      comparisonOperator: "GreaterThanOrEqualToThreshold",
      threshold: atLeast,
      evaluationPeriods: 1,
      treatMissingData: "notBreaching",
    },
  });
  return [
    {
      suffix: "edge-5xx",
      args: {
        alarmDescription: "The load balancer or its targets fail requests (5xx).",
        // The 5xx counts are only reported when non-zero: FILL turns a missing period into 0.
        metricQueries: [
          { id: "elb", metric: metric("HTTPCode_ELB_5XX_Count"), returnData: false },
          { id: "target", metric: metric("HTTPCode_Target_5XX_Count"), returnData: false },
          { id: "requests", metric: metric("RequestCount"), returnData: false },
          {
            id: "rate",
            expression: `IF(requests >= ${MIN_REQUESTS_FOR_RATE}, 100 * (FILL(elb, 0) + FILL(target, 0)) / requests, 0)`,
            label: "5xx responses (% of requests)",
            returnData: true,
          },
        ],
        comparisonOperator: "GreaterThanThreshold",
        threshold: config.alarms.server5xxPercent,
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
        treatMissingData: "notBreaching",
      },
    },
    count(
      "edge-auth-errors",
      "The load balancer could not complete sign-ins (ELBAuthError): Cognito unreachable or the action misconfigured.",
      "ELBAuthError",
      1,
    ),
    count(
      "edge-auth-failures",
      `Cognito refused at least ${config.alarms.authFailures} load-balancer sign-ins in 5 minutes (ELBAuthFailure).`,
      "ELBAuthFailure",
      config.alarms.authFailures,
    ),
  ];
}
