import { DURATION_UNITS } from "../../duration";
import { type ConfigProblem, problem } from "../../problems";
import type { AwsPlatformConfig } from "../../schema/root";
import { durationInRange } from "../range";

const MINUTE = DURATION_UNITS.m;
const DAY = DURATION_UNITS.d;

/** Social providers Cognito federates natively; the rest go through generic OIDC. */
const COGNITO_SOCIAL = new Set(["google", "facebook", "apple", "amazon", "oidc", "saml"]);
/** Social providers Cognito allows at most once per pool (their provider name is fixed). */
const ONE_PER_POOL = new Set(["google", "facebook", "apple", "amazon"]);

export function tokenLifetimes(config: AwsPlatformConfig): ConfigProblem[] {
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

export function tierFeatures(config: AwsPlatformConfig): ConfigProblem[] {
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

export function mfaPrerequisites(config: AwsPlatformConfig): ConfigProblem[] {
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

export function providers(config: AwsPlatformConfig): ConfigProblem[] {
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
export function riskActions(config: AwsPlatformConfig): ConfigProblem[] {
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
