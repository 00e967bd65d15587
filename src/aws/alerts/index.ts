import * as kms from "@pulumi/aws/kms";
import * as sns from "@pulumi/aws/sns";
import * as pulumi from "@pulumi/pulumi";
import { type AwsContext, childOf, cloudName } from "../context";
import { alertKeyPolicy, alertTopicPolicy } from "./policies";

export interface AwsAlerts {
  readonly key: kms.Key;
  readonly topic: sns.Topic;
}

/**
 * Where every alarm and GuardDuty finding goes: one SNS topic encrypted with a customer-managed
 * KMS key (rotated yearly), a topic policy for the publishers, and an e-mail subscription per
 * address in `monitoring.alertEmails` (each recipient confirms it once).
 */
export function createAlerts(ctx: AwsContext): AwsAlerts {
  const { config } = ctx;
  const key = new kms.Key(
    `${ctx.name}-alerts-key`,
    {
      description: `Encrypts ${cloudName(ctx, "alerts")} (alarms, GuardDuty findings) and platform logs`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: ctx.account.apply((a) =>
        JSON.stringify(alertKeyPolicy(a, config.region, config.aws.encryptLogs)),
      ),
      tags: config.tags,
    },
    childOf(ctx),
  );
  new kms.Alias(
    `${ctx.name}-alerts-key-alias`,
    { name: `alias/${cloudName(ctx, "alerts")}`, targetKeyId: key.keyId },
    childOf(ctx),
  );
  const topic = new sns.Topic(
    `${ctx.name}-alerts`,
    { name: cloudName(ctx, "alerts"), kmsMasterKeyId: key.arn, tags: config.tags },
    childOf(ctx),
  );
  new sns.TopicPolicy(
    `${ctx.name}-alerts-policy`,
    {
      arn: topic.arn,
      policy: pulumi
        .all([ctx.account, topic.arn])
        .apply(([a, arn]) => JSON.stringify(alertTopicPolicy(a, arn))),
    },
    childOf(ctx),
  );
  for (const address of config.monitoring.alertEmails) {
    new sns.TopicSubscription(
      `${ctx.name}-alerts-${address.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
      { topic: topic.arn, protocol: "email", endpoint: address },
      childOf(ctx),
    );
  }
  return { key, topic };
}
