import { describe, expect, it } from "vitest";
import { CERT, problemsOf, type Values, withValues } from "./loadBalancerSupport";

describe("GIVEN a mistake in aws.loadBalancer WHEN the stack is validated", () => {
  const cases: [
    string,
    (v: Values, lb: Record<string, unknown>) => void,
    { path: string; message: string }[],
  ][] = [
    [
      "one subnet",
      (_v, lb) => {
        lb.subnetIds = ["subnet-0b2c4d6e8f0a1b3c5"];
      },
      [
        {
          path: "aws.loadBalancer.subnetIds",
          message:
            'must list at least two subnets (two Availability Zones); received ["subnet-0b2c4d6e8f0a1b3c5"]',
        },
      ],
    ],
    [
      "a certificate from another region",
      (_v, lb) => {
        lb.certificateArn = CERT.replace("ap-northeast-2", "us-east-1");
      },
      [
        {
          path: "aws.loadBalancer.certificateArn",
          message:
            'must be an ACM certificate in ap-northeast-2 (a load balancer uses certificates from its own region); received "arn:aws:acm:us-east-1:123456789012:certificate/8d3f1c2a-6b5e-4f70-9a1d-2c3b4e5f… (85 characters)',
        },
      ],
    ],
    [
      "a TLS 1.0 policy",
      (_v, lb) => {
        lb.tlsPolicy = "ELBSecurityPolicy-2016-08";
      },
      [
        {
          path: "aws.loadBalancer.tlsPolicy",
          message:
            'must be one of "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09", "ELBSecurityPolicy-TLS13-1-2-Res-2021-06", "ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-TLS13-1-3-2021-06"; received "ELBSecurityPolicy-2016-08"',
        },
      ],
    ],
    [
      "a rate limit below AWS WAF's 100",
      (_v, lb) => {
        lb.rateLimit = 50;
      },
      [
        {
          path: "aws.loadBalancer.rateLimit",
          message: "must be an integer between 100 and 2,000,000,000 (AWS WAF rate-based rules); received 50",
        },
      ],
    ],
    [
      "no web client",
      (v) => {
        delete (v.clients as Record<string, unknown>).web;
      },
      [
        {
          path: "clients.web",
          message:
            "is required with aws.loadBalancer (the load balancer signs users in with the web client and its secret); received nothing",
        },
      ],
    ],
    [
      "WAF off",
      (v) => {
        (v.aws as Record<string, unknown>).waf = { enabled: false };
      },
      [
        {
          path: "aws.waf.enabled",
          message:
            "must be true with aws.loadBalancer (the web ACL protects the load balancer too); received false",
        },
      ],
    ],
    [
      "the common rule set left out",
      (v) => {
        (v.aws as Record<string, unknown>).waf = {
          managedRuleGroups: ["AWSManagedRulesKnownBadInputsRuleSet"],
        };
      },
      [
        {
          path: "aws.waf.managedRuleGroups",
          message:
            'must include "AWSManagedRulesCommonRuleSet" with aws.loadBalancer (the load balancer\'s baseline protection); received ["AWSManagedRulesKnownBadInputsRuleSet"]',
        },
      ],
    ],
    [
      "an absolute session longer than the load balancer's 7 days",
      (v) => {
        (v.session as Record<string, unknown>).absoluteTimeout = "8d";
        (v.session as Record<string, unknown>).refreshTokenLifetime = "30d";
      },
      // The project's AAL2 ceiling (12h) refuses it as well.
      [
        {
          path: "session.absoluteTimeout",
          message:
            'must be at most 12h for NIST SP 800-63B AAL2 reauthentication (the policy pack\'s session-timeouts-aal2); received "8d"',
        },
        {
          path: "session.absoluteTimeout",
          message:
            'must be between 1s and 7d (inclusive) for the load balancer\'s session (aws.loadBalancer); received "8d"',
        },
      ],
    ],
    [
      "IP and instance targets mixed",
      (_v, lb) => {
        lb.targets = { ids: ["10.20.1.15", "i-0a1b2c3d4e5f60718"], port: 8443 };
      },
      [
        {
          path: "aws.loadBalancer.targets.ids",
          message:
            'must be all IPv4 addresses or all EC2 instance IDs (one target group has one target type); received ["10.20.1.15","i-0a1b2c3d4e5f60718"]',
        },
      ],
    ],
    [
      "a target that is neither",
      (_v, lb) => {
        lb.targets = { ids: ["app.internal"], port: 8443 };
      },
      [
        {
          path: "aws.loadBalancer.targets.ids[0]",
          message:
            'must be an IPv4 address or an EC2 instance ID (i-0123456789abcdef0); received "app.internal"',
        },
      ],
    ],
    [
      "a target port of 0",
      (_v, lb) => {
        lb.targets = { ids: ["10.20.1.15"], port: 0 };
      },
      [{ path: "aws.loadBalancer.targets.port", message: "must be at least 1; received 0" }],
    ],
    [
      "an API path without its leading slash",
      (_v, lb) => {
        lb.apiPaths = ["api/*"];
      },
      [
        {
          path: "aws.loadBalancer.apiPaths[0]",
          message:
            'must be a path pattern such as /api/* (1..128 characters, starting with /); received "api/*"',
        },
      ],
    ],
    [
      "a signed-out path with a wildcard, which would serve everything without sign-in",
      (_v, lb) => {
        lb.signedOutPath = "/*";
      },
      [
        {
          path: "aws.loadBalancer.signedOutPath",
          message:
            'must be one exact path such as /signed-out (no * or ?: it is served without sign-in); received "/*"',
        },
      ],
    ],
    [
      "six API paths",
      (_v, lb) => {
        lb.apiPaths = ["/a/*", "/b/*", "/c/*", "/d/*", "/e/*", "/f/*"];
      },
      [
        {
          path: "aws.loadBalancer.apiPaths",
          message:
            'must list at most 5 paths (a listener rule takes 5 condition values); received ["/a/*","/b/*","/c/*","/d/*","/e/*","/f/*"]',
        },
      ],
    ],
    [
      "a web client with 100 callback URLs already",
      (v) => {
        const web = (v.clients as Record<string, Record<string, unknown>>).web as Record<string, unknown>;
        web.callbackUrls = Array.from({ length: 100 }, (_, i) => `https://www.hanbit.co.kr/cb/${i}`);
      },
      [
        {
          path: "clients.web.callbackUrls",
          message:
            "must list at most 99 URLs with aws.loadBalancer (it adds its own; Cognito allows 100); received 100",
        },
      ],
    ],
  ];

  it.each(cases)("THEN %s is refused with exactly these problems", async (_name, patch, expected) => {
    expect(await problemsOf(withValues(patch))).toEqual(expected);
  });
});
