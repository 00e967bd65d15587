import { beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { CHANNEL_SHAPES, type RefreshPolicy, refreshPolicy } from "../../src/aws/identity/clientFlows";
import { cognitoIdp } from "../../src/aws/identity/providerDetails";
import { sessionSection } from "../../src/config/schema/session";
import type { Plan } from "../../src/plan/model";
import { CHANNELS } from "../../src/platform/contract";
import { all, only } from "../support/harness";
import { dependencyNames, POOL_ID, planExample, TAGS } from "./support";

const POOL = "aws:cognito/userPool:UserPool";
const CLIENT = "aws:cognito/userPoolClient:UserPoolClient";
const IDP = "aws:cognito/identityProvider:IdentityProvider";
const UNITS = { accessToken: "seconds", idToken: "seconds", refreshToken: "minutes" };
const ROTATION = { feature: "ENABLED", retryGracePeriodSeconds: 10 };
/** Rotation off is stated, never left out (terraform-provider-aws issues 47196, 43531, 45646). */
const NO_ROTATION = { feature: "DISABLED", retryGracePeriodSeconds: 0 };
const IDPS = ["COGNITO", "Google", "Kakao", "SignInWithApple"];

let plan: Plan;
beforeAll(async () => {
  plan = await planExample();
});

describe("GIVEN the example stack WHEN planned", () => {
  it("THEN the user pool is Plus, enforced, MFA-required, protected, with the exact arguments", () => {
    const pool = only(plan, POOL);
    expect(pool.protect).toBe(true);
    expect(pool.inputs).toEqual({
      name: "hanbit-aws-users",
      userPoolTier: "PLUS",
      deletionProtection: "ACTIVE",
      usernameAttributes: ["email"],
      usernameConfiguration: { caseSensitive: false },
      autoVerifiedAttributes: ["email"],
      adminCreateUserConfig: { allowAdminCreateUserOnly: false },
      mfaConfiguration: "ON",
      softwareTokenMfaConfiguration: { enabled: true },
      emailConfiguration: { emailSendingAccount: "COGNITO_DEFAULT" },
      passwordPolicy: {
        minimumLength: 12,
        requireUppercase: true,
        requireLowercase: true,
        requireNumbers: true,
        requireSymbols: true,
        passwordHistorySize: 5,
        temporaryPasswordValidityDays: 3,
      },
      accountRecoverySetting: { recoveryMechanisms: [{ name: "verified_email", priority: 1 }] },
      userPoolAddOns: {
        advancedSecurityMode: "ENFORCED",
        advancedSecurityAdditionalFlows: { customAuthMode: "ENFORCED" },
      },
      tags: TAGS,
    });
  });

  it("THEN the web client is confidential with code flow, rotation and no ALLOW_REFRESH_TOKEN_AUTH", () => {
    expect(only(plan, CLIENT, "hanbit-web-client").inputs).toEqual({
      name: "hanbit-aws-web",
      userPoolId: POOL_ID,
      generateSecret: true,
      preventUserExistenceErrors: "ENABLED",
      enableTokenRevocation: true,
      authSessionValidity: 3,
      accessTokenValidity: 900,
      idTokenValidity: 900,
      refreshTokenValidity: 1440,
      tokenValidityUnits: UNITS,
      allowedOauthFlowsUserPoolClient: true,
      allowedOauthFlows: ["code"],
      allowedOauthScopes: [
        "openid",
        "email",
        "profile",
        "hanbit-api/orders.read",
        "hanbit-api/orders.write",
        "hanbit-api/profile.read",
      ],
      explicitAuthFlows: ["ALLOW_USER_SRP_AUTH"],
      refreshTokenRotation: ROTATION,
      // The load balancer signs users in with the web client: its callback and signed-out page come last.
      callbackUrls: ["https://www.hanbit.co.kr/auth/callback", "https://www.hanbit.co.kr/oauth2/idpresponse"],
      logoutUrls: ["https://www.hanbit.co.kr/", "https://www.hanbit.co.kr/signed-out"],
      supportedIdentityProviders: IDPS,
    });
  });

  it.each([
    [
      "spa",
      ["https://app.hanbit.co.kr/callback", "http://localhost:5173/callback"],
      ["https://app.hanbit.co.kr/"],
      ["hanbit-api/orders.read", "hanbit-api/profile.read"],
    ],
    [
      "mobile",
      ["kr.co.hanbit.app:/oauth2redirect"],
      ["kr.co.hanbit.app:/signout"],
      ["hanbit-api/orders.read", "hanbit-api/orders.write", "hanbit-api/profile.read"],
    ],
  ])(
    "THEN the %s client is public (PKCE, no secret) with code flow only",
    (channel, callbacks, logouts, scopes) => {
      expect(only(plan, CLIENT, `hanbit-${channel}-client`).inputs).toMatchObject({
        name: `hanbit-aws-${channel}`,
        generateSecret: false,
        allowedOauthFlows: ["code"],
        allowedOauthScopes: ["openid", "email", "profile", ...scopes],
        explicitAuthFlows: ["ALLOW_USER_SRP_AUTH"],
        refreshTokenRotation: ROTATION,
        callbackUrls: callbacks,
        logoutUrls: logouts,
        supportedIdentityProviders: IDPS,
      });
    },
  );

  it("THEN the machine client has client_credentials only, API scopes only, and only the refresh flow listed", () => {
    const inputs = only(plan, CLIENT, "hanbit-machine-client").inputs;
    expect(inputs).toEqual({
      name: "hanbit-aws-machine",
      userPoolId: POOL_ID,
      generateSecret: true,
      preventUserExistenceErrors: "ENABLED",
      enableTokenRevocation: true,
      authSessionValidity: 3,
      accessTokenValidity: 900,
      idTokenValidity: 900,
      refreshTokenValidity: 1440,
      tokenValidityUnits: UNITS,
      allowedOauthFlowsUserPoolClient: true,
      allowedOauthFlows: ["client_credentials"],
      allowedOauthScopes: ["hanbit-api/partner.orders.read"],
      explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH"],
      refreshTokenRotation: NO_ROTATION,
      supportedIdentityProviders: ["COGNITO"],
    });
  });

  it("THEN every client waits for the resource server and the identity providers", () => {
    for (const client of all(plan, CLIENT)) {
      expect(dependencyNames(client)).toEqual([
        "hanbit-api-scopes",
        "hanbit-idp-apple",
        "hanbit-idp-google",
        "hanbit-idp-kakao",
        "hanbit-user-pool",
      ]);
    }
  });

  it("THEN each identity provider has Cognito's type, snake_case details, secrets kept secret, mapped attributes", () => {
    const byName = all(plan, IDP)
      .map((r) => [r.name, r.inputs] as const)
      .sort(([a], [b]) => a.localeCompare(b));
    expect(byName).toEqual([
      [
        "hanbit-idp-apple",
        {
          userPoolId: POOL_ID,
          providerName: "SignInWithApple",
          providerType: "SignInWithApple",
          providerDetails: {
            client_id: "kr.co.hanbit.signin",
            team_id: "A1B2C3D4E5",
            key_id: "K9L8M7N6P5",
            private_key: "[secret]",
            authorize_scopes: "email name",
          },
          attributeMapping: {
            email: "email",
            email_verified: "email_verified",
            given_name: "firstName",
            family_name: "lastName",
            username: "sub",
          },
        },
      ],

      [
        "hanbit-idp-google",
        {
          userPoolId: POOL_ID,
          providerName: "Google",
          providerType: "Google",
          providerDetails: {
            client_id: "123456789012-abcdefghijklmnopqrstuvwxyz012345.apps.googleusercontent.com",
            client_secret: "[secret]",
            authorize_scopes: "openid email profile",
          },
          attributeMapping: {
            email: "email",
            email_verified: "email_verified",
            name: "name",
            given_name: "given_name",
            family_name: "family_name",
            picture: "picture",
            username: "sub",
          },
        },
      ],
      [
        "hanbit-idp-kakao",
        {
          userPoolId: POOL_ID,
          providerName: "Kakao",
          providerType: "OIDC",
          providerDetails: {
            client_id: "8f3a1c2d4e5f60718293a4b5c6d7e8f9",
            client_secret: "[secret]",
            oidc_issuer: "https://kauth.kakao.com",
            attributes_request_method: "GET",
            authorize_scopes: "openid account_email profile_nickname",
          },
          attributeMapping: {
            email: "email",
            email_verified: "email_verified",
            name: "nickname",
            username: "sub",
          },
        },
      ],
    ]);
  });
});

describe("GIVEN providers of the other types WHEN translated to Cognito", () => {
  const secret = (v: string) => ({ reveal: () => v, toString: () => "[secret]" }) as never;
  it.each([
    [
      { type: "facebook", name: "Facebook", clientId: "1234", clientSecret: secret("s") },
      {
        providerName: "Facebook",
        providerType: "Facebook",
        details: { client_id: "1234", authorize_scopes: "public_profile,email" },
      },
    ],
    [
      {
        type: "amazon",
        name: "Amazon",
        clientId: "amzn1.application-oa2-client.x",
        clientSecret: secret("s"),
      },
      {
        providerName: "LoginWithAmazon",
        providerType: "LoginWithAmazon",
        details: { client_id: "amzn1.application-oa2-client.x", authorize_scopes: "profile" },
      },
    ],
    [
      {
        type: "saml",
        name: "Corp",
        metadataUrl: "https://idp.corp.example/metadata.xml",
        signRequests: true,
        idpSignOut: false,
      },
      {
        providerName: "Corp",
        providerType: "SAML",
        details: {
          MetadataURL: "https://idp.corp.example/metadata.xml",
          IDPSignout: "false",
          RequestSigningAlgorithm: "rsa-sha256",
        },
      },
    ],
  ])("THEN %o becomes the expected Cognito provider", (provider, expected) => {
    const idp = cognitoIdp(provider as never);
    expect(idp.providerName).toBe(expected.providerName);
    expect(idp.providerType).toBe(expected.providerType);
    expect(idp.providerDetails).toMatchObject(expected.details);
  });
});

describe("GIVEN any channel and rotation setting WHEN the refresh policy is chosen", () => {
  const cases = CHANNELS.flatMap((channel) => [true, false].map((enabled) => [channel, enabled] as const));
  it.each(cases)(
    "THEN %s (rotation %s) states the rotation block and never combines rotation with ALLOW_REFRESH_TOKEN_AUTH",
    (channel, enabled) => {
      const session = sessionSection.parse({ refreshTokenRotation: { enabled, gracePeriod: "30s" } });
      const policy = refreshPolicy(channel, session);
      const rotates = enabled && channel !== "machine";
      expect(policy.refreshTokenRotation).toEqual(
        rotates ? { feature: "ENABLED", retryGracePeriodSeconds: 30 } : NO_ROTATION,
      );
      expect((policy.explicitAuthFlows as readonly string[]).includes("ALLOW_REFRESH_TOKEN_AUTH")).toBe(
        !rotates,
      );
    },
  );

  it("THEN the type itself rules the combination out", () => {
    type Rotating = Extract<RefreshPolicy, { refreshTokenRotation: { feature: "ENABLED" } }>;
    expectTypeOf<Rotating["explicitAuthFlows"][number]>().toEqualTypeOf<"ALLOW_USER_SRP_AUTH">();
    // @ts-expect-error: a rotating policy cannot list ALLOW_REFRESH_TOKEN_AUTH.
    const invalid: RefreshPolicy = {
      explicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      refreshTokenRotation: { feature: "ENABLED", retryGracePeriodSeconds: 5 },
    };
    expect(invalid.explicitAuthFlows.length).toBe(2);
  });

  it("THEN every channel has exactly one OAuth flow, and only the machine channel uses client_credentials", () => {
    expect(Object.entries(CHANNEL_SHAPES).map(([c, s]) => [c, s.flow])).toEqual([
      ["web", "code"],
      ["spa", "code"],
      ["mobile", "code"],
      ["machine", "client_credentials"],
    ]);
  });
});
