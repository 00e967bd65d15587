import type * as cognito from "@pulumi/aws/cognito";
import * as wafv2 from "@pulumi/aws/wafv2";
import { type AwsContext, childOf, cloudName } from "../context";
import { elbName } from "../edge/names";

/** Managed-login paths that take credentials. */
export const SIGN_IN_PATHS = ["/login", "/oauth2/token"] as const;
/** User-pool API operations that take credentials (the `x-amz-target` header ends with them). */
export const SIGN_IN_OPERATIONS = ["InitiateAuth", "RespondToAuthChallenge"] as const;
/** The window AWS WAF counts rate-based requests over. */
export const RATE_WINDOW_SECONDS = 300;

const visibility = (metricName: string) => ({
  cloudwatchMetricsEnabled: true,
  sampledRequestsEnabled: true,
  metricName,
});

const pathStartsWith = (path: string) => ({
  byteMatchStatement: {
    fieldToMatch: { uriPath: {} },
    positionalConstraint: "STARTS_WITH",
    searchString: path,
    textTransformations: [{ priority: 0, type: "LOWERCASE" }],
  },
});

const operationIs = (operation: string) => ({
  byteMatchStatement: {
    fieldToMatch: { singleHeader: { name: "x-amz-target" } },
    positionalConstraint: "ENDS_WITH",
    searchString: `.${operation}`,
    textTransformations: [{ priority: 0, type: "NONE" }],
  },
});

/**
 * The web ACL's rules: first a per-IP rate limit on sign-in traffic only (hosted sign-in and the
 * API operations that take a password), then each configured AWS managed rule group. Pure.
 */
export function webAclRules(config: AwsContext["config"], metricPrefix: string) {
  const { waf } = config.aws;
  const rateLimit = {
    name: "sign-in-rate-limit",
    priority: 0,
    action: { block: {} },
    statement: {
      rateBasedStatement: {
        limit: waf.signInRateLimit,
        aggregateKeyType: "IP",
        evaluationWindowSec: RATE_WINDOW_SECONDS,
        scopeDownStatement: {
          orStatement: {
            statements: [...SIGN_IN_PATHS.map(pathStartsWith), ...SIGN_IN_OPERATIONS.map(operationIs)],
          },
        },
      },
    },
    visibilityConfig: visibility(`${metricPrefix}-sign-in-rate-limit`),
  };
  const managed = waf.managedRuleGroups.map((group, i) => ({
    name: group,
    priority: i + 1,
    overrideAction: { none: {} },
    statement: { managedRuleGroupStatement: { vendorName: "AWS", name: group } },
    visibilityConfig: visibility(`${metricPrefix}-${group}`),
  }));
  return [rateLimit, ...managed, ...edgeRateLimit(config, metricPrefix, managed.length + 1)];
}

/**
 * With `aws.loadBalancer`, the same web ACL protects the load balancer: one more rule caps every
 * client IP's requests (to the load balancer and the user pool alike) per 5 minutes.
 */
function edgeRateLimit(config: AwsContext["config"], metricPrefix: string, priority: number) {
  const edge = config.aws.loadBalancer;
  if (!edge) return [];
  return [
    {
      name: "edge-rate-limit",
      priority,
      action: { block: {} },
      statement: {
        rateBasedStatement: {
          limit: edge.rateLimit,
          aggregateKeyType: "IP",
          evaluationWindowSec: RATE_WINDOW_SECONDS,
        },
      },
      visibilityConfig: visibility(`${metricPrefix}-edge-rate-limit`),
    },
  ];
}

/** AWS WAF in front of the user pool (hosted pages and public API); none when `aws.waf.enabled` is false. */
export function createUserPoolWaf(ctx: AwsContext, userPool: cognito.UserPool): wafv2.WebAcl | undefined {
  if (!ctx.config.aws.waf.enabled) return undefined;
  const aclName = cloudName(ctx, "user-pool");
  const webAcl = new wafv2.WebAcl(
    `${ctx.name}-user-pool-waf`,
    {
      name: aclName,
      description: ctx.config.aws.loadBalancer
        ? `Protects the ${aclName} Cognito user pool and the ${elbName(ctx, "edge")} load balancer`
        : `Protects the ${aclName} Cognito user pool`,
      scope: "REGIONAL",
      defaultAction: { allow: {} },
      rules: webAclRules(ctx.config, aclName),
      visibilityConfig: visibility(aclName),
      tags: ctx.config.tags,
    },
    childOf(ctx),
  );
  new wafv2.WebAclAssociation(
    `${ctx.name}-user-pool-waf-association`,
    { resourceArn: userPool.arn, webAclArn: webAcl.arn },
    childOf(ctx),
  );
  return webAcl;
}
