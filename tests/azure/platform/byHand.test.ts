import { describe, expect, it } from "vitest";
import { azureByHand } from "../../../src/azure/byHand";
import type { ResolvedConfig } from "../../../src/config/validate";
import { azureValues, validateAzure, withSection } from "./support";

const CONSENT =
  "admin consent for openid and offline_access (Microsoft Graph) on the client applications: one click per application, after the first pulumi up (docs/azure.md)";

async function stepsFor(values: Record<string, unknown>): Promise<string[]> {
  const { config } = await validateAzure(values);
  return azureByHand(config as ResolvedConfig<"azure">);
}

// withIdentity lists no external provider, so the expected load has no federated sign-ins.
const NO_FEDERATION = { ...(azureValues().load as object), federatedShare: 0 };

const withIdentity = (mfa: string) => ({
  ...(azureValues().identity as Record<string, unknown>),
  mfa: { mode: mfa, factors: mfa === "off" ? [] : ["email"] },
  providers: [],
});

describe("GIVEN an Azure configuration WHEN the plan lists what is left to do by hand", () => {
  it("THEN B2C custom policies (the example) need only the consents, the IEF proxy app's included", async () => {
    expect(await stepsFor(azureValues())).toEqual([
      "admin consent for openid and offline_access (Microsoft Graph) on the client applications and on …-ProxyIdentityExperienceFramework: one click per application, after the first pulumi up (docs/azure.md)",
    ]);
  });

  it("THEN B2C user flows also need their MFA, lifetimes and session settings set in the portal, with this stack's values", async () => {
    const values = azureValues({
      azure: withSection("directory", { policyMode: "userFlows" }),
      load: NO_FEDERATION,
      identity: withIdentity("required"),
      session: { accessTokenLifetime: "30m", idTokenLifetime: "30m", refreshTokenLifetime: "7d" },
    });
    expect(await stepsFor(values)).toEqual([
      "in the portal, on the user flows B2C_1_signup_signin and B2C_1_password_reset: MFA required, token lifetimes (access tokens 30m, ID tokens 30m, refresh tokens 7d) and the session settings (Microsoft Graph has no API for them)",
      CONSENT,
    ]);
  });

  it.each([
    [
      "required",
      [
        "a Conditional Access policy requiring MFA for the platform's applications (identity.mfa.mode: required; External ID has no MFA setting on its sign-up flow)",
        "token lifetimes (access tokens 15m, ID tokens 15m, refresh tokens 1d) are not applied: the External ID sign-up flow has no setting for them, so the tenant's defaults hold",
        CONSENT,
      ],
    ],
    [
      "off",
      [
        "token lifetimes (access tokens 15m, ID tokens 15m, refresh tokens 1d) are not applied: the External ID sign-up flow has no setting for them, so the tenant's defaults hold",
        CONSENT,
      ],
    ],
  ])("THEN External ID with MFA %s lists exactly its own steps", async (mfa, steps) => {
    const values = azureValues({
      azure: withSection("directory", { mode: "externalId", policyMode: "userFlows" }),
      load: NO_FEDERATION,
      identity: withIdentity(mfa),
    });
    expect(await stepsFor(values)).toEqual(steps);
  });
});
