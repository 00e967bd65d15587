import type * as cloudwatch from "@pulumi/aws/cloudwatch";
import * as cognito from "@pulumi/aws/cognito";
import { type AwsContext, childOf, cloudName } from "../context";
import { createLogGroup } from "./logGroups";

/**
 * Cognito user-activity logs (Plus tier): every sign-in, sign-up and password event with its risk
 * verdict (`userAuthEvents`, INFO), plus failures to deliver e-mail and SMS (`userNotification`,
 * ERROR), into one log group. The group is never KMS-encrypted (Cognito cannot deliver to one) and
 * lives under /aws/vendedlogs/ so its resource policy does not outgrow CloudWatch's limit.
 */
export function createUserActivityLogs(
  ctx: AwsContext,
  userPool: cognito.UserPool,
): cloudwatch.LogGroup | undefined {
  if (ctx.config.aws.userPoolTier !== "plus") return undefined;
  const logGroup = createLogGroup(ctx, "user-activity", `/aws/vendedlogs/cognito/${cloudName(ctx, "users")}`);
  const destination = { cloudWatchLogsConfiguration: { logGroupArn: logGroup.arn } };
  new cognito.LogDeliveryConfiguration(
    `${ctx.name}-user-activity-delivery`,
    {
      userPoolId: userPool.id,
      logConfigurations: [
        { eventSource: "userAuthEvents", logLevel: "INFO", ...destination },
        { eventSource: "userNotification", logLevel: "ERROR", ...destination },
      ],
    },
    childOf(ctx),
  );
  return logGroup;
}
