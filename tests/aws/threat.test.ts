import { beforeAll, describe, expect, it } from "vitest";
import type { Plan } from "../../src/plan/model";
import { all, only } from "../support/harness";
import { ACCOUNT, dependencyNames, POOL_ID, planExample, planVariant, TAGS } from "./support";

const WEB_ACL = "aws:wafv2/webAcl:WebAcl";
const ASSOCIATION = "aws:wafv2/webAclAssociation:WebAclAssociation";
const RISK = "aws:cognito/riskConfiguration:RiskConfiguration";
const DETECTOR = "aws:guardduty/detector:Detector";
const RULE = "aws:cloudwatch/eventRule:EventRule";
const TARGET = "aws:cloudwatch/eventTarget:EventTarget";
const TOPIC_ARN = `arn:aws:sns:ap-northeast-2:${ACCOUNT}:hanbit-aws-alerts`;

const visibility = (metricName: string) => ({
  cloudwatchMetricsEnabled: true,
  sampledRequestsEnabled: true,
  metricName,
});
const path = (searchString: string) => ({
  byteMatchStatement: {
    fieldToMatch: { uriPath: {} },
    positionalConstraint: "STARTS_WITH",
    searchString,
    textTransformations: [{ priority: 0, type: "LOWERCASE" }],
  },
});
const target = (searchString: string) => ({
  byteMatchStatement: {
    fieldToMatch: { singleHeader: { name: "x-amz-target" } },
    positionalConstraint: "ENDS_WITH",
    searchString,
    textTransformations: [{ priority: 0, type: "NONE" }],
  },
});
const managed = (name: string, priority: number) => ({
  name,
  priority,
  overrideAction: { none: {} },
  statement: { managedRuleGroupStatement: { vendorName: "AWS", name } },
  visibilityConfig: visibility(`hanbit-aws-user-pool-${name}`),
});

let plan: Plan;
beforeAll(async () => {
  plan = await planExample();
});

describe("GIVEN the example stack WHEN planned", () => {
  it("THEN the web ACL rate-limits sign-in traffic per IP and adds the managed rule groups", () => {
    expect(only(plan, WEB_ACL).inputs).toEqual({
      name: "hanbit-aws-user-pool",
      description:
        "Protects the hanbit-aws-user-pool Cognito user pool and the hanbit-aws-edge load balancer",
      scope: "REGIONAL",
      defaultAction: { allow: {} },
      rules: [
        {
          name: "sign-in-rate-limit",
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: 300,
              aggregateKeyType: "IP",
              evaluationWindowSec: 300,
              scopeDownStatement: {
                orStatement: {
                  statements: [
                    path("/login"),
                    path("/oauth2/token"),
                    target(".InitiateAuth"),
                    target(".RespondToAuthChallenge"),
                  ],
                },
              },
            },
          },
          visibilityConfig: visibility("hanbit-aws-user-pool-sign-in-rate-limit"),
        },
        managed("AWSManagedRulesCommonRuleSet", 1),
        managed("AWSManagedRulesKnownBadInputsRuleSet", 2),
        managed("AWSManagedRulesAmazonIpReputationList", 3),
        {
          name: "edge-rate-limit",
          priority: 4,
          action: { block: {} },
          statement: {
            rateBasedStatement: { limit: 2000, aggregateKeyType: "IP", evaluationWindowSec: 300 },
          },
          visibilityConfig: visibility("hanbit-aws-user-pool-edge-rate-limit"),
        },
      ],
      visibilityConfig: visibility("hanbit-aws-user-pool"),
      tags: TAGS,
    });
  });

  it("THEN the web ACL is associated with the user pool's ARN", () => {
    const association = only(plan, ASSOCIATION, "hanbit-user-pool-waf-association");
    expect(association.inputs).toEqual({
      resourceArn: `arn:aws:cognito-idp:ap-northeast-2:${ACCOUNT}:userpool/${POOL_ID}`,
      webAclArn: expect.stringMatching(
        /^arn:aws:wafv2:ap-northeast-2:123456789012:regional\/webacl\/hanbit-aws-user-pool\/[0-9a-f-]{36}$/,
      ),
    });
    expect(dependencyNames(association)).toEqual(["hanbit-user-pool", "hanbit-user-pool-waf"]);
  });

  it("THEN adaptive authentication blocks high risk, requires MFA at medium and blocks leaked credentials", () => {
    expect(only(plan, RISK).inputs).toEqual({
      userPoolId: POOL_ID,
      accountTakeoverRiskConfiguration: {
        actions: {
          highAction: { eventAction: "BLOCK", notify: false },
          mediumAction: { eventAction: "MFA_REQUIRED", notify: false },
          lowAction: { eventAction: "NO_ACTION", notify: false },
        },
      },
      compromisedCredentialsRiskConfiguration: {
        eventFilters: ["SIGN_IN", "PASSWORD_CHANGE", "SIGN_UP"],
        actions: { eventAction: "BLOCK" },
      },
    });
  });

  it("THEN (in a fresh account) a GuardDuty detector is created and findings of severity 7+ go to the alert topic", () => {
    expect(only(plan, DETECTOR).inputs).toEqual({
      enable: true,
      findingPublishingFrequency: "FIFTEEN_MINUTES",
      tags: { ...TAGS, "auth-platform:stack": "auth-platform/aws" },
    });
    const rule = only(plan, RULE);
    expect({ ...rule.inputs, eventPattern: JSON.parse(String(rule.inputs.eventPattern)) }).toEqual({
      name: "hanbit-aws-guardduty-findings",
      description: "GuardDuty findings of severity 7 or more, to the alert topic",
      eventPattern: {
        source: ["aws.guardduty"],
        "detail-type": ["GuardDuty Finding"],
        detail: { severity: [{ numeric: [">=", 7] }] },
      },
      tags: TAGS,
    });
    expect(only(plan, TARGET).inputs).toEqual({
      rule: "hanbit-aws-guardduty-findings",
      arn: TOPIC_ARN,
      targetId: "alerts",
    });
  });
});

describe("GIVEN GuardDuty adopted from an existing detector WHEN planned", () => {
  it("THEN no Detector is registered and the findings rule still feeds the topic", async () => {
    const adopted = await planVariant((v) => {
      (v.aws as Record<string, unknown>).guardDuty = {
        mode: "existing",
        detectorId: "0123456789abcdef0123456789abcdef",
        minSeverity: 4,
      };
    });
    expect(all(adopted, DETECTOR)).toEqual([]);
    expect(JSON.parse(String(only(adopted, RULE).inputs.eventPattern)).detail).toEqual({
      severity: [{ numeric: [">=", 4] }],
    });
    expect(all(adopted, TARGET).length).toBe(1);
  });
});

describe("GIVEN GuardDuty off, WAF off and threat protection in audit mode WHEN planned", () => {
  it("THEN no detector, rule, web ACL or association exists and the pool audits", async () => {
    const quiet = await planVariant((v) => {
      const aws = v.aws as Record<string, unknown>;
      aws.guardDuty = { mode: "off" };
      aws.waf = { enabled: false };
      delete aws.loadBalancer; // the load balancer needs the web ACL
      aws.threatProtection = { mode: "audit" };
    });
    for (const type of [DETECTOR, RULE, TARGET, WEB_ACL, ASSOCIATION]) expect(all(quiet, type)).toEqual([]);
    expect(only(quiet, "aws:cognito/userPool:UserPool").inputs.userPoolAddOns).toEqual({
      advancedSecurityMode: "AUDIT",
      advancedSecurityAdditionalFlows: { customAuthMode: "AUDIT" },
    });
    expect(all(quiet, RISK).length).toBe(1);
  });
});
