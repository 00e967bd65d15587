/**
 * Representative settings shared by the tests and `scripts/check-b2c-schema.ts`. Together
 * they cover every option: all provider kinds, each MFA mode and method, several methods (the
 * choice page), password rules from the default to all four classes, both session expiry
 * types, every SSO scope, keep-me-signed-in on and off, both sign-in identifiers, finite and
 * infinite refresh windows, both deployment modes, one and several languages.
 */
import type { CustomPolicySettings } from "./settings";

const IEF = {
  appId: "11111111-2222-4333-8444-555555555555",
  proxyAppId: "66666666-7777-4888-9999-aaaaaaaaaaaa",
} as const;

/** Characters that must be escaped wherever a tenant-supplied string reaches XML. */
export const HOSTILE = `<script>&"'`;

export interface PolicyFixture {
  name: string;
  settings: CustomPolicySettings;
}

export const POLICY_FIXTURES: readonly PolicyFixture[] = [
  {
    name: "minimal: local email accounts, defaults everywhere",
    settings: { tenant: "contoso", identityExperienceFramework: IEF },
  },
  {
    name: "korean retail: every provider, phone MFA required, KMSI 30 days, absolute sessions",
    settings: {
      tenant: "KoreaShop.onmicrosoft.com",
      policyPrefix: "B2C_1A_KR_",
      identityExperienceFramework: IEF,
      keySets: { signing: "B2C_1A_KrSigning", encryption: "B2C_1A_KrEncryption" },
      tokens: {
        accessTokenLifetimeSeconds: 900,
        idTokenLifetimeSeconds: 1800,
        refreshTokenLifetimeDays: 7,
        refreshTokenRollingWindowDays: 30,
      },
      session: {
        expiryInSeconds: 3600,
        expiryType: "Absolute",
        ssoScope: "Application",
        keepMeSignedInDays: 30,
      },
      mfa: { mode: "required", methods: ["phone"], phoneChannel: "sms" },
      providers: [
        { kind: "google", clientId: "google-client.apps.googleusercontent.com" },
        { kind: "facebook", clientId: "1234567890" },
        {
          kind: "microsoft",
          clientId: "0f0e0d0c-0b0a-4090-8070-605040302010",
          displayName: "Microsoft 계정",
        },
        { kind: "linkedin", clientId: "linkedin-client" },
        { kind: "apple", clientId: "com.koreashop.signin" },
        {
          kind: "oidc",
          id: "Kakao",
          displayName: "카카오",
          clientId: "kakao-client",
          metadataUrl: "https://kauth.kakao.com/.well-known/openid-configuration",
          scope: "openid profile_nickname account_email",
          domainHint: "kakao.com",
        },
        {
          kind: "saml",
          id: "Corp",
          displayName: "Corporate SSO",
          metadataUrl: "https://sts.koreashop.example/federationmetadata/2007-06/federationmetadata.xml",
        },
      ],
      languages: ["ko", "en"],
    },
  },
  {
    name: "username accounts, email MFA optional, infinite refresh window, policy-scoped SSO",
    settings: {
      tenant: "fabrikam",
      identityExperienceFramework: IEF,
      localAccounts: { signInIdentifier: "username" },
      tokens: { refreshTokenLifetimeDays: 90, refreshTokenRollingWindowDays: "infinite" },
      session: { expiryInSeconds: 900, expiryType: "Rolling", ssoScope: "Policy", keepMeSignedInDays: "off" },
      mfa: { mode: "optional", methods: ["email"] },
      providers: [{ kind: "google", clientId: "g" }],
    },
  },
  {
    name: "authenticator app MFA required, development mode with journey insights, suppressed SSO",
    settings: {
      tenant: "woodgrove",
      deploymentMode: "Development",
      applicationInsightsInstrumentationKey: "abcdef01-2345-4678-9abc-def012345678",
      identityExperienceFramework: IEF,
      tokens: {
        accessTokenLifetimeSeconds: 300,
        idTokenLifetimeSeconds: 86400,
        refreshTokenLifetimeDays: 1,
        refreshTokenRollingWindowDays: 365,
      },
      session: {
        expiryInSeconds: 86400,
        expiryType: "Absolute",
        ssoScope: "Suppressed",
        keepMeSignedInDays: 90,
      },
      mfa: { mode: "required", methods: ["totp"] },
      providers: [
        { kind: "microsoft", clientId: "msa" },
        { kind: "apple", clientId: "com.woodgrove.web" },
      ],
      languages: ["en"],
    },
  },
  {
    name: "phone MFA optional with voice calls, KMSI 1 day, three languages",
    settings: {
      tenant: "tailspin",
      identityExperienceFramework: IEF,
      session: { keepMeSignedInDays: 1 },
      mfa: { mode: "optional", methods: ["phone"], phoneChannel: "call" },
      providers: [
        { kind: "facebook", clientId: "fb" },
        { kind: "linkedin", clientId: "li" },
      ],
      languages: ["ja", "ko", "en"],
    },
  },
  {
    name: "authenticator app MFA optional, SAML provider only",
    settings: {
      tenant: "adatum",
      identityExperienceFramework: IEF,
      mfa: { mode: "optional", methods: ["totp"] },
      providers: [
        {
          kind: "saml",
          id: "Adfs",
          displayName: "AD FS",
          metadataUrl: "https://adfs.adatum.example/metadata.xml",
          domainHint: "adatum.com",
        },
      ],
    },
  },
  {
    name: "email MFA required, username sign-in",
    settings: {
      tenant: "litware",
      identityExperienceFramework: IEF,
      localAccounts: { signInIdentifier: "username" },
      mfa: { mode: "required", methods: ["email"] },
    },
  },
  {
    name: "every factor offered (a choice page), 12+ characters with all four classes",
    settings: {
      tenant: "fabrikam",
      identityExperienceFramework: IEF,
      mfa: { mode: "required", methods: ["totp", "email", "phone"], phoneChannel: "sms" },
      password: { minLength: 12, maxLength: 256, matchAtLeast: 4 },
      languages: ["ko", "en"],
    },
  },
  {
    name: "two factors, optional: the first registered one is verified",
    settings: {
      tenant: "tailspin",
      identityExperienceFramework: IEF,
      localAccounts: { signInIdentifier: "username" },
      mfa: { mode: "optional", methods: ["phone", "totp"] },
      password: { minLength: 8, classes: ["lowercase", "digit"], matchAtLeast: 1 },
    },
  },
  {
    name: "hostile tenant-supplied strings are escaped",
    settings: {
      tenant: "hostile",
      identityExperienceFramework: IEF,
      providers: [
        { kind: "google", clientId: HOSTILE, displayName: HOSTILE },
        {
          kind: "oidc",
          id: "Evil",
          displayName: `${HOSTILE} OIDC`,
          clientId: `${HOSTILE}id`,
          metadataUrl: "https://idp.example/.well-known/openid-configuration?a=1&b=<2>",
        },
      ],
      languages: ["en", "ko"],
    },
  },
];
