/**
 * Limits AWS and its Pulumi provider enforce, defined once: the configuration validator, the
 * constraints in src/aws/conformance and the policy pack all import them from here.
 */

/**
 * AWS WAF rate-based statement `limit`: 100..2,000,000,000 in the pinned @pulumi/aws 7.48.0,
 * whose bridged validator (terraform-provider-aws internal/service/wafv2/schemas.go before
 * upstream lowered the minimum to 10 in PR #39107; pulumi/pulumi-aws#5841) refuses less.
 */
export const WAF_RATE_LIMIT = { min: 100, max: 2_000_000_000 } as const;

/** Evaluation windows a rate-based statement accepts, in seconds (same file, `evaluation_window_sec`). */
export const WAF_EVALUATION_WINDOWS = [60, 120, 300, 600] as const;

/**
 * AWS managed rule groups that can protect a Cognito user pool and need no configuration the
 * program does not send. Left out: the account-takeover group (AWSManagedRulesATPRuleSet), which
 * Cognito refuses to associate (Cognito developer guide, user-pool-waf.html), and the groups
 * that need a ManagedRuleGroupConfig (account-creation fraud, anti-DDoS, Bot Control)
 * (AWS WAF developer guide, aws-managed-rule-groups-list.html).
 */
export const WAF_USER_POOL_RULE_GROUPS = [
  "AWSManagedRulesCommonRuleSet",
  "AWSManagedRulesAdminProtectionRuleSet",
  "AWSManagedRulesKnownBadInputsRuleSet",
  "AWSManagedRulesSQLiRuleSet",
  "AWSManagedRulesLinuxRuleSet",
  "AWSManagedRulesUnixRuleSet",
  "AWSManagedRulesWindowsRuleSet",
  "AWSManagedRulesPHPRuleSet",
  "AWSManagedRulesWordPressRuleSet",
  "AWSManagedRulesAmazonIpReputationList",
  "AWSManagedRulesAnonymousIpList",
] as const;

/** Allowed OAuth scopes per Cognito app client (terraform-provider-aws cognitoidp/user_pool_client.go). */
export const COGNITO_MAX_CLIENT_SCOPES = 50;
/** Scopes per Cognito resource server (terraform-provider-aws cognitoidp/resource_server.go). */
export const COGNITO_MAX_RESOURCE_SERVER_SCOPES = 100;
/** openid, email and profile: every interactive client asks for them besides the API's scopes. */
export const COGNITO_OPENID_SCOPES = ["openid", "email", "profile"] as const;

/**
 * GuardDuty finding severities: 1.0 to 10.0, where 9.0-10.0 is "Critical"
 * (GuardDuty user guide, guardduty_findings-severity.html).
 */
export const GUARDDUTY_SEVERITY = { min: 1, max: 10 } as const;

/** ElastiCache Serverless usage limits (terraform-provider-aws elasticache/serverless_cache.go; API reference). */
export const SERVERLESS_ECPU_PER_SECOND = { min: 1_000, max: 15_000_000 } as const;
export const SERVERLESS_DATA_STORAGE_GB = { min: 1, max: 5_000 } as const;
/** Daily snapshots kept: at most 35 (serverless_cache.go `snapshot_retention_limit`). */
export const SERVERLESS_MAX_SNAPSHOT_RETENTION = 35;

/** Tags per AWS resource, and their key and value lengths (AWS tagging best practices). */
export const AWS_TAG_LIMITS = { perResource: 50, keyLength: 128, valueLength: 256 } as const;
