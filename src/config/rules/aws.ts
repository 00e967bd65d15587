import { DURATION_UNITS } from "../duration";
import { type ConfigProblem, problem } from "../problems";
import type { AwsPlatformConfig } from "../schema/root";
import { durationInRange } from "./range";
import { awsTagProblems } from "./tags";

const MINUTE = DURATION_UNITS.m;
const DAY = DURATION_UNITS.d;

/** CloudWatch Logs accepts only these retention periods, in days. */
export const CLOUDWATCH_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

/** Social providers Cognito federates natively; the rest go through generic OIDC. */
const COGNITO_SOCIAL = new Set(["google", "facebook", "apple", "amazon", "oidc", "saml"]);
const DOMAIN_PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** Words Cognito refuses inside a domain prefix. */
const RESERVED_PREFIX_WORDS = ["aws", "amazon", "cognito"] as const;
/** Social providers Cognito allows at most once per pool (their provider name is fixed). */
const ONE_PER_POOL = new Set(["google", "facebook", "apple", "amazon"]);
/** Regions where AWS WAF cannot be associated with a user pool. */
export const NO_COGNITO_WAF_REGIONS = ["eu-south-2", "ap-south-2"] as const;

/** Limits and combinations Amazon Cognito, API Gateway and CloudWatch impose (../shared/docs/FACTS.md). */
export function awsProblems(config: AwsPlatformConfig, context: { region?: string }): ConfigProblem[] {
  return [
    ...region(context.region),
    ...tokenLifetimes(config),
    ...tierFeatures(config),
    ...mfaPrerequisites(config),
    ...domain(config),
    ...providers(config),
    ...riskActions(config),
    ...edges(config, context.region),
    ...guardDuty(config),
    ...retention(config),
    ...awsTagProblems(config.tags),
    ...clientScopeCounts(config),
  ];
}

/** Cognito allows 50 OAuth scopes per app client: openid, email and profile count too. */
function clientScopeCounts(config: AwsPlatformConfig): ConfigProblem[] {
  const all = Object.keys(config.api?.scopes ?? {});
  return (["web", "spa", "mobile"] as const).flatMap((channel) => {
    const client = config.clients[channel];
    const scopes = client?.scopes ?? all;
    return client && scopes.length + 3 > 50
      ? [
          problem(
            `clients.${channel}.scopes`,
            "must list at most 47 API scopes (Cognito allows 50 per client, with openid, email and profile)",
            scopes.length,
          ),
        ]
      : [];
  });
}

function region(value: string | undefined): ConfigProblem[] {
  if (value && /^[a-z]{2}(-gov)?-[a-z]+-\d$/.test(value)) return [];
  return [
    problem(
      "aws:region",
      'must be an AWS region such as "ap-northeast-2" (pulumi config set aws:region ap-northeast-2)',
      value,
    ),
  ];
}

function tokenLifetimes(config: AwsPlatformConfig): ConfigProblem[] {
  const s = config.session;
  const cognito = "Amazon Cognito";
  const grace = s.refreshTokenRotation.gracePeriod;
  return [
    ...durationInRange("session.accessTokenLifetime", s.accessTokenLifetime, 5 * MINUTE, DAY, cognito),
    ...durationInRange("session.idTokenLifetime", s.idTokenLifetime, 5 * MINUTE, DAY, cognito),
    ...durationInRange(
      "session.refreshTokenLifetime",
      s.refreshTokenLifetime,
      60 * MINUTE,
      3650 * DAY,
      cognito,
    ),
    ...(grace.seconds > 60
      ? [
          problem(
            "session.refreshTokenRotation.gracePeriod",
            "must be between 0s and 60s for Amazon Cognito",
            grace.text,
          ),
        ]
      : []),
    ...wholeDays(
      "identity.password.temporaryPasswordValidity",
      config.identity.password.temporaryPasswordValidity,
      365,
    ),
  ];
}

function wholeDays(path: string, value: { text: string; seconds: number }, maxDays: number): ConfigProblem[] {
  if (value.seconds % DAY === 0 && value.seconds <= maxDays * DAY) return [];
  return [
    problem(path, `must be a whole number of days between 0d and ${maxDays}d for Amazon Cognito`, value.text),
  ];
}

function tierFeatures(config: AwsPlatformConfig): ConfigProblem[] {
  const { userPoolTier, threatProtection } = config.aws;
  const out: ConfigProblem[] = [];
  if (threatProtection.mode !== "off" && userPoolTier !== "plus") {
    out.push(
      problem(
        "aws.threatProtection.mode",
        `must be "off" unless aws.userPoolTier is "plus" (threat protection is a Plus feature; aws.userPoolTier is "${userPoolTier}")`,
        threatProtection.mode,
      ),
    );
  }
  if (config.identity.password.historySize > 0 && userPoolTier === "lite") {
    out.push(
      problem(
        "identity.password.historySize",
        'must be 0 when aws.userPoolTier is "lite" (password history needs Essentials or Plus)',
        config.identity.password.historySize,
      ),
    );
  }
  return out;
}

function mfaPrerequisites(config: AwsPlatformConfig): ConfigProblem[] {
  const factors = config.identity.mfa.factors;
  const out: ConfigProblem[] = [];
  if (factors.includes("email") && !config.aws.ses) {
    out.push(
      problem(
        "identity.mfa.factors",
        'must not include "email" without aws.ses (Cognito sends e-mail codes only through your SES identity)',
        factors,
      ),
    );
  }
  if (factors.includes("email") && config.aws.userPoolTier === "lite") {
    out.push(
      problem(
        "identity.mfa.factors",
        'must not include "email" when aws.userPoolTier is "lite" (e-mail MFA needs Essentials or Plus)',
        factors,
      ),
    );
  }
  const needsSms = factors.includes("sms") || config.identity.signInIdentifiers.includes("phone");
  if (needsSms && !config.aws.sms) {
    out.push(
      problem(
        "aws.sms",
        'is required when identity.mfa.factors includes "sms" or users sign in with "phone"',
        undefined,
      ),
    );
  }
  const message = config.aws.sms?.message;
  if (
    message !== undefined &&
    !(message.length >= 6 && message.length <= 140 && message.includes("{####}"))
  ) {
    out.push(problem("aws.sms.message", "must be 6..140 characters and contain {####}", message));
  }
  return out;
}

function domain(config: AwsPlatformConfig): ConfigProblem[] {
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

function providers(config: AwsPlatformConfig): ConfigProblem[] {
  const seen = new Set<string>();
  return config.identity.providers.flatMap((p, i) => {
    const path = `identity.providers[${i}].type`;
    if (!COGNITO_SOCIAL.has(p.type)) {
      return [
        problem(
          path,
          `must be one of "google", "facebook", "apple", "amazon", "oidc", "saml" on Amazon Cognito (configure ${p.type} as type "oidc" with its issuer)`,
          p.type,
        ),
      ];
    }
    if (!ONE_PER_POOL.has(p.type)) return [];
    if (seen.has(p.type)) {
      return [
        problem(
          path,
          `must appear once: Amazon Cognito allows one "${p.type}" provider per user pool`,
          p.type,
        ),
      ];
    }
    seen.add(p.type);
    return [];
  });
}

/** Adaptive-authentication actions need their prerequisites: MFA for "mfa", SES for "notify". */
function riskActions(config: AwsPlatformConfig): ConfigProblem[] {
  const tp = config.aws.threatProtection;
  if (tp.mode === "off") return [];
  return (["highRisk", "mediumRisk", "lowRisk"] as const).flatMap((level) => {
    const path = `aws.threatProtection.${level}`;
    if (tp[level] === "mfa" && config.identity.mfa.mode === "off") {
      return [
        problem(
          path,
          'must not be "mfa" when identity.mfa.mode is "off" (users have no second factor)',
          tp[level],
        ),
      ];
    }
    if (tp[level] === "notify" && !config.aws.ses) {
      return [
        problem(
          path,
          'must not be "notify" without aws.ses (Cognito mails the user through your SES identity)',
          tp[level],
        ),
      ];
    }
    return [];
  });
}

/** WAF and the API's custom domain depend on the region. */
function edges(config: AwsPlatformConfig, region: string | undefined): ConfigProblem[] {
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

function guardDuty(config: AwsPlatformConfig): ConfigProblem[] {
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

function retention(config: AwsPlatformConfig): ConfigProblem[] {
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
