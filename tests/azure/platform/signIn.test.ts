import { beforeAll, describe, expect, it } from "vitest";
import type { Plan } from "../../../src/plan/model";
import { all, only } from "../../support/harness";
import { azureValues, planAzure, TENANT_ID, withSection } from "./support";

const CONNECTION = { tenantId: TENANT_ID, clientId: "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d" };
const GRAPH = "pulumi-nodejs:dynamic/azure-graph";
const short = (urns: string[]) => urns.map((u) => u.split("::").pop()).sort();
const socialOnly = (mode: "b2c" | "externalId") =>
  azureValues({
    azure: withSection("directory", { mode, policyMode: "userFlows" }),
    identity: {
      ...(azureValues().identity as Record<string, unknown>),
      mfa: { mode: "required", factors: ["email"] },
      providers: [
        {
          name: "Google",
          type: "google",
          clientId: "123456789012-abc.apps.googleusercontent.com",
          clientSecret: "google-secret-value",
        },
      ],
    },
  });

describe("GIVEN B2C custom policies (the example)", () => {
  let plan: Plan;
  beforeAll(async () => {
    plan = await planAzure(azureValues());
  });

  it("THEN the policy keys are generated or uploaded as secrets, before any policy", () => {
    const keys = all(plan, `${GRAPH}:PolicyKeySet`).map((k) => k.inputs);
    expect(keys).toEqual([
      {
        connection: CONNECTION,
        name: "B2C_1A_TokenSigningKeyContainer",
        source: "generate",
        use: "sig",
        kty: "RSA",
      },
      {
        connection: CONNECTION,
        name: "B2C_1A_TokenEncryptionKeyContainer",
        source: "generate",
        use: "enc",
        kty: "RSA",
      },
      {
        connection: CONNECTION,
        name: "B2C_1A_GoogleSecret",
        source: "uploadSecret",
        use: "sig",
        secret: "[secret]",
      },
      {
        connection: CONNECTION,
        name: "B2C_1A_KakaoSecret",
        source: "uploadSecret",
        use: "sig",
        secret: "[secret]",
      },
      {
        connection: CONNECTION,
        name: "B2C_1A_MSASecret",
        source: "uploadSecret",
        use: "sig",
        secret: "[secret]",
      },
    ]);
  });

  it("THEN the policies upload in inheritance order, each after the previous one", () => {
    const policies = all(plan, `${GRAPH}:TrustFrameworkPolicy`);
    expect(policies.map((p) => p.inputs.policyId)).toEqual([
      "B2C_1A_TrustFrameworkBase",
      "B2C_1A_TrustFrameworkLocalization",
      "B2C_1A_TrustFrameworkExtensions",
      "B2C_1A_SignUpOrSignin",
      "B2C_1A_PasswordReset",
      "B2C_1A_ProfileEdit",
    ]);
    expect(short(policies[0]?.dependsOn ?? [])).toEqual([
      "hanbit-ief-app",
      "hanbit-ief-proxy-app",
      "hanbit-key-googlesecret",
      "hanbit-key-kakaosecret",
      "hanbit-key-msasecret",
      "hanbit-key-tokenencryptionkeycontainer",
      "hanbit-key-tokensigningkeycontainer",
    ]);
    for (let i = 1; i < policies.length; i++) {
      expect(short(policies[i]?.dependsOn ?? [])).toEqual([
        "hanbit-ief-app",
        "hanbit-ief-proxy-app",
        policies[i - 1]?.name,
      ]);
    }
  });

  it("THEN the uploaded XML is the generator's output for the created IEF app IDs", () => {
    const appId = (name: string) =>
      String(only(plan, "azuread:index/servicePrincipal:ServicePrincipal", name).inputs.clientId);
    const extensions = only(plan, `${GRAPH}:TrustFrameworkPolicy`, "hanbit-policy-trustframeworkextensions");
    const xml = String(extensions.inputs.policyXml);
    expect(xml.includes(appId("hanbit-ief-sp"))).toBe(true);
    expect(xml.includes(appId("hanbit-ief-proxy-sp"))).toBe(true);
    const signIn = only(plan, `${GRAPH}:TrustFrameworkPolicy`, "hanbit-policy-signuporsignin");
    expect(String(plan.outputs.openIdConfigurationUrl)).toBe(
      `https://hanbitb2c.b2clogin.com/hanbitb2c.onmicrosoft.com/${String(signIn.inputs.policyId)}/v2.0/.well-known/openid-configuration`,
    );
  });

  it("THEN the gateway's policies wait for the sign-in policies", () => {
    const policy = only(plan, "azure-native:apimanagement:ApiPolicy");
    expect(short(policy.dependsOn).filter((n) => n?.startsWith("hanbit-policy-"))).toEqual([
      "hanbit-policy-passwordreset",
      "hanbit-policy-profileedit",
      "hanbit-policy-signuporsignin",
      "hanbit-policy-trustframeworkbase",
      "hanbit-policy-trustframeworkextensions",
      "hanbit-policy-trustframeworklocalization",
    ]);
  });

  it("THEN the IEF proxy is a public client granted user_impersonation on the IEF app", () => {
    const proxy = only(plan, "azuread:index/application:Application", "hanbit-ief-proxy-app");
    expect([
      proxy.inputs.publicClient,
      proxy.inputs.fallbackPublicClientEnabled,
      proxy.inputs.signInAudience,
    ]).toEqual([{ redirectUris: ["myapp://auth"] }, true, "AzureADMyOrg"]);
    const grant = only(
      plan,
      "azuread:index/servicePrincipalDelegatedPermissionGrant:ServicePrincipalDelegatedPermissionGrant",
      "hanbit-ief-proxy-consent",
    );
    expect(grant.inputs.claimValues).toEqual(["user_impersonation"]);
  });
});

describe("GIVEN B2C user flows with Google", () => {
  it("THEN Google is registered (secret kept secret), two flows are created, and Google is linked to sign-in", async () => {
    const plan = await planAzure(socialOnly("b2c"));
    expect(all(plan, `${GRAPH}:TrustFrameworkPolicy`)).toEqual([]);
    expect(only(plan, `${GRAPH}:SocialIdentityProvider`).inputs).toEqual({
      connection: CONNECTION,
      identityProviderType: "Google",
      displayName: "Google",
      clientId: "123456789012-abc.apps.googleusercontent.com",
      clientSecret: "[secret]",
    });
    expect(all(plan, `${GRAPH}:B2CUserFlow`).map((f) => f.inputs)).toEqual([
      {
        connection: CONNECTION,
        name: "signup_signin",
        userFlowType: "signUpOrSignIn",
        userFlowTypeVersion: 3,
        isLanguageCustomizationEnabled: true,
        defaultLanguageTag: "ko",
      },
      {
        connection: CONNECTION,
        name: "password_reset",
        userFlowType: "passwordReset",
        userFlowTypeVersion: 3,
        isLanguageCustomizationEnabled: true,
        defaultLanguageTag: "ko",
      },
    ]);
    expect(only(plan, `${GRAPH}:UserFlowIdentityProviderLink`).inputs).toEqual({
      connection: CONNECTION,
      userFlowId: "B2C_1_signup_signin",
      identityProviderId: "Google-OAUTH",
    });
    expect(String(plan.outputs.signInUrl)).toBe(
      "https://hanbitb2c.b2clogin.com/hanbitb2c.onmicrosoft.com/B2C_1_signup_signin/oauth2/v2.0/authorize",
    );
    expect(JSON.stringify(plan).includes("google-secret-value")).toBe(false);
  });
});

describe("GIVEN External ID with Google", () => {
  it("THEN one sign-up flow offers e-mail with password and Google to every client", async () => {
    const plan = await planAzure(socialOnly("externalId"));
    const flow = only(plan, `${GRAPH}:ExternalIdSignUpFlow`);
    const clientIds = plan.outputs.clientIds as Record<string, string>;
    expect({ ...flow.inputs, applicationIds: (flow.inputs.applicationIds as string[]).sort() }).toEqual({
      connection: CONNECTION,
      displayName: "hanbit sign-up and sign-in",
      identityProviderIds: ["EmailPassword-OAUTH", "Google-OAUTH"],
      isSignUpAllowed: true,
      applicationIds: Object.values(clientIds).sort(),
    });
    expect(all(plan, `${GRAPH}:B2CUserFlow`)).toEqual([]);
  });
});
