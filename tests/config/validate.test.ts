import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/problems";
import { validateConfig } from "../../src/config/validate";
import { CLOUDS } from "../../src/platform/clouds";
import { minimalAws, minimalAzure, raw, withValue } from "./fixtures";

function problemsOf(values: Record<string, unknown>, secretKeys: string[] = []): string[] {
  try {
    validateConfig(raw(values, secretKeys), CLOUDS);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

const aws = (path: string, value: unknown) => withValue(minimalAws(), path, value);
const azure = (path: string, value: unknown) => withValue(minimalAzure(), path, value);

describe("GIVEN the minimal configurations", () => {
  it("THEN AWS validates with every default applied", () => {
    const config = validateConfig(raw(minimalAws()), CLOUDS);
    expect(config.cloud).toBe("aws");
    expect(config.region).toBe("ap-northeast-2");
    expect(config.name).toBe("auth");
    expect(config.identity.mfa).toEqual({ mode: "required", factors: ["totp"] });
    expect(config.identity.password).toEqual({
      minLength: 12,
      requireUppercase: true,
      requireLowercase: true,
      requireDigits: true,
      requireSymbols: true,
      historySize: 5,
      temporaryPasswordValidity: { text: "3d", seconds: 259_200 },
    });
    expect(config.session).toEqual({
      accessTokenLifetime: { text: "15m", seconds: 900 },
      idTokenLifetime: { text: "15m", seconds: 900 },
      refreshTokenLifetime: { text: "1d", seconds: 86_400 },
      refreshTokenRotation: { enabled: true, gracePeriod: { text: "10s", seconds: 10 } },
      idleTimeout: { text: "30m", seconds: 1_800 },
      absoluteTimeout: { text: "12h", seconds: 43_200 },
    });
    expect(config.protection).toEqual({ allowDeletion: false, allowReplacement: false });
  });

  it("THEN Azure validates with its region", () => {
    const config = validateConfig(raw(minimalAzure()), CLOUDS);
    expect(config.cloud).toBe("azure");
    expect(config.region).toBe("koreacentral");
  });
});

describe("GIVEN a configuration mistake THEN one line names the key, the value and what is allowed", () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    [
      "a missing cloud",
      withValue(minimalAws(), "cloud", undefined),
      ['cloud: is required (must be one of "aws", "azure")'],
    ],
    ["an unknown cloud", aws("cloud", "gcp"), ['cloud: must be one of "aws", "azure"; received "gcp"']],
    [
      "a typo in a session key",
      aws("session.idelTimeout", "30m"),
      [
        'session.idelTimeout: unknown key; did you mean "idleTimeout"? allowed keys: accessTokenLifetime, idTokenLifetime, refreshTokenLifetime, refreshTokenRotation, idleTimeout, absoluteTimeout',
      ],
    ],
    [
      "a typo in a top-level key",
      aws("sesion", {}),
      [
        'sesion: unknown key; did you mean "session"? allowed keys: cloud, name, identity, clients, session, api, monitoring, protection, load, tags, aws',
      ],
    ],
    [
      "the other cloud's section",
      aws("azure", {}),
      ['azure: is only read when cloud is "azure"; remove it or set cloud: azure'],
    ],
    [
      "a duration without a unit",
      aws("session.idleTimeout", "30"),
      ['session.idleTimeout: must be a duration such as "90s", "15m", "12h" or "30d"; received "30"'],
    ],
    [
      "a number where a duration goes",
      aws("session.idleTimeout", 30),
      ['session.idleTimeout: must be a duration such as "90s", "15m", "12h" or "30d"; received 30'],
    ],
    [
      "a password shorter than Cognito allows",
      aws("identity.password.minLength", 3),
      ["identity.password.minLength: must be at least 6; received 3"],
    ],
    [
      "a fractional password length",
      aws("identity.password.minLength", 12.5),
      ["identity.password.minLength: must be a whole number; received 12.5"],
    ],
    [
      "an unknown MFA mode",
      aws("identity.mfa.mode", "always"),
      ['identity.mfa.mode: must be one of "off", "optional", "required"; received "always"'],
    ],
    [
      "MFA off with a factor",
      aws("identity.mfa", { mode: "off", factors: ["totp"] }),
      [
        'identity.mfa.factors: must be empty when identity.mfa.mode is "off"; received ["totp"]',
        'aws.threatProtection.mediumRisk: must not be "mfa" when identity.mfa.mode is "off" (users have no second factor); received "mfa"',
      ],
    ],
    [
      "MFA required with no factor",
      aws("identity.mfa", { mode: "required", factors: [] }),
      [
        'identity.mfa.factors: must list at least one factor when identity.mfa.mode is "required"; received []',
      ],
    ],
    [
      "an unknown identity provider type",
      aws("identity.providers", [{ type: "gogle", name: "G", clientId: "x" }]),
      [
        'identity.providers[0].type: must be one of "google", "facebook", "amazon", "linkedin", "microsoft", "apple", "oidc", "saml"; received "gogle"',
      ],
    ],
    [
      "a plaintext client secret",
      aws("identity.providers", [{ type: "google", name: "Google", clientId: "x", clientSecret: "hunter2" }]),
      [
        "identity.providers[0].clientSecret: must be a Pulumi secret (pulumi config set --secret --path 'identity.providers[0].clientSecret' <value>); received a plaintext value",
      ],
    ],
    [
      "an http issuer",
      aws("identity.providers", [
        { type: "oidc", name: "Kakao", issuer: "http://kauth.kakao.com", clientId: "x", clientSecret: "s" },
      ]),
      [
        'identity.providers[0].issuer: must be an https:// URL; received "http://kauth.kakao.com"',
        "identity.providers[0].clientSecret: must be a Pulumi secret (pulumi config set --secret --path 'identity.providers[0].clientSecret' <value>); received a plaintext value",
      ],
    ],
    [
      "no channel at all",
      aws("clients", {}),
      ['clients: must configure at least one channel of "web", "spa", "mobile", "machine"; received {}'],
    ],
    [
      "a callback URL over plain http",
      aws("clients.web.callbackUrls", ["http://app.example.com/cb"]),
      [
        'clients.web.callbackUrls[0]: must be an https:// URL, http://localhost for development, or an app scheme (com.example.app:/callback, myapp://callback); received "http://app.example.com/cb"',
      ],
    ],
    [
      "a machine client with an undeclared scope",
      aws("clients.machine", { scopes: ["orders.read"] }),
      [
        'clients.machine.scopes[0]: needs an api section that declares it in api.scopes; received "orders.read"',
      ],
    ],
    [
      "an idle timeout longer than the absolute one",
      aws("session", { idleTimeout: "25m", absoluteTimeout: "20m" }),
      ['session.idleTimeout: must not be longer than session.absoluteTimeout (20m); received "25m"'],
    ],
    [
      "an access token longer than Cognito allows and than the refresh token",
      aws("session", { accessTokenLifetime: "2d", refreshTokenLifetime: "1d" }),
      [
        'session.accessTokenLifetime: must not be longer than session.refreshTokenLifetime (1d); received "2d"',
        'session.accessTokenLifetime: must be at most 1h for short-lived bearer tokens (OWASP; the policy pack\'s short-lived-tokens); received "2d"',
        'session.accessTokenLifetime: must be between 5m and 1d (inclusive) for Amazon Cognito; received "2d"',
      ],
    ],
    [
      "a refresh token shorter than B2C allows",
      azure("session", { refreshTokenLifetime: "12h", accessTokenLifetime: "15m", idTokenLifetime: "15m" }),
      [
        'session.refreshTokenLifetime: must be between 1d and 90d (inclusive) for Azure AD B2C; received "12h"',
      ],
    ],
    [
      "a domain prefix with a leading hyphen",
      aws("aws.domain.prefix", "-login"),
      [
        'aws.domain.prefix: must be 1..63 lowercase letters, digits and hyphens, not starting or ending with a hyphen; received "-login"',
      ],
    ],
    [
      "threat protection without the Plus tier",
      aws("aws.userPoolTier", "essentials"),
      [
        'aws.threatProtection.mode: must be "off" unless aws.userPoolTier is "plus" (threat protection is a Plus feature; aws.userPoolTier is "essentials"); received "enforced"',
      ],
    ],
    [
      "e-mail MFA without SES",
      aws("identity.mfa.factors", ["totp", "email"]),
      [
        'identity.mfa.factors: must not include "email" without aws.ses (Cognito sends e-mail codes only through your SES identity); received ["totp","email"]',
      ],
    ],
    [
      "a log retention CloudWatch does not offer",
      aws("monitoring.logRetention", "45d"),
      [
        'monitoring.logRetention: must be one of CloudWatch\'s retention periods: 1d, 3d, 5d, 7d, 14d, 30d, 60d, 90d, 120d, 150d, 180d, 365d, 400d, 545d, 731d, 1096d, 1827d, 2192d, 2557d, 2922d, 3288d, 3653d; received "45d"',
      ],
    ],
    [
      "custom policies on External ID",
      withValue(
        withValue(
          azure("azure.directory.mode", "externalId"),
          "azure.directory.policyMode",
          "customPolicies",
        ),
        "identity.mfa.factors",
        ["email"],
      ),
      [
        'azure.directory.policyMode: must be "userFlows" when azure.directory.mode is "externalId" (External ID has no custom policies); received "customPolicies"',
      ],
    ],
  ])("%s", (_name, values, expected) => {
    expect(problemsOf(values)).toEqual(expected);
  });

  it("GIVEN a client secret from pulumi config set --secret THEN it is accepted and hidden", () => {
    const values = aws("identity.providers", [
      { type: "google", name: "Google", clientId: "x", clientSecret: "hunter2" },
    ]);
    const config = validateConfig(raw(values, ["identity"]), CLOUDS);
    const provider = config.identity.providers[0];
    expect(JSON.stringify(provider)).toBe(
      '{"type":"google","name":"Google","clientId":"x","clientSecret":"[secret]"}',
    );
  });

  it("GIVEN a wrong value next to a plaintext secret THEN the secret is never echoed", () => {
    const values = aws("identity.providers", [
      { type: "google", name: "Google", clientId: 5, clientSecret: "hunter2" },
    ]);
    const problems = problemsOf(values);
    expect(problems.join("\n")).not.toContain("hunter2");
    expect(problems).toEqual([
      "identity.providers[0].clientId: must be text of 1..256 characters; received 5",
      "identity.providers[0].clientSecret: must be a Pulumi secret (pulumi config set --secret --path 'identity.providers[0].clientSecret' <value>); received a plaintext value",
    ]);
  });

  it("GIVEN several mistakes THEN all are reported at once", () => {
    const values = withValue(aws("identity.password.minLength", 3), "session.idelTimeout", "30m");
    expect(problemsOf(values)).toHaveLength(2);
  });
});
