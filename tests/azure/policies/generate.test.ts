import { describe, expect, it } from "vitest";
import { customPolicyChain, POLICY_NAMESPACE, PolicySettingsError } from "../../../src/azure/policies";
import { POLICY_FIXTURES } from "../../../src/azure/policies/fixtures";
import { byId, fixture, generateParsed } from "./fixture-access";
import { all, at, kids, metadataOf, technicalProfiles } from "./parsed";

const MINIMAL = "minimal: local email accounts, defaults everywhere";
const KOREAN = "korean retail: every provider, phone MFA required, KMSI 30 days, absolute sessions";
const USERNAME_EMAIL = "username accounts, email MFA optional, infinite refresh window, policy-scoped SSO";
const TOTP_DEV = "authenticator app MFA required, development mode with journey insights, suppressed SSO";
const PHONE_OPTIONAL = "phone MFA optional with voice calls, KMSI 1 day, three languages";
const TOTP_OPTIONAL = "authenticator app MFA optional, SAML provider only";
const EMAIL_REQUIRED = "email MFA required, username sign-in";

describe("customPolicyChain: the set's IDs and inheritance without rendering it", () => {
  it.each(POLICY_FIXTURES.map((f) => [f.name, f.settings] as const))(
    "GIVEN %s THEN it lists exactly the policies generateCustomPolicies renders, in the same order",
    (name, settings) => {
      const rendered = generateParsed(fixture(name)).policies.map(({ xml: _xml, ...link }) => link);
      expect(customPolicyChain(settings)).toEqual(rendered);
    },
  );

  it("GIVEN an invalid setting THEN it refuses it as generation does", () => {
    expect(() => customPolicyChain({ ...fixture(MINIMAL), policyPrefix: "X_" })).toThrow(PolicySettingsError);
  });
});

describe("generateCustomPolicies: policy ids and inheritance", () => {
  it.each([
    [MINIMAL, "contoso.onmicrosoft.com", "B2C_1A_"],
    [KOREAN, "koreashop.onmicrosoft.com", "B2C_1A_KR_"],
  ])(
    "GIVEN %s WHEN generated THEN six policies come in upload order, each inheriting from the previous layer",
    (name, tenant, p) => {
      const set = generateParsed(fixture(name));
      expect(set.policies.map((x) => [x.policyId, x.basePolicyId])).toEqual([
        [`${p}TrustFrameworkBase`, undefined],
        [`${p}TrustFrameworkLocalization`, `${p}TrustFrameworkBase`],
        [`${p}TrustFrameworkExtensions`, `${p}TrustFrameworkLocalization`],
        [`${p}SignUpOrSignin`, `${p}TrustFrameworkExtensions`],
        [`${p}PasswordReset`, `${p}TrustFrameworkExtensions`],
        [`${p}ProfileEdit`, `${p}TrustFrameworkExtensions`],
      ]);
      const roots = [
        set.base,
        set.localization,
        set.extensions,
        set.signUpOrSignIn,
        set.passwordReset,
        set.profileEdit,
      ];
      expect(
        roots.map((r) => [
          r.attrs.xmlns,
          r.attrs.PolicySchemaVersion,
          r.attrs.TenantId,
          r.attrs.PolicyId,
          r.attrs.PublicPolicyUri,
        ]),
      ).toEqual(
        set.policies.map((x) => [
          POLICY_NAMESPACE,
          "0.3.0.0",
          tenant,
          x.policyId,
          `http://${tenant}/${x.policyId}`,
        ]),
      );
      expect(
        roots.map((r) => kids(r, "BasePolicy").map((b) => [at(b, "TenantId").text, at(b, "PolicyId").text])),
      ).toEqual(set.policies.map((x) => (x.basePolicyId === undefined ? [] : [[tenant, x.basePolicyId]])));
    },
  );

  it("GIVEN the minimal settings WHEN generated THEN the IEF app IDs are wired into login-NonInteractive in Extensions only", () => {
    const set = generateParsed(fixture(MINIMAL));
    const [override] = technicalProfiles(set.extensions, "login-NonInteractive");
    expect(override === undefined ? {} : metadataOf(override)).toEqual({
      client_id: "66666666-7777-4888-9999-aaaaaaaaaaaa",
      IdTokenAudience: "11111111-2222-4333-8444-555555555555",
    });
    expect(all(set.base, "Item").some((i) => i.text.includes("11111111-2222"))).toBe(false);
  });
});

describe("generateCustomPolicies: token lifetimes in the JWT issuer", () => {
  it.each([
    [
      MINIMAL,
      {
        token_lifetime_secs: "3600",
        id_token_lifetime_secs: "3600",
        refresh_token_lifetime_secs: "1209600",
        rolling_refresh_token_lifetime_secs: "7776000",
      },
    ],
    [
      KOREAN,
      {
        token_lifetime_secs: "900",
        id_token_lifetime_secs: "1800",
        refresh_token_lifetime_secs: "604800",
        rolling_refresh_token_lifetime_secs: "2592000",
      },
    ],
    [
      USERNAME_EMAIL,
      {
        token_lifetime_secs: "3600",
        id_token_lifetime_secs: "3600",
        refresh_token_lifetime_secs: "7776000",
        allow_infinite_rolling_refresh_token: "true",
      },
    ],
    [
      TOTP_DEV,
      {
        token_lifetime_secs: "300",
        id_token_lifetime_secs: "86400",
        refresh_token_lifetime_secs: "86400",
        rolling_refresh_token_lifetime_secs: "31536000",
      },
    ],
  ])(
    "GIVEN %s WHEN generated THEN Extensions overrides JwtIssuer with exactly these lifetimes",
    (name, expected) => {
      const set = generateParsed(fixture(name));
      expect(technicalProfiles(set.extensions, "JwtIssuer").map(metadataOf)).toEqual([expected]);
      expect(metadataOf(byId(set.base, "TechnicalProfile", "JwtIssuer"))).toEqual({
        client_id: "{service:te}",
        issuer_refresh_token_user_identity_claim_type: "objectId",
        SendTokenResponseBodyWithJsonNumbers: "true",
      });
    },
  );
});

describe("generateCustomPolicies: web session behaviour", () => {
  const behaviors = (rp: Parameters<typeof at>[0]) =>
    at(rp, "RelyingParty", "UserJourneyBehaviors").children.map((c) => [c.name, c.attrs, c.text]);

  it.each([
    [MINIMAL, { Scope: "Tenant" }, "Rolling", "86400", undefined],
    [KOREAN, { Scope: "Application", KeepAliveInDays: "30" }, "Absolute", "3600", "True"],
    [USERNAME_EMAIL, { Scope: "Policy" }, "Rolling", "900", undefined],
    [PHONE_OPTIONAL, { Scope: "Tenant", KeepAliveInDays: "1" }, "Rolling", "86400", "True"],
  ])(
    "GIVEN %s WHEN generated THEN sign-in carries SSO %j, %s expiry of %s s, remember-me %s",
    (name, sso, type, seconds, rememberMe) => {
      const set = generateParsed(fixture(name));
      expect(behaviors(set.signUpOrSignIn)).toEqual([
        ["SingleSignOn", sso, ""],
        ["SessionExpiryType", {}, type],
        ["SessionExpiryInSeconds", {}, seconds],
      ]);
      const withoutKmsi = { Scope: sso.Scope };
      for (const rp of [set.passwordReset, set.profileEdit]) {
        expect(behaviors(rp)).toEqual([
          ["SingleSignOn", withoutKmsi, ""],
          ["SessionExpiryType", {}, type],
          ["SessionExpiryInSeconds", {}, seconds],
        ]);
      }
      const signInOverrides = all(set.extensions, "TechnicalProfile").filter((tp) =>
        tp.attrs.Id?.startsWith("SelfAsserted-LocalAccountSignin"),
      );
      expect(signInOverrides.map(metadataOf)).toEqual(
        rememberMe === undefined ? [] : [{ "setting.enableRememberMe": rememberMe }],
      );
    },
  );

  it("GIVEN development mode with an instrumentation key WHEN generated THEN relying parties record journeys to Application Insights", () => {
    const set = generateParsed(fixture(TOTP_DEV));
    expect([
      set.signUpOrSignIn.attrs.DeploymentMode,
      set.signUpOrSignIn.attrs.UserJourneyRecorderEndpoint,
    ]).toEqual(["Development", "urn:journeyrecorder:applicationinsights"]);
    expect(at(set.profileEdit, "RelyingParty", "UserJourneyBehaviors", "JourneyInsights").attrs).toEqual({
      TelemetryEngine: "ApplicationInsights",
      InstrumentationKey: "abcdef01-2345-4678-9abc-def012345678",
      DeveloperMode: "true",
      ClientEnabled: "false",
      ServerEnabled: "true",
      TelemetryVersion: "1.0.0",
    });
    expect(set.base.attrs.DeploymentMode).toBe(undefined);
  });
});

describe("generateCustomPolicies: MFA steps per setting", () => {
  const candidates = (root: Parameters<typeof all>[0], element: string, id: string) =>
    all(byId(root, element, id), "Candidate").map((c) => c.attrs.SubJourneyReferenceId);

  it.each([
    [MINIMAL, [], [], []],
    [
      KOREAN,
      ["Mfa-RegisterOrVerify"],
      ["Mfa-RegisterOrVerify"],
      ["PhoneFactor-InputOrVerify", "AAD-UserWritePhoneNumberUsingObjectId"],
    ],
    [
      PHONE_OPTIONAL,
      ["Mfa-VerifyRegistered"],
      ["Mfa-RegisterOrVerify"],
      ["PhoneFactor-InputOrVerify", "AAD-UserWritePhoneNumberUsingObjectId"],
    ],
    [
      EMAIL_REQUIRED,
      ["Mfa-RegisterOrVerify"],
      ["Mfa-RegisterOrVerify"],
      [
        "MfaEmail-FromSignInEmail",
        "MfaEmail-FromRecoveryEmail",
        "EmailFactor-Verify",
        "EmailFactor-Register",
        "AAD-UserWriteMfaEmailUsingObjectId",
      ],
    ],
    [
      USERNAME_EMAIL,
      ["Mfa-VerifyRegistered"],
      ["Mfa-RegisterOrVerify"],
      [
        "MfaEmail-FromSignInEmail",
        "MfaEmail-FromRecoveryEmail",
        "EmailFactor-Verify",
        "EmailFactor-Register",
        "AAD-UserWriteMfaEmailUsingObjectId",
      ],
    ],
    [
      TOTP_OPTIONAL,
      ["Mfa-VerifyRegistered"],
      ["Mfa-RegisterOrVerify"],
      [
        "AzureMfa-GetAvailableDevices",
        "AzureMfa-BeginVerifyOTP",
        "AzureMfa-VerifyOTP",
        "TotpSetDefaults",
        "TotpIdentifier-FromSignInName",
        "TotpIdentifier-FromSignInEmail",
        "TotpIdentifier-FromSignInUserName",
        "TotpIdentifier-FromEmail",
        "TotpIdentifier-FromUpn",
        "TotpFactor-Register",
        "TotpFactor-Verify",
      ],
    ],
  ])(
    "GIVEN %s WHEN generated THEN sign-in calls %j, profile edit calls %j, with these MFA profiles",
    (name, signIn, profileEdit, profiles) => {
      const set = generateParsed(fixture(name));
      expect(candidates(set.extensions, "UserJourney", "SignUpOrSignIn")).toEqual([
        "PasswordResetSteps",
        ...signIn,
      ]);
      expect(candidates(set.extensions, "SubJourney", "PasswordResetSteps")).toEqual(signIn);
      expect(candidates(set.extensions, "UserJourney", "ProfileEdit")).toEqual(profileEdit);
      expect(all(set.extensions, "SubJourney").map((s) => s.attrs.Id)).toEqual([
        "PasswordResetSteps",
        ...new Set([...profileEdit, ...signIn]),
      ]);
      const mfaProviders = all(set.extensions, "ClaimsProvider").filter((cp) =>
        at(cp, "DisplayName").text.startsWith("Second factor"),
      );
      expect(mfaProviders.flatMap((cp) => all(cp, "TechnicalProfile").map((tp) => tp.attrs.Id))).toEqual(
        profiles,
      );
    },
  );

  it("GIVEN an MFA step in a journey WHEN it runs after a second factor in this session THEN it is skipped", () => {
    const set = generateParsed(fixture(KOREAN));
    const step = all(byId(set.extensions, "UserJourney", "SignUpOrSignIn"), "OrchestrationStep").find(
      (s) => all(s, "Candidate")[0]?.attrs.SubJourneyReferenceId === "Mfa-RegisterOrVerify",
    );
    expect(
      step === undefined
        ? []
        : all(step, "Precondition").map((p) => [p.attrs, kids(p, "Value").map((v) => v.text)]),
    ).toEqual([[{ Type: "ClaimsExist", ExecuteActionsIf: "true" }, ["isActiveMFASession"]]]);
  });

  it("GIVEN phone MFA over SMS or calls WHEN generated THEN the phone factor uses that authentication mode", () => {
    const mode = (name: string) =>
      metadataOf(
        byId(generateParsed(fixture(name)).extensions, "TechnicalProfile", "PhoneFactor-InputOrVerify"),
      )["setting.authenticationMode"];
    expect([mode(KOREAN), mode(PHONE_OPTIONAL)]).toEqual(["sms", "phone"]);
  });
});

describe("generateCustomPolicies: identity providers in the journeys", () => {
  it("GIVEN every provider kind WHEN generated THEN each is a button on the sign-in page and a claims exchange of the next step", () => {
    const set = generateParsed(fixture(KOREAN));
    const [first, second] = all(byId(set.extensions, "UserJourney", "SignUpOrSignIn"), "OrchestrationStep");
    const exchanges = [
      ["GoogleExchange", "Google-OAUTH"],
      ["FacebookExchange", "Facebook-OAUTH"],
      ["MicrosoftAccountExchange", "MSA-OIDC"],
      ["LinkedInExchange", "LinkedIn-OIDC"],
      ["AppleExchange", "Apple-OIDC"],
      ["OidcKakaoExchange", "Oidc-Kakao"],
      ["SamlCorpExchange", "Saml-Corp"],
    ];
    expect(first === undefined ? [] : all(first, "ClaimsProviderSelection").map((s) => s.attrs)).toEqual([
      ...exchanges.map(([id]) => ({ TargetClaimsExchangeId: id })),
      { TargetClaimsExchangeId: "ForgotPasswordExchange" },
      { ValidationClaimsExchangeId: "LocalAccountSigninExchange" },
    ]);
    expect(
      second === undefined
        ? []
        : all(second, "ClaimsExchange").map((x) => [x.attrs.Id, x.attrs.TechnicalProfileReferenceId]),
    ).toEqual([
      ...exchanges,
      ["SignUpWithLogonEmailExchange", "LocalAccountSignUpWithLogonEmail"],
      ["ForgotPasswordExchange", "ForgotPassword"],
    ]);
    const profileEdit = all(
      byId(set.extensions, "UserJourney", "ProfileEdit"),
      "ClaimsProviderSelection",
    ).map((s) => s.attrs.TargetClaimsExchangeId);
    expect(profileEdit).toEqual([...exchanges.map(([id]) => id), "LocalAccountSigninExchange"]);
  });

  it.each([
    [
      "Google-OAUTH",
      "OAuth2",
      "google-client.apps.googleusercontent.com",
      ["client_secret", "B2C_1A_GoogleSecret"],
      "google.com",
    ],
    ["Facebook-OAUTH", "OAuth2", "1234567890", ["client_secret", "B2C_1A_FacebookSecret"], "facebook.com"],
    [
      "MSA-OIDC",
      "OpenIdConnect",
      "0f0e0d0c-0b0a-4090-8070-605040302010",
      ["client_secret", "B2C_1A_MSASecret"],
      "live.com",
    ],
    [
      "LinkedIn-OIDC",
      "OpenIdConnect",
      "linkedin-client",
      ["client_secret", "B2C_1A_LinkedInSecret"],
      "linkedin.com",
    ],
    [
      "Apple-OIDC",
      "OpenIdConnect",
      "com.koreashop.signin",
      ["client_secret", "B2C_1A_AppleSecret"],
      "apple.com",
    ],
    ["Oidc-Kakao", "OpenIdConnect", "kakao-client", ["client_secret", "B2C_1A_KakaoSecret"], "kakao.com"],
    ["Saml-Corp", "SAML2", undefined, ["SamlMessageSigning", "B2C_1A_CorpSamlSigningCert"], undefined],
  ])(
    "GIVEN the Korean settings WHEN %s is generated THEN it speaks %s with client %s and key %j",
    (id, protocol, clientId, key, domain) => {
      const set = generateParsed(fixture(KOREAN));
      const tp = byId(set.extensions, "TechnicalProfile", id);
      const provider = all(set.extensions, "ClaimsProvider").find((cp) =>
        all(cp, "TechnicalProfile").includes(tp),
      );
      expect(at(tp, "Protocol").attrs.Name).toBe(protocol);
      expect(metadataOf(tp).client_id).toBe(clientId);
      expect(all(tp, "Key").map((k) => [k.attrs.Id, k.attrs.StorageReferenceId])).toEqual([key]);
      expect(provider === undefined ? "missing" : kids(provider, "Domain").map((d) => d.text)[0]).toBe(
        domain,
      );
      expect(all(tp, "OutputClaimsTransformation").map((t) => t.attrs.ReferenceId)).toEqual([
        "CreateRandomUPNUserName",
        "CreateUserPrincipalName",
        "CreateAlternativeSecurityId",
      ]);
    },
  );

  it("GIVEN no identity provider WHEN generated THEN the social steps are absent and profile edit goes straight to local sign-in", () => {
    const set = generateParsed(fixture(MINIMAL));
    const steps = (id: string) =>
      all(byId(set.extensions, "UserJourney", id), "OrchestrationStep").map((s) => [
        s.attrs.Type,
        all(s, "ClaimsExchange").map((x) => x.attrs.TechnicalProfileReferenceId),
      ]);
    expect(steps("SignUpOrSignIn")).toEqual([
      ["CombinedSignInAndSignUp", ["SelfAsserted-LocalAccountSignin-Email"]],
      ["ClaimsExchange", ["LocalAccountSignUpWithLogonEmail", "ForgotPassword"]],
      ["InvokeSubJourney", []],
      ["ClaimsExchange", ["AAD-UserReadUsingObjectId"]],
      ["SendClaims", []],
    ]);
    expect(steps("ProfileEdit")).toEqual([
      ["ClaimsExchange", ["SelfAsserted-LocalAccountSignin-Email"]],
      ["ClaimsExchange", ["AAD-UserReadUsingObjectId"]],
      ["ClaimsExchange", ["SelfAsserted-ProfileUpdate"]],
      ["SendClaims", []],
    ]);
  });
});
