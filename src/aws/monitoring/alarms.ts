import * as cloudwatch from "@pulumi/aws/cloudwatch";
import type * as sns from "@pulumi/aws/sns";
import { type AwsContext, childOf, cloudName } from "../context";
import { type AlarmSpec, type AlarmTargets, alarmSpecs } from "./alarmSpecs";

/** The platform's CloudWatch alarms; each notifies the alert topic when it fires and when it clears. */
export function createAlarms(
  ctx: AwsContext,
  targets: AlarmTargets,
  topic: sns.Topic,
): cloudwatch.MetricAlarm[] {
  return createMetricAlarms(ctx, alarmSpecs(ctx.config, targets), topic);
}

/** One CloudWatch alarm per spec, named `<name>-<stack>-<suffix>`, routed to the one alert topic. */
export function createMetricAlarms(
  ctx: AwsContext,
  specs: readonly AlarmSpec[],
  topic: sns.Topic,
): cloudwatch.MetricAlarm[] {
  return specs.map(
    (spec) =>
      new cloudwatch.MetricAlarm(
        `${ctx.name}-${spec.suffix}-alarm`,
        {
          ...spec.args,
          name: cloudName(ctx, spec.suffix),
          alarmActions: [topic.arn],
          okActions: [topic.arn],
          tags: ctx.config.tags,
        },
        childOf(ctx),
      ),
  );
}
