import { type RuleCase, resource } from "../support";

const USER = "aws:elasticache/user:User";
const user = (userId: string, userName: string, type: string) =>
  resource(USER, { userId, userName, engine: "valkey", authenticationMode: { type } }, userId);

/** For each ElastiCache, CloudWatch, EventBridge, GuardDuty, KMS and SNS rule: inputs that break it and what it reports. */
export const STORE_CASES: RuleCase[] = [
  ["elasticache-user-engine", { engine: "memcached" }, ['engine is "memcached"']],
  [
    "elasticache-user-auth-type",
    { authenticationMode: { type: "none" } },
    ['authenticationMode.type is "none"'],
  ],
  // Issue 9 defect 1: a Valkey user group admits only password or IAM users.
  [
    "elasticache-user-valkey-auth",
    { engine: "valkey", authenticationMode: { type: "no-password-required" } },
    ['authenticationMode.type is "no-password-required" with engine valkey'],
  ],
  [
    "elasticache-user-passwords",
    { authenticationMode: { type: "password", passwords: ["short"] } },
    ["authenticationMode.passwords[0] has 5 characters"],
  ],
  [
    "elasticache-user-iam-name",
    { userId: "app", userName: "application", authenticationMode: { type: "iam" } },
    ['userName "application" differs from userId "app"'],
  ],
  ["elasticache-user-id", { userId: "app--user" }, ['userId is "app--user"']],
  [
    "elasticache-user-access-string",
    { accessString: "on >password ~* +@all" },
    ['accessString is "on >password ~* +@all"'],
  ],
  ["aws-tags-cache-user", { tags: { "aws:x": "y" } }, ['tags has the tag "aws:x"']],
  ["elasticache-user-group-engine", { engine: "memcached" }, ['engine is "memcached"']],
  ["elasticache-user-group-id", { userGroupId: "1sessions" }, ['userGroupId is "1sessions"']],
  [
    "elasticache-user-group-members",
    { engine: "valkey", userIds: ["app", "legacy"] },
    ['no member is named "default"', 'member "legacy" authenticates with "no-password-required"'],
    [user("app", "app", "iam"), user("legacy", "legacy", "no-password-required")],
  ],
  ["aws-tags-cache-user-group", { tags: { "aws:x": "y" } }, ['tags has the tag "aws:x"']],
  ["elasticache-serverless-engine", { engine: "dragonfly" }, ['engine is "dragonfly"']],
  [
    "elasticache-serverless-description",
    { description: "d".repeat(256) },
    ["description has 256 characters"],
  ],
  ["elasticache-serverless-snapshots", { snapshotRetentionLimit: 36 }, ["snapshotRetentionLimit is 36"]],
  [
    "elasticache-serverless-ecpu",
    { cacheUsageLimits: { ecpuPerSeconds: [{ maximum: 999 }] } },
    ["cacheUsageLimits.ecpuPerSeconds[0].maximum is 999"],
  ],
  [
    "elasticache-serverless-storage",
    { cacheUsageLimits: { dataStorage: { maximum: 5001 } } },
    ["cacheUsageLimits.dataStorage.maximum is 5001"],
  ],
  [
    "elasticache-serverless-storage-unit",
    { cacheUsageLimits: { dataStorage: { unit: "TB" } } },
    ['cacheUsageLimits.dataStorage.unit is "TB"'],
  ],
  [
    "elasticache-serverless-subnets",
    { subnetIds: ["vpc-0123456789abcdef0"] },
    ['subnetIds[0] is "vpc-0123456789abcdef0"'],
  ],
  [
    "elasticache-serverless-security-groups",
    { securityGroupIds: ["sg-xyz"] },
    ['securityGroupIds[0] is "sg-xyz"'],
  ],
  ["aws-tags-cache", { tags: { "aws:x": "y" } }, ['tags has the tag "aws:x"']],
  ["random-password-length", { length: 8 }, ["length is 8"]],
  ["logs-retention-in-days", { retentionInDays: 2 }, ["retentionInDays is 2"]],
  ["logs-group-name", { name: "/aws/api gateway" }, ['name is "/aws/api gateway"']],
  ["logs-group-kms-key", { kmsKeyId: "alias/logs" }, ['kmsKeyId is "alias/logs"']],
  ["aws-tags-log-group", { tags: { "aws:x": "y" } }, ['tags has the tag "aws:x"']],
  ["cloudwatch-alarm-name", { name: "" }, ["name has 0 characters"]],
  [
    "cloudwatch-alarm-description",
    { alarmDescription: "d".repeat(1025) },
    ["alarmDescription has 1025 characters"],
  ],
  ["cloudwatch-alarm-comparison", { comparisonOperator: "Above" }, ['comparisonOperator is "Above"']],
  [
    "cloudwatch-alarm-periods",
    { evaluationPeriods: 2, datapointsToAlarm: 3 },
    ["datapointsToAlarm is 3 of 2"],
  ],
  ["cloudwatch-alarm-missing-data", { treatMissingData: "zero" }, ['treatMissingData is "zero"']],
  [
    "cloudwatch-alarm-metric",
    { metricName: "Latency", period: 45, statistic: "Sum", extendedStatistic: "p99" },
    ["period is 45", "not exactly one of statistic and extendedStatistic"],
  ],
  ["cloudwatch-alarm-statistic", { statistic: "Median" }, ['statistic is "Median"']],
  ["cloudwatch-alarm-extended-statistic", { extendedStatistic: "p101" }, ['extendedStatistic is "p101"']],
  ["cloudwatch-alarm-metric-name", { metricName: "" }, ["metricName has 0 characters"]],
  ["cloudwatch-alarm-namespace", { namespace: "AWS:Cognito" }, ['namespace is "AWS:Cognito"']],
  [
    "cloudwatch-alarm-dimensions",
    { dimensions: Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`d${i}`, "v"])) },
    ["dimensions has 31 entries"],
  ],
  [
    "cloudwatch-alarm-actions",
    { alarmActions: ["a", "b", "c", "d", "e", "f"] },
    ["alarmActions has 6 items"],
  ],
  ["cloudwatch-alarm-ok-actions", { okActions: ["a", "b", "c", "d", "e", "f"] }, ["okActions has 6 items"]],
  ["aws-tags-alarm", { tags: { "aws:x": "y" } }, ['tags has the tag "aws:x"']],
  ["cloudwatch-dashboard-name", { dashboardName: "auth dashboard" }, ['dashboardName is "auth dashboard"']],
  ["cloudwatch-dashboard-body", { dashboardBody: "{widgets:" }, ["dashboardBody is not valid JSON"]],
  ["events-rule-name", { name: "guardduty findings" }, ['name is "guardduty findings"']],
  ["events-rule-description", { description: "d".repeat(513) }, ["description has 513 characters"]],
  [
    "events-rule-pattern",
    { eventPattern: JSON.stringify({ source: ["x".repeat(4100)] }) },
    ["eventPattern has 4115 characters"],
  ],
  ["aws-tags-event-rule", { tags: { "aws:x": "y" } }, ['tags has the tag "aws:x"']],
  ["events-target-id", { targetId: "" }, ['targetId is ""']],
  ["events-target-arn", { arn: "sns:alerts" }, ['arn is "sns:alerts"']],
  [
    "guardduty-publishing-frequency",
    { findingPublishingFrequency: "HOURLY" },
    ['findingPublishingFrequency is "HOURLY"'],
  ],
  ["aws-tags-detector", { tags: { "aws:x": "y" } }, ['tags has the tag "aws:x"']],
  [
    "guardduty-detector-tags",
    { tags: { "cost center": "4410" } },
    ['tags has keys or values GuardDuty refuses: "cost center"'],
  ],
  ["kms-key-deletion-window", { deletionWindowInDays: 6 }, ["deletionWindowInDays is 6"]],
  ["kms-key-description", { description: "d".repeat(8193) }, ["description has 8193 characters"]],
  ["kms-key-policy", { policy: "not json" }, ["policy is not valid JSON"]],
  ["aws-tags-kms-key", { tags: { "aws:x": "y" } }, ['tags has the tag "aws:x"']],
  ["kms-alias-name", { name: "alias/aws/alerts" }, ['name is "alias/aws/alerts"']],
  ["sns-topic-name", { name: "alerts.fifo" }, ['name is "alerts.fifo"']],
  ["sns-topic-kms-key", { kmsMasterKeyId: "alias/aws/sns" }, ['kmsMasterKeyId is "alias/aws/sns"']],
  ["aws-tags-topic", { tags: { "aws:x": "y" } }, ['tags has the tag "aws:x"']],
  ["sns-topic-policy-arn", { arn: "alerts" }, ['arn is "alerts"']],
  ["sns-topic-policy-document", { policy: "{" }, ["policy is not valid JSON"]],
  ["sns-subscription-protocol", { protocol: "slack" }, ['protocol is "slack"']],
  [
    "sns-subscription-topic",
    { topic: "arn:aws:sqs:eu-west-1:123456789012:q" },
    ['topic is "arn:aws:sqs:eu-west-1:123456789012:q"'],
  ],
];
