import * as cloudwatch from "@pulumi/aws/cloudwatch";
import * as pulumi from "@pulumi/pulumi";
import { type AwsContext, childOf, cloudName } from "../context";
import { PERIOD_SECONDS } from "./alarmSpecs";

/** What the dashboard shows, resolved to plain strings. */
export interface DashboardFacts {
  readonly region: string;
  readonly userPoolId: string;
  /** Channel → app client ID. */
  readonly clientIds: Readonly<Record<string, string>>;
  readonly apiId?: string;
  readonly alarmArns: readonly string[];
}

type Widget = { type: "metric" | "alarm"; properties: Record<string, unknown> };

const WIDTH = 12;
const HEIGHT = 6;

function perClient(f: DashboardFacts, metric: string, stat: string) {
  return Object.entries(f.clientIds).map(([channel, clientId]) => [
    "AWS/Cognito",
    metric,
    "UserPool",
    f.userPoolId,
    "UserPoolClient",
    clientId,
    { label: channel, stat },
  ]);
}

const sql = (id: string, label: string, query: string) => [{ id, label, expression: query }];

function metricWidget(
  f: DashboardFacts,
  title: string,
  metrics: unknown[],
  extra: Record<string, unknown> = {},
): Widget {
  return {
    type: "metric",
    properties: { title, region: f.region, view: "timeSeries", period: PERIOD_SECONDS, metrics, ...extra },
  };
}

/** The dashboard body as an object: sign-in, token, threat and API metrics, and the alarms. Pure. */
export function dashboardBody(f: DashboardFacts): { widgets: Record<string, unknown>[] } {
  const pool = `WHERE UserPool = '${f.userPoolId}'`;
  const widgets: Widget[] = [
    metricWidget(f, "Sign-in success rate by client", perClient(f, "SignInSuccesses", "Average"), {
      yAxis: { left: { min: 0, max: 1 } },
    }),
    metricWidget(f, "Sign-ins and throttles", [
      sql(
        "signins",
        "Sign-ins",
        `SELECT SUM(SignInSuccesses) FROM SCHEMA("AWS/Cognito", UserPool, UserPoolClient) ${pool}`,
      ),
      sql(
        "throttled",
        "Throttled",
        `SELECT SUM(SignInThrottles) FROM SCHEMA("AWS/Cognito", UserPool, UserPoolClient) ${pool}`,
      ),
      sql(
        "federated",
        "Federated",
        `SELECT SUM(FederationSuccesses) FROM SCHEMA("AWS/Cognito", UserPool, UserPoolClient) ${pool}`,
      ),
    ]),
    metricWidget(
      f,
      "Token refresh success rate by client",
      perClient(f, "TokenRefreshSuccesses", "Average"),
      {
        yAxis: { left: { min: 0, max: 1 } },
      },
    ),
    metricWidget(f, "Token refreshes and throttles", [
      sql(
        "refreshes",
        "Refreshes",
        `SELECT SUM(TokenRefreshSuccesses) FROM SCHEMA("AWS/Cognito", UserPool, UserPoolClient) ${pool}`,
      ),
      sql(
        "refreshThrottled",
        "Throttled",
        `SELECT SUM(TokenRefreshThrottles) FROM SCHEMA("AWS/Cognito", UserPool, UserPoolClient) ${pool}`,
      ),
    ]),
    metricWidget(f, "Threat protection", [
      sql(
        "takeover",
        "Account takeover risk",
        `SELECT SUM(AccountTakeoverRisk) FROM SCHEMA("AWS/Cognito", Operation, RiskLevel, UserPoolId) WHERE UserPoolId = '${f.userPoolId}' GROUP BY RiskLevel`,
      ),
      sql(
        "compromised",
        "Compromised credentials",
        `SELECT SUM(CompromisedCredentialRisk) FROM SCHEMA("AWS/Cognito", Operation, RiskLevel, UserPoolId) WHERE UserPoolId = '${f.userPoolId}'`,
      ),
    ]),
  ];
  if (f.apiId !== undefined) {
    const api = (metric: string, stat: string) => [
      "AWS/ApiGateway",
      metric,
      "ApiId",
      f.apiId,
      { stat, label: `${metric} ${stat}` },
    ];
    widgets.push(
      metricWidget(f, "API requests and errors", [api("Count", "Sum"), api("4xx", "Sum"), api("5xx", "Sum")]),
      metricWidget(f, "API latency", [
        api("Latency", "p50"),
        api("Latency", "p99"),
        api("IntegrationLatency", "p99"),
      ]),
    );
  }
  widgets.push({ type: "alarm", properties: { title: "Alarms", alarms: [...f.alarmArns] } });
  return {
    widgets: widgets.map((w, i) => ({
      ...w,
      x: (i % 2) * WIDTH,
      y: Math.floor(i / 2) * HEIGHT,
      width: WIDTH,
      height: HEIGHT,
    })),
  };
}

/** The CloudWatch dashboard; its body is built from resolved IDs and serialized once. */
export function createDashboard(
  ctx: AwsContext,
  inputs: {
    userPoolId: pulumi.Input<string>;
    clientIds: pulumi.Input<Record<string, string>>;
    apiId?: pulumi.Input<string>;
    alarmArns: pulumi.Input<string>[];
  },
): cloudwatch.Dashboard {
  const body = pulumi
    .all([inputs.userPoolId, inputs.clientIds, inputs.apiId, pulumi.all(inputs.alarmArns)])
    .apply(([userPoolId, clientIds, apiId, alarmArns]) =>
      JSON.stringify(
        dashboardBody({
          region: ctx.config.region,
          userPoolId,
          clientIds,
          alarmArns,
          ...(apiId === undefined ? {} : { apiId }),
        }),
      ),
    );
  return new cloudwatch.Dashboard(
    `${ctx.name}-dashboard`,
    { dashboardName: cloudName(ctx, "auth"), dashboardBody: body },
    childOf(ctx),
  );
}
