import { beforeAll, describe, expect, it } from "vitest";
import type { Plan } from "../../src/plan/model";
import { all, only } from "../support/harness";
import { LB_ARN, LB_DIMENSION, TOPIC_ARN } from "./edgeSupport";
import { planExample, TAGS } from "./support";

let plan: Plan;
beforeAll(async () => {
  plan = await planExample();
});

describe("GIVEN the example stack's load balancer WHEN its protection and monitoring are planned", () => {
  it("THEN the platform's web ACL is associated with the load balancer too", () => {
    const association = only(
      plan,
      "aws:wafv2/webAclAssociation:WebAclAssociation",
      "hanbit-edge-waf-association",
    );
    expect(association.inputs).toEqual({
      resourceArn: LB_ARN,
      webAclArn: expect.stringMatching(
        /^arn:aws:wafv2:ap-northeast-2:123456789012:regional\/webacl\/hanbit-aws-user-pool\/[0-9a-f-]{36}$/,
      ),
    });
  });

  it("THEN three alarms on the load balancer notify the alert topic", () => {
    const alarms = Object.fromEntries(
      all(plan, "aws:cloudwatch/metricAlarm:MetricAlarm")
        .filter((a) => a.name.startsWith("hanbit-edge"))
        .map((a) => [a.name, a.inputs]),
    );
    const dimensions = { LoadBalancer: LB_DIMENSION };
    const common = {
      alarmActions: [TOPIC_ARN],
      okActions: [TOPIC_ARN],
      tags: TAGS,
      treatMissingData: "notBreaching",
    };
    const metric = (metricName: string) => ({
      namespace: "AWS/ApplicationELB",
      metricName,
      dimensions,
      period: 300,
      stat: "Sum",
    });
    const count = (name: string, description: string, metricName: string, threshold: number) => ({
      ...common,
      name,
      alarmDescription: description,
      namespace: "AWS/ApplicationELB",
      metricName,
      dimensions,
      statistic: "Sum",
      period: 300,
      comparisonOperator: "GreaterThanOrEqualToThreshold",
      threshold,
      evaluationPeriods: 1,
    });
    expect(alarms).toEqual({
      "hanbit-edge-5xx-alarm": {
        ...common,
        name: "hanbit-aws-edge-5xx",
        alarmDescription: "The load balancer or its targets fail requests (5xx).",
        metricQueries: [
          { id: "elb", metric: metric("HTTPCode_ELB_5XX_Count"), returnData: false },
          { id: "target", metric: metric("HTTPCode_Target_5XX_Count"), returnData: false },
          { id: "requests", metric: metric("RequestCount"), returnData: false },
          {
            id: "rate",
            expression: "IF(requests >= 20, 100 * (FILL(elb, 0) + FILL(target, 0)) / requests, 0)",
            label: "5xx responses (% of requests)",
            returnData: true,
          },
        ],
        comparisonOperator: "GreaterThanThreshold",
        threshold: 5,
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
      },
      "hanbit-edge-auth-errors-alarm": count(
        "hanbit-aws-edge-auth-errors",
        "The load balancer could not complete sign-ins (ELBAuthError): Cognito unreachable or the action misconfigured.",
        "ELBAuthError",
        1,
      ),
      "hanbit-edge-auth-failures-alarm": count(
        "hanbit-aws-edge-auth-failures",
        "Cognito refused at least 20 load-balancer sign-ins in 5 minutes (ELBAuthFailure).",
        "ELBAuthFailure",
        20,
      ),
    });
  });
});
