import { integerIn, jsonText, lengthIn, matches, oneOf } from "../../platform/constraintKinds";
import { arnOf, awsTags, free, type ServiceAudit, T } from "./common";
import { SOURCES } from "./sources";

/** What the KMS and SNS providers enforce on the alert key and topic. */
export const ALERTS: ServiceAudit = {
  constraints: [
    integerIn(
      {
        id: "kms-key-deletion-window",
        type: T.key,
        input: "deletionWindowInDays",
        source: `${SOURCES.kms}/key.go`,
      },
      7,
      30,
    ),
    lengthIn(
      { id: "kms-key-description", type: T.key, input: "description", source: `${SOURCES.kms}/key.go` },
      0,
      8192,
    ),
    jsonText(
      {
        id: "kms-key-policy",
        type: T.key,
        input: "policy",
        source: `${SOURCES.kms}/key.go; https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateKey.html`,
      },
      32_768,
    ),
    awsTags("aws-tags-kms-key", T.key),
    matches(
      { id: "kms-alias-name", type: T.alias, input: "name", source: `${SOURCES.kms}/validate.go` },
      /^alias\/(?!aws\/)[a-zA-Z0-9/_-]{1,250}$/,
      'alias/ then letters, digits and / _ -, not under the reserved "alias/aws/"',
    ),
    matches(
      { id: "sns-topic-name", type: T.topic, input: "name", source: `${SOURCES.sns}/topic.go` },
      /^[A-Za-z0-9_-]{1,256}$/,
      "1..256 letters, digits, hyphens and underscores (a standard topic)",
    ),
    arnOf("sns-topic-kms-key", T.topic, "kmsMasterKeyId", "kms"),
    awsTags("aws-tags-topic", T.topic),
    arnOf("sns-topic-policy-arn", T.topicPolicy, "arn", "sns"),
    jsonText(
      {
        id: "sns-topic-policy-document",
        type: T.topicPolicy,
        input: "policy",
        source: `${SOURCES.sns}/topic_policy.go; https://docs.aws.amazon.com/sns/latest/api/API_SetTopicAttributes.html`,
      },
      30_720,
    ),
    oneOf(
      {
        id: "sns-subscription-protocol",
        type: T.subscription,
        input: "protocol",
        source: `${SOURCES.sns}/topic_subscription.go`,
      },
      ["application", "email", "email-json", "firehose", "http", "https", "lambda", "sms", "sqs"],
    ),
    arnOf("sns-subscription-topic", T.subscription, "topic", "sns"),
  ],
  unconstrained: [
    free(T.key, "enableKeyRotation", "a boolean, always true"),
    free(T.alias, "targetKeyId", "the key's ID output"),
    free(
      T.subscription,
      "endpoint",
      "an e-mail address from monitoring.alertEmails, checked by the configuration",
    ),
  ],
};
