import * as pulumi from "@pulumi/pulumi";
import type { ResolvedConfig } from "../../config/validate";

/** The user flow's name; B2C prefixes it with `B2C_1_`. */
export const SIGN_UP_SIGN_IN_FLOW = "signup_signin";
/** The password-reset user flow's name (B2C_1_password_reset). */
export const PASSWORD_RESET_FLOW = "password_reset";
/** The relying-party policy the custom-policy generator names for sign-up/sign-in (default prefix). */
export const SIGN_UP_SIGN_IN_POLICY = "B2C_1A_SignUpOrSignin";

/** Name of the sign-up/sign-in policy whose metadata the gateway and applications read. */
export function signInPolicyName(config: ResolvedConfig<"azure">): string {
  return config.azure.directory.policyMode === "customPolicies"
    ? SIGN_UP_SIGN_IN_POLICY
    : `B2C_1_${SIGN_UP_SIGN_IN_FLOW}`;
}

export interface DirectoryEndpoints {
  readonly issuerUrl: pulumi.Output<string>;
  readonly openIdConfigurationUrl: pulumi.Output<string>;
  readonly jwksUrl: pulumi.Output<string>;
  readonly signInUrl: pulumi.Output<string>;
}

/**
 * The OpenID endpoints of the tenant, in Microsoft's documented formats:
 * B2C `https://{t}.b2clogin.com/{t}.onmicrosoft.com/{policy}/v2.0/...`, issuer `https://{t}.b2clogin.com/{tenantId}/v2.0/`;
 * External ID `https://{t}.ciamlogin.com/{tenantId}/v2.0/...`, issuer `https://{tenantId}.ciamlogin.com/{tenantId}/v2.0`.
 */
export function directoryEndpoints(
  config: ResolvedConfig<"azure">,
  tenantId: pulumi.Input<string>,
): DirectoryEndpoints {
  const t = config.azure.directory.domainName;
  if (config.azure.directory.mode === "b2c") {
    const base = `https://${t}.b2clogin.com/${t}.onmicrosoft.com/${signInPolicyName(config)}`;
    return {
      issuerUrl: pulumi.interpolate`https://${t}.b2clogin.com/${tenantId}/v2.0/`,
      openIdConfigurationUrl: pulumi.output(`${base}/v2.0/.well-known/openid-configuration`),
      jwksUrl: pulumi.output(`${base}/discovery/v2.0/keys`),
      signInUrl: pulumi.output(`${base}/oauth2/v2.0/authorize`),
    };
  }
  const base = pulumi.interpolate`https://${t}.ciamlogin.com/${tenantId}`;
  return {
    issuerUrl: pulumi.interpolate`https://${tenantId}.ciamlogin.com/${tenantId}/v2.0`,
    openIdConfigurationUrl: pulumi.interpolate`${base}/v2.0/.well-known/openid-configuration`,
    jwksUrl: pulumi.interpolate`${base}/discovery/v2.0/keys`,
    signInUrl: pulumi.interpolate`${base}/oauth2/v2.0/authorize`,
  };
}
