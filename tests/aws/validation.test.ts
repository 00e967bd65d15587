import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/problems";
import { WAF_USER_POOL_RULE_GROUPS } from "../../src/config/rules/aws/limits";
import { exampleValues, settingsOf, validateStack } from "../support/harness";

const SEOUL = { "aws:region": "ap-northeast-2" };
const SECRETS = ["identity"];

/** The example stack's values with one section replaced or merged. */
function withValues(patch: (v: Record<string, Record<string, unknown>>) => void) {
  const values = structuredClone(exampleValues("aws")) as Record<string, Record<string, unknown>>;
  patch(values);
  return values;
}

async function problemsOf(values: Record<string, unknown>, region: Record<string, string> = SEOUL) {
  try {
    await validateStack(settingsOf(values, { providerConfig: region, secretKeys: SECRETS }));
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

const aws = (v: Record<string, Record<string, unknown>>) => v.aws as Record<string, unknown>;
/** `count` extra API scopes, `bulk.0` .. `bulk.N`. */
const manyScopes = (count: number) =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`bulk.${i}`, `Bulk scope ${i}`]));
const identity = (v: Record<string, Record<string, unknown>>) => v.identity as Record<string, unknown>;

describe("GIVEN the AWS example stack", () => {
  it("THEN it validates without problems", async () => {
    expect(await problemsOf(exampleValues("aws"))).toEqual([]);
  });
});

describe("GIVEN an AWS-specific combination WHEN the stack is validated", () => {
  const cases: [
    string,
    (v: Record<string, Record<string, unknown>>) => void,
    { path: string; message: string }[],
  ][] = [
    [
      "MFA off with a factor configured",
      (v) => {
        identity(v).mfa = { mode: "off", factors: ["totp"] };
        aws(v).threatProtection = { mode: "enforced", mediumRisk: "block" };
      },
      [
        {
          path: "identity.mfa.factors",
          message: 'must be empty when identity.mfa.mode is "off"; received ["totp"]',
        },
      ],
    ],
    [
      "e-mail MFA without SES",
      (v) => {
        identity(v).mfa = { mode: "required", factors: ["totp", "email"] };
      },
      [
        {
          path: "identity.mfa.factors",
          message:
            'must not include "email" without aws.ses (Cognito sends e-mail codes only through your SES identity); received ["totp","email"]',
        },
      ],
    ],
    [
      "threat protection without Plus",
      (v) => {
        aws(v).userPoolTier = "essentials";
      },
      [
        {
          path: "aws.threatProtection.mode",
          message:
            'must be "off" unless aws.userPoolTier is "plus" (threat protection is a Plus feature; aws.userPoolTier is "essentials"); received "enforced"',
        },
      ],
    ],
    [
      "a domain prefix outside the allowed pattern",
      (v) => {
        aws(v).domain = { prefix: "-Hanbit" };
      },
      [
        {
          path: "aws.domain.prefix",
          message:
            'must be 1..63 lowercase letters, digits and hyphens, not starting or ending with a hyphen; received "-Hanbit"',
        },
      ],
    ],
    [
      "a domain prefix with a reserved word",
      (v) => {
        aws(v).domain = { prefix: "hanbit-cognito" };
      },
      [
        {
          path: "aws.domain.prefix",
          message: 'must not contain "cognito" (reserved by Cognito); received "hanbit-cognito"',
        },
      ],
    ],
    [
      "an access token lifetime below 5 minutes",
      (v) => {
        (v.session as Record<string, unknown>).accessTokenLifetime = "4m";
      },
      [
        {
          path: "session.accessTokenLifetime",
          message: 'must be between 5m and 1d (inclusive) for Amazon Cognito; received "4m"',
        },
      ],
    ],
    [
      "an ID token longer than the refresh token",
      (v) => {
        Object.assign(v.session as object, { idTokenLifetime: "1d", refreshTokenLifetime: "12h" });
      },
      [
        {
          path: "session.idTokenLifetime",
          message: 'must not be longer than session.refreshTokenLifetime (12h); received "1d"',
        },
        {
          path: "session.idTokenLifetime",
          message:
            'must be at most 1h for short-lived bearer tokens (OWASP; the policy pack\'s short-lived-tokens); received "1d"',
        },
      ],
    ],
    [
      "a rotation grace period above 60 seconds",
      (v) => {
        (v.session as Record<string, unknown>).refreshTokenRotation = { enabled: true, gracePeriod: "2m" };
      },
      [
        {
          path: "session.refreshTokenRotation.gracePeriod",
          message: 'must be between 0s and 60s for Amazon Cognito; received "2m"',
        },
      ],
    ],
    [
      "MFA at medium risk while MFA is off",
      (v) => {
        identity(v).mfa = { mode: "off", factors: [] };
      },
      [
        {
          path: "aws.threatProtection.mediumRisk",
          message:
            'must not be "mfa" when identity.mfa.mode is "off" (users have no second factor); received "mfa"',
        },
      ],
    ],
    [
      "a notify risk action without SES",
      (v) => {
        aws(v).threatProtection = { mode: "enforced", lowRisk: "notify" };
      },
      [
        {
          path: "aws.threatProtection.lowRisk",
          message:
            'must not be "notify" without aws.ses (Cognito mails the user through your SES identity); received "notify"',
        },
      ],
    ],
    [
      "two Google providers",
      (v) => {
        const providers = identity(v).providers as Record<string, unknown>[];
        providers.push({ ...(providers[0] as object), name: "Google2" });
      },
      [
        {
          path: "identity.providers[3].type",
          message:
            'must appear once: Amazon Cognito allows one "google" provider per user pool; received "google"',
        },
      ],
    ],
    [
      "an API certificate from another region",
      (v) => {
        aws(v).apiDomain = {
          domainName: "api.hanbit.co.kr",
          certificateArn:
            "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-1111-2222-3333-444455556666",
        };
      },
      [
        {
          path: "aws.apiDomain.certificateArn",
          message:
            'must be an ACM certificate in ap-northeast-2 (a regional API uses a certificate from its own region); received "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-1111-2222-3333-44445555… (85 characters)',
        },
      ],
    ],
    [
      "an adopted GuardDuty detector without its ID",
      (v) => {
        aws(v).guardDuty = { mode: "existing" };
      },
      [
        {
          path: "aws.guardDuty.detectorId",
          message:
            'is required when aws.guardDuty.mode is "existing" (aws guardduty list-detectors); received nothing',
        },
      ],
    ],
    [
      "a log retention CloudWatch does not offer",
      (v) => {
        (v.monitoring as Record<string, unknown>).logRetention = "10d";
      },
      [
        {
          path: "monitoring.logRetention",
          message:
            'must be one of CloudWatch\'s retention periods: 1d, 3d, 5d, 7d, 14d, 30d, 60d, 90d, 120d, 150d, 180d, 365d, 400d, 545d, 731d, 1096d, 1827d, 2192d, 2557d, 2922d, 3288d, 3653d; received "10d"',
        },
      ],
    ],
    [
      "a resource server of 101 scopes (Cognito holds 100)",
      (v) => {
        const api = v.api as Record<string, unknown>;
        api.scopes = { ...(api.scopes as object), ...manyScopes(97) };
      },
      [
        {
          path: "api.scopes",
          message: "must declare at most 100 scopes (a Cognito resource server holds 100); received 101",
        },
      ],
    ],
    [
      "a machine client of 51 scopes (Cognito allows 50 per client)",
      (v) => {
        const api = v.api as Record<string, unknown>;
        api.scopes = { ...(api.scopes as object), ...manyScopes(51) };
        (v.clients as Record<string, unknown>).machine = { scopes: Object.keys(manyScopes(51)) };
      },
      [
        {
          path: "clients.machine.scopes",
          message: "must list at most 50 API scopes (Cognito allows 50 per client); received 51",
        },
      ],
    ],
    [
      "an http loopback callback (Cognito takes http only for localhost)",
      (v) => {
        (v.clients as Record<string, Record<string, unknown>>).spa = {
          callbackUrls: ["http://127.0.0.1:5173/callback"],
        };
      },
      [
        {
          path: "clients.spa.callbackUrls[0]",
          message:
            'must use https on Amazon Cognito; http is allowed only for http://localhost; received "http://127.0.0.1:5173/callback"',
        },
      ],
    ],
  ];

  it.each(cases)("THEN %s is refused with exactly these problems", async (_name, patch, expected) => {
    expect(await problemsOf(withValues(patch))).toEqual(expected);
  });

  it("THEN a machine client with callback URLs (code flow) is refused by the schema", async () => {
    const values = withValues((v) => {
      (v.clients as Record<string, unknown>).machine = {
        scopes: ["partner.orders.read"],
        callbackUrls: ["https://partner.example.com/cb"],
      };
    });
    expect(await problemsOf(values)).toEqual([
      { path: "clients.machine.callbackUrls", message: "unknown key; allowed keys: scopes" },
    ]);
  });

  it("THEN WAF on the pool is refused in a region where WAF cannot protect user pools", async () => {
    const values = exampleValues("aws") as Record<string, Record<string, unknown>>;
    delete values.aws?.loadBalancer; // the load balancer needs the web ACL: tested with the load balancer
    expect(await problemsOf(values, { "aws:region": "eu-south-2" })).toEqual([
      {
        path: "aws.waf.enabled",
        message:
          "must be false in eu-south-2 (AWS WAF cannot be associated with a user pool there); received true",
      },
    ]);
  });
});

describe("GIVEN values AWS accepts WHEN the stack is validated", () => {
  it.each<[string, (v: Record<string, Record<string, unknown>>) => void]>([
    [
      "a short app scheme callback (myapp://callback, documented by Cognito)",
      (v) => {
        (v.clients as Record<string, Record<string, unknown>>).mobile = {
          callbackUrls: ["myapp://callback"],
          logoutUrls: ["myapp://signout"],
        };
      },
    ],
    ["the lowest WAF rate limit, 100", (v) => Object.assign(aws(v).waf as object, { signInRateLimit: 100 })],
    [
      "every managed rule group that works on a user pool",
      (v) => Object.assign(aws(v).waf as object, { managedRuleGroups: [...WAF_USER_POOL_RULE_GROUPS] }),
    ],
    [
      "critical GuardDuty findings only (severity 9)",
      (v) => Object.assign(aws(v).guardDuty as object, { minSeverity: 9 }),
    ],
    [
      "exactly 100 API scopes and a machine client of 50",
      (v) => {
        const api = v.api as Record<string, unknown>;
        api.scopes = { ...(api.scopes as object), ...manyScopes(96) };
        (v.clients as Record<string, unknown>).machine = { scopes: Object.keys(manyScopes(50)) };
      },
    ],
  ])("THEN %s passes", async (_name, patch) => {
    expect(await problemsOf(withValues(patch))).toEqual([]);
  });
});
