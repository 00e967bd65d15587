import { describe, expect, it } from "vitest";
import {
  type CustomPolicySettings,
  generateCustomPolicies,
  PolicySettingsError,
  requiredKeySets,
} from "../../../src/azure/policies";
import { fixture } from "./fixture-access";

const IEF = {
  appId: "11111111-2222-4333-8444-555555555555",
  proxyAppId: "66666666-7777-4888-9999-aaaaaaaaaaaa",
};
const valid: CustomPolicySettings = { tenant: "contoso", identityExperienceFramework: IEF };

function issuesOf(settings: CustomPolicySettings): readonly string[] {
  try {
    generateCustomPolicies(settings);
  } catch (e) {
    if (e instanceof PolicySettingsError) return e.issues;
    throw e;
  }
  return [];
}

describe("settings validation", () => {
  it.each<[string, Partial<CustomPolicySettings>, string[]]>([
    [
      "access token below 5 minutes",
      { tokens: { accessTokenLifetimeSeconds: 299 } },
      [
        "tokens.accessTokenLifetimeSeconds: must be a whole number of seconds between 300 and 86400 (inclusive); received 299",
      ],
    ],
    [
      "ID token above one day",
      { tokens: { idTokenLifetimeSeconds: 86401 } },
      [
        "tokens.idTokenLifetimeSeconds: must be a whole number of seconds between 300 and 86400 (inclusive); received 86401",
      ],
    ],
    [
      "refresh token of 91 days",
      { tokens: { refreshTokenLifetimeDays: 91 } },
      [
        "tokens.refreshTokenLifetimeDays: must be a whole number of days between 1 and 90 (inclusive); received 91",
        "tokens.refreshTokenRollingWindowDays: must not be shorter than refreshTokenLifetimeDays (91); received 90",
      ],
    ],
    [
      "rolling window shorter than the refresh token",
      { tokens: { refreshTokenLifetimeDays: 30, refreshTokenRollingWindowDays: 7 } },
      [
        "tokens.refreshTokenRollingWindowDays: must not be shorter than refreshTokenLifetimeDays (30); received 7",
      ],
    ],
    [
      "rolling window of 366 days",
      { tokens: { refreshTokenRollingWindowDays: 366 } },
      [
        "tokens.refreshTokenRollingWindowDays: must be a whole number of days between 1 and 365 (inclusive); received 366",
      ],
    ],
    [
      "session of 899 seconds",
      { session: { expiryInSeconds: 899 } },
      [
        "session.expiryInSeconds: must be a whole number of seconds between 900 and 86400 (inclusive); received 899",
      ],
    ],
    [
      "keep me signed in for 91 days",
      { session: { keepMeSignedInDays: 91 } },
      [
        "session.keepMeSignedInDays: must be a whole number of days between 1 and 90 (inclusive); received 91",
      ],
    ],
    [
      "unknown SSO scope",
      { session: { ssoScope: "Global" as never } },
      ['session.ssoScope: must be one of Suppressed, Tenant, Application, Policy; received "Global"'],
    ],
    [
      "unknown MFA method",
      { mfa: { mode: "required", methods: ["sms" as never] } },
      ['mfa.methods[0]: must be one of phone, email, totp; received "sms"'],
    ],
    [
      "no MFA method",
      { mfa: { mode: "required", methods: [] } },
      ["mfa.methods: must list at least one method; received []"],
    ],
    [
      "the same MFA method twice",
      { mfa: { mode: "required", methods: ["email", "email"] } },
      ['mfa.methods: must not repeat a method; received ["email","email"]'],
    ],
    [
      "a password shorter than B2C allows, longer at most than its minimum",
      { password: { minLength: 3, maxLength: 2 } },
      [
        "password.minLength: must be a whole number of characters between 4 and 256 (inclusive); received 3",
        "password.maxLength: must be a whole number of characters between 3 and 256 (inclusive); received 2",
      ],
    ],
    [
      "more classes required than counted",
      { password: { classes: ["digit"], matchAtLeast: 2 } },
      ["password.matchAtLeast: must be a whole number of classes between 0 and 1 (inclusive); received 2"],
    ],
    [
      "policy prefix without B2C_1A_",
      { policyPrefix: "B2C_1_" },
      ['policyPrefix: must start with B2C_1A_ followed by letters, digits or _; received "B2C_1_"'],
    ],
    [
      "tenant with a dash",
      { tenant: "contoso-shop" },
      ['tenant: must be a tenant name like contoso or contoso.onmicrosoft.com; received "contoso-shop"'],
    ],
    [
      "IEF app ID that is not a GUID",
      { identityExperienceFramework: { appId: "not-a-guid", proxyAppId: IEF.proxyAppId } },
      ['identityExperienceFramework.appId: must be the application (client) ID GUID; received "not-a-guid"'],
    ],
    [
      "same key for signing and encryption",
      { keySets: { signing: "B2C_1A_Key", encryption: "B2C_1A_Key" } },
      ['keySets.encryption: must not reuse the policy key of keySets.signing; received "B2C_1A_Key"'],
    ],
    [
      "two Google providers",
      {
        providers: [
          { kind: "google", clientId: "a" },
          { kind: "google", clientId: "b" },
        ],
      },
      [
        'providers[1]: must not repeat providers[0] (each kind once; oidc/saml ids unique); received "google"',
        'providers[1].secretKeyName: must not reuse the policy key of providers[0].secretKeyName; received "B2C_1A_GoogleSecret"',
      ],
    ],
    [
      "OIDC provider over http with a bad id",
      {
        providers: [
          {
            kind: "oidc",
            id: "1bad",
            displayName: "X",
            clientId: "c",
            metadataUrl: "http://idp.example/.well-known/openid-configuration",
          },
        ],
      },
      [
        'providers[0].id: must be a letter then up to 31 letters or digits; received "1bad"',
        'providers[0].metadataUrl: must be an absolute https:// URL; received "http://idp.example/.well-known/openid-configuration"',
      ],
    ],
    [
      "display name with a control character",
      { providers: [{ kind: "facebook", clientId: "f", displayName: "Face\u0007book" }] },
      [
        'providers[0].displayName: must be 1 to 100 characters without control characters; received "Face\\u0007book"',
      ],
    ],
    ["no languages", { languages: [] }, ["languages: must list at least one language; received []"]],
    [
      "a language twice",
      { languages: ["ko", "KO"] },
      ['languages: must not repeat a language; received ["ko","KO"]'],
    ],
  ])(
    "GIVEN %s WHEN policies are generated THEN it fails naming the key, the value and what is allowed",
    (_name, change, expected) => {
      expect(issuesOf({ ...valid, ...change })).toEqual(expected);
    },
  );

  it("GIVEN several mistakes WHEN policies are generated THEN one error lists them all", () => {
    expect(() =>
      generateCustomPolicies({
        ...valid,
        tokens: { accessTokenLifetimeSeconds: 1 },
        session: { expiryInSeconds: 1 },
      }),
    ).toThrow(
      new PolicySettingsError([
        "tokens.accessTokenLifetimeSeconds: must be a whole number of seconds between 300 and 86400 (inclusive); received 1",
        "session.expiryInSeconds: must be a whole number of seconds between 900 and 86400 (inclusive); received 1",
      ]),
    );
  });
});

describe("requiredKeySets", () => {
  it("GIVEN defaults WHEN listed THEN only the token signing and encryption keys are needed", () => {
    expect(requiredKeySets(valid)).toEqual([
      {
        name: "B2C_1A_TokenSigningKeyContainer",
        purpose: "signing",
        source: "generate",
        keyType: "RSA",
        use: "sig",
      },
      {
        name: "B2C_1A_TokenEncryptionKeyContainer",
        purpose: "encryption",
        source: "generate",
        keyType: "RSA",
        use: "enc",
      },
    ]);
  });

  it("GIVEN every provider kind WHEN listed THEN each provider's secret or certificate follows the token keys", () => {
    const secret = (name: string, kind: string, technicalProfileId: string, displayName: string) => ({
      name,
      purpose: "secret",
      source: "upload-secret",
      use: "sig",
      identityProvider: { kind, technicalProfileId, displayName },
    });
    expect(
      requiredKeySets(
        fixture("korean retail: every provider, phone MFA required, KMSI 30 days, absolute sessions"),
      ),
    ).toEqual([
      { name: "B2C_1A_KrSigning", purpose: "signing", source: "generate", keyType: "RSA", use: "sig" },
      { name: "B2C_1A_KrEncryption", purpose: "encryption", source: "generate", keyType: "RSA", use: "enc" },
      secret("B2C_1A_GoogleSecret", "google", "Google-OAUTH", "Google"),
      secret("B2C_1A_FacebookSecret", "facebook", "Facebook-OAUTH", "Facebook"),
      secret("B2C_1A_MSASecret", "microsoft", "MSA-OIDC", "Microsoft 계정"),
      secret("B2C_1A_LinkedInSecret", "linkedin", "LinkedIn-OIDC", "LinkedIn"),
      secret("B2C_1A_AppleSecret", "apple", "Apple-OIDC", "Apple"),
      secret("B2C_1A_KakaoSecret", "oidc", "Oidc-Kakao", "카카오"),
      {
        name: "B2C_1A_CorpSamlSigningCert",
        purpose: "signing",
        source: "upload-pkcs12",
        identityProvider: { kind: "saml", technicalProfileId: "Saml-Corp", displayName: "Corporate SSO" },
      },
    ]);
  });
});
