import { AWS_REGIONS } from "../../../src/config/regions";
import { WAF_USER_POOL_RULE_GROUPS } from "../../../src/config/rules/aws/limits";
import { type BadCase, bad, HOSTILE, REMOVE } from "../support";

const USER_POOL_GROUPS = WAF_USER_POOL_RULE_GROUPS.join(", ");

const SES = "arn:aws:ses:ap-northeast-2:123456789012:identity/hanbit.co.kr";
const SMS_ROLE = "arn:aws:iam::123456789012:role/cognito-sms";

/** The aws section and the AWS region. */
export const AWS_CASES: readonly BadCase[] = [
  bad("aws", "an unknown pool tier", "aws.userPoolTier", "premium", [
    'aws.userPoolTier: must be one of "lite", "essentials", "plus"; received "premium"',
  ]),
  bad("aws", "an unknown threat protection mode", "aws.threatProtection.mode", "on", [
    'aws.threatProtection.mode: must be one of "enforced", "audit", "off"; received "on"',
  ]),
  bad("aws", "an unknown risk action", "aws.threatProtection.highRisk", "deny", [
    'aws.threatProtection.highRisk: must be one of "block", "mfa", "notify", "allow"; received "deny"',
  ]),
  bad(
    "aws",
    "a domain prefix with capitals and an underscore",
    "aws.domain.prefix",
    "Hanbit_Login",
    [
      'aws.domain.prefix: must be 1..63 lowercase letters, digits and hyphens, not starting or ending with a hyphen; received "Hanbit_Login"',
    ],
    { cli: true },
  ),
  bad("aws", "a domain prefix with a reserved word", "aws.domain.prefix", "hanbit-cognito", [
    'aws.domain.prefix: must not contain "cognito" (reserved by Cognito); received "hanbit-cognito"',
  ]),
  bad("aws", "a path traversal as the domain prefix", "aws.domain.prefix", HOSTILE.traversal, [
    'aws.domain.prefix: must be 1..63 lowercase letters, digits and hyphens, not starting or ending with a hyphen; received "../../etc/passwd"',
  ]),
  bad("aws", "a 100 KB domain prefix", "aws.domain.prefix", HOSTILE.huge, [
    'aws.domain.prefix: must be 1..63 lowercase letters, digits and hyphens, not starting or ending with a hyphen; received "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (100002 characters)',
  ]),
  bad("aws", "neither prefix nor custom domain", "aws.domain", {}, [
    "aws.domain: must set exactly one of prefix or customDomain; received {}",
  ]),
  bad(
    "aws",
    "markup in a custom domain",
    "aws.domain",
    { customDomain: "<script>.hanbit.co.kr" },
    [
      'aws.domain.customDomain: must be a lowercase DNS name such as login.example.co.kr; received "<script>.hanbit.co.kr"',
    ],
    {
      at: "aws.domain.customDomain",
    },
  ),
  // AWS WAF takes rate limits of 100..2,000,000,000 (terraform-provider-aws wafv2/schemas.go).
  bad("aws", "a sign-in rate limit under 100", "aws.waf.signInRateLimit", 99, [
    "aws.waf.signInRateLimit: must be at least 100; received 99",
  ]),
  // Cognito refuses a web ACL with the account-takeover group (Cognito guide, user-pool-waf.html).
  bad(
    "aws",
    "the account-takeover rule group",
    "aws.waf.managedRuleGroups",
    ["AWSManagedRulesATPRuleSet"],
    [
      `aws.waf.managedRuleGroups[0]: must be an AWS managed rule group that works on a Cognito user pool: ${USER_POOL_GROUPS}; received "AWSManagedRulesATPRuleSet"`,
    ],
  ),
  bad(
    "aws",
    "markup as a managed rule group",
    "aws.waf.managedRuleGroups",
    [HOSTILE.script],
    [
      `aws.waf.managedRuleGroups[0]: must be an AWS managed rule group that works on a Cognito user pool: ${USER_POOL_GROUPS}; received "<script>alert(\\"x\\")</script>"`,
    ],
  ),
  bad(
    "aws",
    "an existing detector without its ID",
    "aws.guardDuty.mode",
    "existing",
    [
      'aws.guardDuty.detectorId: is required when aws.guardDuty.mode is "existing" (aws guardduty list-detectors); received nothing',
    ],
    {
      at: "aws.guardDuty.detectorId",
    },
  ),
  // GuardDuty severities run to 10 (9.0-10.0 is "Critical").
  bad("aws", "a severity over 10", "aws.guardDuty.minSeverity", 10.5, [
    "aws.guardDuty.minSeverity: must be at most 10; received 10.5",
  ]),
  bad("aws", "a severity as text", "aws.guardDuty.minSeverity", "7", [
    'aws.guardDuty.minSeverity: must be a number; received "7"',
  ]),
  bad("aws", "a path as a detector ID", "aws.guardDuty.detectorId", HOSTILE.traversal, [
    'aws.guardDuty.detectorId: must be a 32-character GuardDuty detector ID; received "../../etc/passwd"',
  ]),
  bad("aws", "a 5xx alarm at 0 %", "aws.alarms.api5xxPercent", 0, [
    "aws.alarms.api5xxPercent: must be at least 0.1; received 0",
  ]),
  bad("aws", "a latency alarm over 30 s", "aws.alarms.apiP99LatencyMs", 30_001, [
    "aws.alarms.apiP99LatencyMs: must be at most 30000; received 30001",
  ]),
  bad(
    "aws",
    "markup as a subnet",
    "aws.sessionStore.subnetIds",
    [`subnet-${HOSTILE.script}`],
    ['aws.sessionStore.subnetIds[0]: must be a subnet ID; received "subnet-<script>alert(\\"x\\")</script>"'],
  ),
  bad(
    "aws",
    "no security group",
    "aws.sessionStore.securityGroupIds",
    [],
    ["aws.sessionStore.securityGroupIds: must have at least 1 item; received []"],
  ),
  bad("aws", "no storage for sessions", "aws.sessionStore.maxDataStorageGb", 0, [
    "aws.sessionStore.maxDataStorageGb: must be at least 1; received 0",
  ]),
  bad("aws", "log encryption as text", "aws.encryptLogs", "yes", [
    'aws.encryptLogs: must be a boolean; received "yes"',
  ]),
  bad("aws", "the former Cognito deletion protection switch", "aws.deletionProtection", false, [
    "aws.deletionProtection: unknown key; allowed keys: userPoolTier, threatProtection, domain, ses, sms, waf, apiDomain, guardDuty, encryptLogs, alarms, loadBalancer, sessionStore",
  ]),
  bad(
    "aws",
    "an IAM ARN as the SES identity",
    "aws.ses",
    { sourceArn: SMS_ROLE, from: "no-reply@hanbit.co.kr" },
    [
      'aws.ses.sourceArn: must be an SES ARN (arn:aws:ses:<region>:<account>:...); received "arn:aws:iam::123456789012:role/cognito-sms"',
    ],
    {
      at: "aws.ses.sourceArn",
    },
  ),
  bad(
    "aws",
    "an SMS message without the code",
    "aws.sms.message",
    "Your code",
    ['aws.sms.message: must be 6..140 characters and contain {####}; received "Your code"'],
    {
      before: [["aws.sms", { snsCallerArn: SMS_ROLE, externalId: "hanbit" }]],
    },
  ),
  bad("aws", "a typo in an aws key", "aws.userpoolTier", "plus", [
    'aws.userpoolTier: unknown key; did you mean "userPoolTier"? allowed keys: userPoolTier, threatProtection, domain, ses, sms, waf, apiDomain, guardDuty, encryptLogs, alarms, loadBalancer, sessionStore',
  ]),
  bad(
    "aws",
    "a path and a template as the region",
    "aws:region",
    `../${HOSTILE.template}`,
    [`aws:region: must be an AWS region: ${AWS_REGIONS.join(", ")}; received "../${HOSTILE.template}"`],
    { cli: true },
  ),
  bad("aws", "no region", "aws:region", REMOVE, [
    'aws:region: must be an AWS region such as "ap-northeast-2" (pulumi config set aws:region ap-northeast-2); received nothing',
  ]),
  bad(
    "aws",
    "an SES identity without a sender",
    "aws.ses",
    { sourceArn: SES },
    ["aws.ses.from: is required (must be a string)"],
    { at: "aws.ses.from" },
  ),
];
