import { beforeAll, describe, expect, it } from "vitest";
import { alertKeyPolicy, alertTopicPolicy } from "../../src/aws/alerts/policies";
import { dashboardBody } from "../../src/aws/monitoring/dashboard";
import type { Plan } from "../../src/plan/model";
import { all, only } from "../support/harness";
import { ACCOUNT, dependencyNames, POOL_ID, planExample, TAGS } from "./support";

const TOPIC_ARN = `arn:aws:sns:ap-northeast-2:${ACCOUNT}:hanbit-aws-alerts`;
const ACCOUNT_FACTS = { accountId: ACCOUNT, partition: "aws" };

let plan: Plan;
beforeAll(async () => {
  plan = await planExample();
});

describe("GIVEN the example stack WHEN planned", () => {
  it("THEN the alert key rotates and its policy is the account-root + publishers + logs policy", () => {
    const key = only(plan, "aws:kms/key:Key").inputs;
    expect({ ...key, policy: JSON.parse(String(key.policy)) }).toEqual({
      description: "Encrypts hanbit-aws-alerts (alarms, GuardDuty findings) and platform logs",
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: alertKeyPolicy(ACCOUNT_FACTS, "ap-northeast-2", true),
      tags: TAGS,
    });
    expect(only(plan, "aws:kms/alias:Alias").inputs).toEqual({
      name: "alias/hanbit-aws-alerts",
      targetKeyId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it("THEN the topic is encrypted with that key and only this account's EventBridge and CloudWatch publish", () => {
    expect(only(plan, "aws:sns/topic:Topic").inputs).toEqual({
      name: "hanbit-aws-alerts",
      kmsMasterKeyId: expect.stringMatching(/^arn:aws:kms:ap-northeast-2:123456789012:key\/[0-9a-f-]{36}$/),
      tags: TAGS,
    });
    const policy = only(plan, "aws:sns/topicPolicy:TopicPolicy").inputs;
    expect({ arn: policy.arn, policy: JSON.parse(String(policy.policy)) }).toEqual({
      arn: TOPIC_ARN,
      policy: alertTopicPolicy(ACCOUNT_FACTS, TOPIC_ARN),
    });
    const publish = alertTopicPolicy(ACCOUNT_FACTS, TOPIC_ARN).Statement[1];
    expect(publish).toEqual({
      Sid: "AlertPublishersPublish",
      Effect: "Allow",
      Principal: { Service: ["events.amazonaws.com", "cloudwatch.amazonaws.com"] },
      Action: "sns:Publish",
      Resource: TOPIC_ARN,
      Condition: { StringEquals: { "aws:SourceAccount": ACCOUNT } },
    });
  });

  it("THEN each alert address has an e-mail subscription", () => {
    expect(all(plan, "aws:sns/topicSubscription:TopicSubscription").map((s) => s.inputs)).toEqual([
      { topic: TOPIC_ARN, protocol: "email", endpoint: "secops@hanbit.co.kr" },
      { topic: TOPIC_ARN, protocol: "email", endpoint: "platform-oncall@hanbit.co.kr" },
    ]);
  });

  it("THEN user-activity logs go unencrypted to a vended-logs group; API logs are KMS-encrypted", () => {
    const groups = all(plan, "aws:cloudwatch/logGroup:LogGroup")
      .map((g) => [g.name, g.inputs])
      .sort(([a], [b]) => String(a).localeCompare(String(b)));
    expect(groups).toEqual([
      [
        "hanbit-api-access-logs",
        {
          name: "/aws/apigateway/hanbit-aws-api",
          retentionInDays: 90,
          kmsKeyId: expect.stringMatching(/^arn:aws:kms:ap-northeast-2:123456789012:key\//),
          tags: TAGS,
        },
      ],
      [
        "hanbit-user-activity-logs",
        { name: "/aws/vendedlogs/cognito/hanbit-aws-users", retentionInDays: 90, tags: TAGS },
      ],
    ]);
    const groupArn = `arn:aws:logs:ap-northeast-2:${ACCOUNT}:log-group:/aws/vendedlogs/cognito/hanbit-aws-users`;
    const delivery = only(plan, "aws:cognito/logDeliveryConfiguration:LogDeliveryConfiguration");
    expect(delivery.inputs).toEqual({
      userPoolId: POOL_ID,
      logConfigurations: [
        {
          eventSource: "userAuthEvents",
          logLevel: "INFO",
          cloudWatchLogsConfiguration: { logGroupArn: groupArn },
        },
        {
          eventSource: "userNotification",
          logLevel: "ERROR",
          cloudWatchLogsConfiguration: { logGroupArn: groupArn },
        },
      ],
    });
    expect(dependencyNames(delivery)).toEqual(["hanbit-user-activity-logs", "hanbit-user-pool"]);
  });

  it("THEN twelve alarms notify the topic on alarm and on recovery", () => {
    const alarms = all(plan, "aws:cloudwatch/metricAlarm:MetricAlarm");
    expect(alarms.map((a) => String(a.inputs.name)).sort()).toEqual([
      "hanbit-aws-account-takeover-risk",
      "hanbit-aws-api-4xx",
      "hanbit-aws-api-5xx",
      "hanbit-aws-api-p99-latency",
      "hanbit-aws-compromised-credentials",
      "hanbit-aws-edge-5xx",
      "hanbit-aws-edge-auth-errors",
      "hanbit-aws-edge-auth-failures",
      "hanbit-aws-guardduty-delivery-failed",
      "hanbit-aws-guardduty-findings",
      "hanbit-aws-sign-in-throttles",
      "hanbit-aws-token-refresh-throttles",
    ]);
    for (const alarm of alarms) {
      expect(alarm.inputs).toMatchObject({ alarmActions: [TOPIC_ARN], okActions: [TOPIC_ARN], tags: TAGS });
    }
  });

  it("THEN the 5xx alarm computes a rate only above 20 requests", () => {
    expect(only(plan, "aws:cloudwatch/metricAlarm:MetricAlarm", "hanbit-api-5xx-alarm").inputs).toMatchObject(
      {
        metricQueries: [
          {
            id: "errors",
            returnData: false,
            metric: {
              namespace: "AWS/ApiGateway",
              metricName: "5xx",
              dimensions: { ApiId: "guvq9fr6x5" },
              period: 300,
              stat: "Sum",
            },
          },
          {
            id: "requests",
            returnData: false,
            metric: {
              namespace: "AWS/ApiGateway",
              metricName: "Count",
              dimensions: { ApiId: "guvq9fr6x5" },
              period: 300,
              stat: "Sum",
            },
          },
          {
            id: "rate",
            expression: "IF(requests >= 20, 100 * errors / requests, 0)",
            label: "5xx responses (% of requests)",
            returnData: true,
          },
        ],
        comparisonOperator: "GreaterThanThreshold",
        threshold: 5,
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
        treatMissingData: "notBreaching",
      },
    );
  });

  it("THEN the takeover-risk alarm queries high-risk requests of this pool", () => {
    expect(
      only(plan, "aws:cloudwatch/metricAlarm:MetricAlarm", "hanbit-account-takeover-risk-alarm").inputs,
    ).toMatchObject({
      metricQueries: [
        {
          id: "q1",
          period: 300,
          returnData: true,
          expression: `SELECT SUM(AccountTakeoverRisk) FROM SCHEMA("AWS/Cognito", Operation, RiskLevel, UserPoolId) WHERE UserPoolId = '${POOL_ID}' AND RiskLevel = 'high'`,
        },
      ],
      comparisonOperator: "GreaterThanOrEqualToThreshold",
      threshold: 5,
    });
  });

  it("THEN the dashboard body is the documented object with the pool, clients, API and alarms filled in", () => {
    const dashboard = only(plan, "aws:cloudwatch/dashboard:Dashboard").inputs;
    expect(dashboard.dashboardName).toBe("hanbit-aws-auth");
    const body = JSON.parse(String(dashboard.dashboardBody)) as {
      widgets: { properties: { title: string; alarms?: string[] } }[];
    };
    expect(body.widgets.map((w) => w.properties.title)).toEqual([
      "Sign-in success rate by client",
      "Sign-ins and throttles",
      "Token refresh success rate by client",
      "Token refreshes and throttles",
      "Threat protection",
      "API requests and errors",
      "API latency",
      "Alarms",
    ]);
    expect(body.widgets.at(-1)?.properties.alarms?.length).toBe(9);
  });
});

describe("GIVEN dashboard facts WHEN the body is built", () => {
  it("THEN widgets carry the region and per-client dimensions and tile two per row", () => {
    const body = dashboardBody({
      region: "ap-northeast-2",
      userPoolId: "pool",
      clientIds: { web: "c1" },
      alarmArns: ["arn:a"],
    });
    expect(body.widgets[0]).toEqual({
      type: "metric",
      x: 0,
      y: 0,
      width: 12,
      height: 6,
      properties: {
        title: "Sign-in success rate by client",
        region: "ap-northeast-2",
        view: "timeSeries",
        period: 300,
        metrics: [
          [
            "AWS/Cognito",
            "SignInSuccesses",
            "UserPool",
            "pool",
            "UserPoolClient",
            "c1",
            { label: "web", stat: "Average" },
          ],
        ],
        yAxis: { left: { min: 0, max: 1 } },
      },
    });
    expect(body.widgets.map((w) => [w.x, w.y])).toEqual([
      [0, 0],
      [12, 0],
      [0, 6],
      [12, 6],
      [0, 12],
      [12, 12],
    ]);
  });
});
