import * as cloudwatch from "@pulumi/aws/cloudwatch";
import type * as kms from "@pulumi/aws/kms";
import { DURATION_UNITS } from "../../config/duration";
import { type AwsContext, childOf } from "../context";

/** Retention in days from `monitoring.logRetention` (the AWS rules admit only CloudWatch's values). */
export function retentionDays(config: AwsContext["config"]): number {
  return config.monitoring.logRetention.seconds / DURATION_UNITS.d;
}

/** A log group with the configured retention, encrypted with `key` when one is given. */
export function createLogGroup(
  ctx: AwsContext,
  suffix: string,
  logGroupName: string,
  key?: kms.Key,
): cloudwatch.LogGroup {
  return new cloudwatch.LogGroup(
    `${ctx.name}-${suffix}-logs`,
    {
      name: logGroupName,
      retentionInDays: retentionDays(ctx.config),
      kmsKeyId: key?.arn,
      tags: ctx.config.tags,
    },
    childOf(ctx),
  );
}
