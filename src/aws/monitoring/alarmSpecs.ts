import type * as cloudwatch from "@pulumi/aws/cloudwatch";
import * as pulumi from "@pulumi/pulumi";
import type { AwsContext } from "../context";

/** Five-minute periods throughout. */
export const PERIOD_SECONDS = 300;
/** A request rate only counts once the API saw this many requests in the period. */
export const MIN_REQUESTS_FOR_RATE = 20;

type AlarmArgs = Omit<cloudwatch.MetricAlarmArgs, "name" | "alarmActions" | "okActions" | "tags">;

/** One alarm: its name suffix and its arguments; the topic and tags are added when it is created. */
export interface AlarmSpec {
  readonly suffix: string;
  readonly args: AlarmArgs;
}

/** What the alarms watch; absent parts have no alarms. */
export interface AlarmTargets {
  readonly userPoolId: pulumi.Input<string>;
  readonly apiId?: pulumi.Input<string>;
  readonly findingsRuleName?: pulumi.Input<string>;
}

const COGNITO_CLIENT_SCHEMA = 'SCHEMA("AWS/Cognito", UserPool, UserPoolClient)';
const COGNITO_RISK_SCHEMA = 'SCHEMA("AWS/Cognito", Operation, RiskLevel, UserPoolId)';

/** An alarm on a Metrics Insights query, so it covers every app client and operation, present or future. */
function insights(
  suffix: string,
  description: string,
  sql: pulumi.Input<string>,
  atLeast: number,
): AlarmSpec {
  return {
    suffix,
    args: {
      alarmDescription: description,
      metricQueries: [{ id: "q1", expression: sql, period: PERIOD_SECONDS, returnData: true }],
      comparisonOperator: "GreaterThanOrEqualToThreshold",
      threshold: atLeast,
      evaluationPeriods: 1,
      treatMissingData: "notBreaching",
    },
  };
}

/** An alarm on the percentage of API requests answered with `status` (4xx or 5xx). */
function apiRate(
  suffix: string,
  description: string,
  apiId: pulumi.Input<string>,
  status: string,
  percent: number,
): AlarmSpec {
  const metric = (metricName: string) => ({
    namespace: "AWS/ApiGateway",
    metricName,
    dimensions: { ApiId: apiId },
    period: PERIOD_SECONDS,
    stat: "Sum",
  });
  return {
    suffix,
    args: {
      alarmDescription: description,
      metricQueries: [
        { id: "errors", metric: metric(status), returnData: false },
        { id: "requests", metric: metric("Count"), returnData: false },
        {
          id: "rate",
          expression: `IF(requests >= ${MIN_REQUESTS_FOR_RATE}, 100 * errors / requests, 0)`,
          label: `${status} responses (% of requests)`,
          returnData: true,
        },
      ],
      comparisonOperator: "GreaterThanThreshold",
      threshold: percent,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      treatMissingData: "notBreaching",
    },
  };
}

/** Every alarm of the platform, in a fixed order. Pure apart from string interpolation of IDs. */
export function alarmSpecs(config: AwsContext["config"], t: AlarmTargets): AlarmSpec[] {
  const limits = config.aws.alarms;
  const pool = t.userPoolId;
  const specs: AlarmSpec[] = [
    insights(
      "sign-in-throttles",
      "Cognito throttled sign-ins (UserAuthentication quota). Users cannot sign in.",
      pulumi.interpolate`SELECT SUM(SignInThrottles) FROM ${COGNITO_CLIENT_SCHEMA} WHERE UserPool = '${pool}'`,
      1,
    ),
    insights(
      "token-refresh-throttles",
      "Cognito throttled token refreshes (UserToken quota). Sessions end early.",
      pulumi.interpolate`SELECT SUM(TokenRefreshThrottles) FROM ${COGNITO_CLIENT_SCHEMA} WHERE UserPool = '${pool}'`,
      1,
    ),
  ];
  if (config.aws.threatProtection.mode !== "off") {
    specs.push(
      insights(
        "account-takeover-risk",
        "Threat protection rated sign-ins as high risk of account takeover.",
        pulumi.interpolate`SELECT SUM(AccountTakeoverRisk) FROM ${COGNITO_RISK_SCHEMA} WHERE UserPoolId = '${pool}' AND RiskLevel = 'high'`,
        limits.highRiskRequests,
      ),
      insights(
        "compromised-credentials",
        "Threat protection saw credentials known to be leaked.",
        pulumi.interpolate`SELECT SUM(CompromisedCredentialRisk) FROM ${COGNITO_RISK_SCHEMA} WHERE UserPoolId = '${pool}'`,
        1,
      ),
    );
  }
  if (t.apiId !== undefined) {
    specs.push(
      apiRate(
        "api-5xx",
        "The API or its upstream fails requests (5xx).",
        t.apiId,
        "5xx",
        limits.api5xxPercent,
      ),
      apiRate(
        "api-4xx",
        "A surge of refused API requests (401/403 and other 4xx).",
        t.apiId,
        "4xx",
        limits.api4xxPercent,
      ),
      {
        suffix: "api-p99-latency",
        args: {
          alarmDescription: `The API's p99 latency is above ${limits.apiP99LatencyMs} ms.`,
          namespace: "AWS/ApiGateway",
          metricName: "Latency",
          dimensions: { ApiId: t.apiId },
          extendedStatistic: "p99",
          period: PERIOD_SECONDS,
          comparisonOperator: "GreaterThanThreshold",
          threshold: limits.apiP99LatencyMs,
          evaluationPeriods: 3,
          datapointsToAlarm: 3,
          treatMissingData: "notBreaching",
        },
      },
    );
  }
  if (t.findingsRuleName !== undefined) {
    const events = (metricName: string, suffix: string, description: string): AlarmSpec => ({
      suffix,
      args: {
        alarmDescription: description,
        namespace: "AWS/Events",
        metricName,
        dimensions: { RuleName: t.findingsRuleName as pulumi.Input<string> },
        statistic: "Sum",
        period: PERIOD_SECONDS,
        comparisonOperator: "GreaterThanOrEqualToThreshold",
        threshold: 1,
        evaluationPeriods: 1,
        treatMissingData: "notBreaching",
      },
    });
    specs.push(
      events(
        "MatchedEvents",
        "guardduty-findings",
        `GuardDuty reported findings of severity ${config.aws.guardDuty.minSeverity} or more.`,
      ),
      events(
        "FailedInvocations",
        "guardduty-delivery-failed",
        "GuardDuty findings could not be delivered to the alert topic.",
      ),
    );
  }
  return specs;
}
