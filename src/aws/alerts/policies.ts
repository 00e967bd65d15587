import type { AccountFacts } from "../context";

/** An IAM-style policy document. */
export interface PolicyDocument {
  readonly Version: "2012-10-17";
  readonly Statement: readonly Record<string, unknown>[];
}

/** The services that publish alerts: EventBridge (GuardDuty findings) and CloudWatch alarms. */
export const ALERT_PUBLISHERS = ["events.amazonaws.com", "cloudwatch.amazonaws.com"] as const;

const root = (a: AccountFacts) => `arn:${a.partition}:iam::${a.accountId}:root`;

/**
 * Policy of the alert key: the account administers it through IAM; the alert publishers may
 * use it to encrypt for the topic (the AWS-managed SNS key does not let EventBridge do that);
 * with `encryptLogs`, CloudWatch Logs may use it for this account's log groups in the region.
 */
export function alertKeyPolicy(account: AccountFacts, region: string, encryptLogs: boolean): PolicyDocument {
  const statements: Record<string, unknown>[] = [
    {
      Sid: "AccountAdministersKey",
      Effect: "Allow",
      Principal: { AWS: root(account) },
      Action: "kms:*",
      Resource: "*",
    },
    {
      Sid: "AlertPublishersEncrypt",
      Effect: "Allow",
      Principal: { Service: [...ALERT_PUBLISHERS] },
      Action: ["kms:GenerateDataKey*", "kms:Decrypt"],
      Resource: "*",
    },
  ];
  if (encryptLogs) {
    statements.push({
      Sid: "CloudWatchLogsEncrypt",
      Effect: "Allow",
      Principal: { Service: `logs.${region}.amazonaws.com` },
      Action: ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
      Resource: "*",
      Condition: {
        ArnLike: {
          "kms:EncryptionContext:aws:logs:arn": `arn:${account.partition}:logs:${region}:${account.accountId}:log-group:*`,
        },
      },
    });
  }
  return { Version: "2012-10-17", Statement: statements };
}

/**
 * Policy of the alert topic: the account manages it; EventBridge and CloudWatch publish only on
 * behalf of this account; nothing publishes without TLS.
 */
export function alertTopicPolicy(account: AccountFacts, topicArn: string): PolicyDocument {
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "AccountManagesTopic",
        Effect: "Allow",
        Principal: { AWS: root(account) },
        Action: [
          "sns:GetTopicAttributes",
          "sns:SetTopicAttributes",
          "sns:AddPermission",
          "sns:RemovePermission",
          "sns:DeleteTopic",
          "sns:Subscribe",
          "sns:ListSubscriptionsByTopic",
          "sns:Publish",
        ],
        Resource: topicArn,
      },
      {
        Sid: "AlertPublishersPublish",
        Effect: "Allow",
        Principal: { Service: [...ALERT_PUBLISHERS] },
        Action: "sns:Publish",
        Resource: topicArn,
        Condition: { StringEquals: { "aws:SourceAccount": account.accountId } },
      },
      {
        Sid: "DenyPublishWithoutTls",
        Effect: "Deny",
        Principal: "*",
        Action: "sns:Publish",
        Resource: topicArn,
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
    ],
  };
}
