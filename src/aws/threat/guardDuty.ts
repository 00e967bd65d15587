import * as cloudwatch from "@pulumi/aws/cloudwatch";
import * as guardduty from "@pulumi/aws/guardduty";
import type * as sns from "@pulumi/aws/sns";
import type * as pulumi from "@pulumi/pulumi";
import { type AwsContext, childOf, cloudName } from "../context";
import { OWNER_TAG, ownerTagValue } from "./guardDutyLookup";

export interface AwsGuardDuty {
  /** The region's detector: the one created here, or the adopted one's ID from config. */
  readonly detectorId: pulumi.Input<string>;
  /** The EventBridge rule that forwards findings to the alert topic. */
  readonly findingsRule: cloudwatch.EventRule;
}

/** EventBridge pattern matching GuardDuty findings at or above a severity. Pure. */
export function findingsPattern(minSeverity: number) {
  return {
    source: ["aws.guardduty"],
    "detail-type": ["GuardDuty Finding"],
    detail: { severity: [{ numeric: [">=", minSeverity] }] },
  };
}

/**
 * GuardDuty for the account and region, once `auto` is settled (guardDutyLookup): mode
 * "create" registers the detector, tagged with its owner stack and retained on delete (the
 * findings are the account's, not the platform's); "existing" adopts the detector another
 * owner runs (only its ID is used; no Detector resource is registered, so nothing can replace
 * or delete it); "off" does nothing. Findings at or above `aws.guardDuty.minSeverity` go to
 * the alert topic.
 */
export function createGuardDuty(ctx: AwsContext, topic: sns.Topic): AwsGuardDuty | undefined {
  const gd = ctx.config.aws.guardDuty;
  if (gd.mode === "off") return undefined;
  if (gd.mode === "auto") throw new Error("aws.guardDuty.mode auto must be settled first (resolveGuardDuty)");
  const detectorId =
    gd.mode === "create"
      ? new guardduty.Detector(
          `${ctx.name}-guardduty`,
          {
            enable: true,
            findingPublishingFrequency: "FIFTEEN_MINUTES",
            tags: { ...ctx.config.tags, [OWNER_TAG]: ownerTagValue() },
          },
          { ...childOf(ctx), retainOnDelete: true },
        ).id
      : (gd.detectorId ?? "");
  const findingsRule = new cloudwatch.EventRule(
    `${ctx.name}-guardduty-findings`,
    {
      name: cloudName(ctx, "guardduty-findings"),
      description: `GuardDuty findings of severity ${gd.minSeverity} or more, to the alert topic`,
      eventPattern: JSON.stringify(findingsPattern(gd.minSeverity)),
      tags: ctx.config.tags,
    },
    childOf(ctx),
  );
  new cloudwatch.EventTarget(
    `${ctx.name}-guardduty-findings-to-alerts`,
    { rule: findingsRule.name, arn: topic.arn, targetId: "alerts" },
    childOf(ctx),
  );
  return { detectorId, findingsRule };
}
