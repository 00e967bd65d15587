import { z } from "zod";
import {
  GUARDDUTY_SEVERITY,
  SERVERLESS_DATA_STORAGE_GB,
  SERVERLESS_ECPU_PER_SECOND,
  WAF_RATE_LIMIT,
  WAF_USER_POOL_RULE_GROUPS,
} from "../rules/aws/limits";
import { loadBalancerSection } from "./loadBalancer";
import { hostname, keyPrefix } from "./primitives";

export const USER_POOL_TIERS = ["lite", "essentials", "plus"] as const;
export const THREAT_PROTECTION_MODES = ["enforced", "audit", "off"] as const;
export const RISK_ACTIONS = ["block", "mfa", "notify", "allow"] as const;
export const GUARDDUTY_MODES = ["auto", "create", "existing", "off"] as const;

const arn = (service: string) => {
  const allowed = `must be an ${service.toUpperCase()} ARN (arn:aws:${service}:<region>:<account>:...)`;
  return z
    .string({ error: allowed })
    .regex(new RegExp(`^arn:aws[a-z-]*:${service}:[a-z0-9-]*:\\d{12}:.+$`), { error: allowed });
};

export const awsSection = z
  .strictObject({
    /** Cognito feature plan; threat protection needs "plus". @default "plus" */
    userPoolTier: z.enum(USER_POOL_TIERS).default("plus"),
    threatProtection: z
      .strictObject({
        /** Threat protection for standard and custom auth. @default "enforced" */
        mode: z.enum(THREAT_PROTECTION_MODES).default("enforced"),
        /** What to do at high / medium / low adaptive-authentication risk. */
        highRisk: z.enum(RISK_ACTIONS).default("block"),
        mediumRisk: z.enum(RISK_ACTIONS).default("mfa"),
        lowRisk: z.enum(RISK_ACTIONS).default("allow"),
        /** Block sign-in, sign-up and password change with credentials known to be leaked. @default true */
        blockCompromisedCredentials: z.boolean().default(true),
      })
      .prefault({}),
    /** The hosted sign-in domain: a Cognito prefix or your own name (ACM certificate in us-east-1). */
    domain: z
      .strictObject({
        prefix: z.string().optional(),
        customDomain: hostname().optional(),
        certificateArn: arn("acm").optional(),
      })
      .refine((d) => (d.prefix === undefined) !== (d.customDomain === undefined), {
        error: "must set exactly one of prefix or customDomain",
      }),
    /** SES identity that sends user mail (needed for e-mail MFA). */
    ses: z
      .strictObject({
        sourceArn: arn("ses"),
        from: z.string().min(3).max(320),
        configurationSet: z.string().optional(),
      })
      .optional(),
    /** SMS for MFA and verification through SNS. */
    sms: z
      .strictObject({
        /** Role Cognito assumes to publish SMS. */
        snsCallerArn: arn("iam"),
        externalId: z.string().min(1).max(1224),
        /** Must contain {####}. @default "Your sign-in code is {####}" */
        message: z.string().default("Your sign-in code is {####}"),
      })
      .optional(),
    /** AWS WAF web ACL on the user pool. */
    waf: z
      .strictObject({
        enabled: z.boolean().default(true),
        /** Requests per 5 minutes per client IP to the sign-in endpoints before blocking. @default 300 */
        signInRateLimit: z.number().int().min(WAF_RATE_LIMIT.min).max(WAF_RATE_LIMIT.max).default(300),
        /** AWS managed rule groups added to the ACL: only those that work on a user pool. */
        managedRuleGroups: z
          .array(
            z.enum(WAF_USER_POOL_RULE_GROUPS, {
              error: `must be an AWS managed rule group that works on a Cognito user pool: ${WAF_USER_POOL_RULE_GROUPS.join(", ")}`,
            }),
          )
          .default([
            "AWSManagedRulesCommonRuleSet",
            "AWSManagedRulesKnownBadInputsRuleSet",
            "AWSManagedRulesAmazonIpReputationList",
          ]),
      })
      .prefault({}),
    /** Optional custom domain for the HTTP API (TLS 1.2). */
    apiDomain: z.strictObject({ domainName: hostname(), certificateArn: arn("acm") }).optional(),
    guardDuty: z
      .strictObject({
        /**
         * "auto" looks the region's detector up at deploy time: adopts it if another owner
         * runs one (an organization's delegated administrator), creates one otherwise.
         * "create" always creates (fails where a detector exists), "existing" adopts
         * `detectorId`, "off" leaves GuardDuty alone. @default "auto"
         */
        mode: z.enum(GUARDDUTY_MODES).default("auto"),
        /** Required with mode "existing": the ID of the region's detector. */
        detectorId: z
          .string()
          .regex(/^[a-f0-9]{32}$/, { error: "must be a 32-character GuardDuty detector ID" })
          .optional(),
        /** Alert on findings at or above this severity (1..10; 9 and above is "Critical"). @default 7 */
        minSeverity: z.number().min(GUARDDUTY_SEVERITY.min).max(GUARDDUTY_SEVERITY.max).default(7),
      })
      .prefault({}),
    /**
     * Encrypt the API access log group with the platform's customer-managed KMS key.
     * Cognito's user-activity log group is never KMS-encrypted: Cognito cannot deliver to one.
     * @default false
     */
    encryptLogs: z.boolean().default(false),
    /** Thresholds of the CloudWatch alarms; every alarm notifies the alert topic. */
    alarms: z
      .strictObject({
        /** Alarm when more than this percentage of API requests fail with 5xx over 5 minutes. @default 5 */
        api5xxPercent: z.number().min(0.1).max(100).default(5),
        /** Alarm when more than this percentage of API requests are refused with 4xx (401/403 surge). @default 25 */
        api4xxPercent: z.number().min(0.1).max(100).default(25),
        /** Alarm when the API's p99 latency exceeds this many milliseconds for 15 minutes. @default 2000 */
        apiP99LatencyMs: z.number().int().min(50).max(30_000).default(2000),
        /** Alarm when threat protection flags at least this many high-risk requests in 5 minutes. @default 5 */
        highRiskRequests: z.number().int().min(1).max(100_000).default(5),
      })
      .prefault({}),
    /** An Application Load Balancer that signs users in, in front of a server-rendered web app. */
    loadBalancer: loadBalancerSection.optional(),
    /** ElastiCache Serverless (Valkey) session store, for the session SDK. */
    sessionStore: z
      .strictObject({
        subnetIds: z
          .array(z.string().regex(/^subnet-[0-9a-f]{8,17}$/, { error: "must be a subnet ID" }))
          .min(1),
        securityGroupIds: z
          .array(z.string().regex(/^sg-[0-9a-f]{8,17}$/, { error: "must be a security group ID" }))
          .min(1),
        keyPrefix: keyPrefix().default("sess:"),
        /** Upper bound of stored data, a cost ceiling (ElastiCache Serverless bills per GB-hour). @default 5 */
        maxDataStorageGb: z
          .number()
          .int()
          .min(SERVERLESS_DATA_STORAGE_GB.min)
          .max(SERVERLESS_DATA_STORAGE_GB.max)
          .default(5),
        /** Upper bound of ElastiCache Processing Units per second, a cost ceiling. @default 100000 */
        maxEcpuPerSecond: z
          .number()
          .int()
          .min(SERVERLESS_ECPU_PER_SECOND.min)
          .max(SERVERLESS_ECPU_PER_SECOND.max)
          .default(100_000),
      })
      .optional(),
  })
  .prefault({ domain: {} });
export type AwsConfig = z.output<typeof awsSection>;
