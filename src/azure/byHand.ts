import type { ResolvedConfig } from "../config/validate";
import { PASSWORD_RESET_FLOW, SIGN_UP_SIGN_IN_FLOW } from "./identity/endpoints";

/**
 * What an administrator still does by hand for this configuration, derived from it: the
 * settings Microsoft Graph cannot set on B2C user flows or External ID sign-up flows, the DNS
 * records and tenant steps of a Front Door sign-in domain (docs/azure.md, Front Door), and the
 * one consent per client application the platform cannot grant (docs/azure.md, bootstrap, "Either way, afterwards").
 */
export function azureByHand(config: ResolvedConfig<"azure">): string[] {
  const d = config.azure.directory;
  const s = config.session;
  const mfa = config.identity.mfa.mode;
  const lifetimes = `access tokens ${s.accessTokenLifetime.text}, ID tokens ${s.idTokenLifetime.text}, refresh tokens ${s.refreshTokenLifetime.text}`;
  const steps: string[] = [];
  if (d.mode === "b2c" && d.policyMode === "userFlows") {
    steps.push(
      `in the portal, on the user flows B2C_1_${SIGN_UP_SIGN_IN_FLOW} and B2C_1_${PASSWORD_RESET_FLOW}: MFA ${mfa}, token lifetimes (${lifetimes}) and the session settings (Microsoft Graph has no API for them)`,
    );
  }
  if (d.mode === "externalId" && mfa === "required") {
    steps.push(
      "a Conditional Access policy requiring MFA for the platform's applications (identity.mfa.mode: required; External ID has no MFA setting on its sign-up flow)",
    );
  }
  if (d.mode === "externalId") {
    steps.push(
      `token lifetimes (${lifetimes}) are not applied: the External ID sign-up flow has no setting for them, so the tenant's defaults hold`,
    );
  }
  const proxy =
    d.mode === "b2c" && d.policyMode === "customPolicies" ? " and on …-ProxyIdentityExperienceFramework" : "";
  const signInDomain = config.azure.frontDoor?.signInDomain;
  if (signInDomain) {
    steps.push(
      `the sign-in domain ${signInDomain}: verify it in the tenant first, then the TXT record _dnsauth.${signInDomain} (the Front Door custom domain's validation token) and a CNAME to the edgeDnsTarget output, and the redirect URI on that domain at each external identity provider (docs/azure.md, Front Door)`,
    );
  }
  steps.push(
    `admin consent for openid and offline_access (Microsoft Graph) on the client applications${proxy}: one click per application, after the first pulumi up (docs/azure.md)`,
  );
  return steps;
}
