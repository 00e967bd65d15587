import { DURATION_UNITS } from "../../duration";
import { type ConfigProblem, problem } from "../../problems";
import { AWS_REGIONS, regionProblems } from "../../regions";
import type { AwsPlatformConfig } from "../../schema/root";

const DAY = DURATION_UNITS.d;

/** CloudWatch Logs accepts only these retention periods, in days. */
export const CLOUDWATCH_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

const DOMAIN_PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** Words Cognito refuses inside a domain prefix. */
const RESERVED_PREFIX_WORDS = ["aws", "amazon", "cognito"] as const;
/** Regions where AWS WAF cannot be associated with a user pool. */
export const NO_COGNITO_WAF_REGIONS = ["eu-south-2", "ap-south-2"] as const;

/** The region must be one the AWS provider knows (src/config/regions/aws.ts). */
export function region(value: string | undefined): ConfigProblem[] {
  return regionProblems("aws:region", value, AWS_REGIONS, "an AWS", "ap-northeast-2");
}

export function domain(config: AwsPlatformConfig): ConfigProblem[] {
  const { prefix, customDomain, certificateArn } = config.aws.domain;
  const out: ConfigProblem[] = [];
  if (prefix !== undefined && !DOMAIN_PREFIX.test(prefix)) {
    out.push(
      problem(
        "aws.domain.prefix",
        "must be 1..63 lowercase letters, digits and hyphens, not starting or ending with a hyphen",
        prefix,
      ),
    );
  }
  const reserved = RESERVED_PREFIX_WORDS.filter((w) => prefix?.includes(w));
  if (reserved.length > 0) {
    out.push(
      problem(
        "aws.domain.prefix",
        `must not contain "${reserved.join('", "')}" (reserved by Cognito)`,
        prefix,
      ),
    );
  }
  if (customDomain !== undefined && !certificateArn) {
    out.push(
      problem(
        "aws.domain.certificateArn",
        "is required with aws.domain.customDomain (an ACM certificate issued in us-east-1)",
        certificateArn,
      ),
    );
  }
  if (certificateArn !== undefined && !certificateArn.startsWith("arn:aws:acm:us-east-1:")) {
    out.push(
      problem(
        "aws.domain.certificateArn",
        "must be an ACM certificate in us-east-1 (Cognito custom domains are served through CloudFront)",
        certificateArn,
      ),
    );
  }
  if (certificateArn !== undefined && customDomain === undefined) {
    out.push(
      problem("aws.domain.certificateArn", "is only used with aws.domain.customDomain", certificateArn),
    );
  }
  return out;
}

/** WAF and the API's custom domain depend on the region. */
export function edges(config: AwsPlatformConfig, region: string | undefined): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  if (
    config.aws.waf.enabled &&
    (NO_COGNITO_WAF_REGIONS as readonly (string | undefined)[]).includes(region)
  ) {
    out.push(
      problem(
        "aws.waf.enabled",
        `must be false in ${region} (AWS WAF cannot be associated with a user pool there)`,
        config.aws.waf.enabled,
      ),
    );
  }
  const cert = config.aws.apiDomain?.certificateArn;
  if (cert !== undefined && region && !cert.startsWith(`arn:aws:acm:${region}:`)) {
    out.push(
      problem(
        "aws.apiDomain.certificateArn",
        `must be an ACM certificate in ${region} (a regional API uses a certificate from its own region)`,
        cert,
      ),
    );
  }
  if (config.aws.apiDomain !== undefined && config.api === undefined) {
    out.push(problem("aws.apiDomain", "is only used with an api section", config.aws.apiDomain.domainName));
  }
  return out;
}

export function guardDuty(config: AwsPlatformConfig): ConfigProblem[] {
  const { mode, detectorId } = config.aws.guardDuty;
  if (mode === "existing" && !detectorId) {
    return [
      problem(
        "aws.guardDuty.detectorId",
        'is required when aws.guardDuty.mode is "existing" (aws guardduty list-detectors)',
        detectorId,
      ),
    ];
  }
  if (mode !== "existing" && detectorId) {
    return [
      problem("aws.guardDuty.detectorId", 'is only used when aws.guardDuty.mode is "existing"', detectorId),
    ];
  }
  return [];
}

export function retention(config: AwsPlatformConfig): ConfigProblem[] {
  const r = config.monitoring.logRetention;
  const days = r.seconds / DAY;
  if ((CLOUDWATCH_RETENTION_DAYS as readonly number[]).includes(days)) return [];
  return [
    problem(
      "monitoring.logRetention",
      `must be one of CloudWatch's retention periods: ${CLOUDWATCH_RETENTION_DAYS.map((d) => `${d}d`).join(", ")}`,
      r.text,
    ),
  ];
}
