import * as pulumi from "@pulumi/pulumi";
import { ConfigError } from "../../config/problems";
import type { ResolvedConfig } from "../../config/validate";
import type { Environment } from "../../platform/deployment";
import { AUTOMATION_SECRET_VARIABLE } from "../graph/connection";

/**
 * AUTOMATION_SECRET_VARIABLE holds the automation app's client secret. Every provider that acts
 * inside the customer tenant signs in with it: the azuread provider (app registrations), the
 * tenant's azure-native provider (B2C logs) and the Graph resources (user flows, identity
 * providers, policy keys, policies). Nothing else reads it, and the subscription side never
 * does (docs/azure.md, "Credentials"). Defined beside the Graph connection, which the Graph
 * providers carry into their own process.
 */
export { AUTOMATION_SECRET_VARIABLE };

// The configuration type spelled out here, not taken from ../scope, which imports Automation.
type AzureConfig = ResolvedConfig<"azure">;

/** Who the platform acts as inside the customer tenant. */
export interface Automation {
  /** `azure.directory.automationClientId`. */
  readonly clientId: string;
  /** Its client secret from the environment, as a Pulumi secret. */
  readonly clientSecret: pulumi.Output<string>;
}

/**
 * With `tenant: create` and no `automationClientId` yet, the stack is at the first step of the
 * bootstrap: the tenant exists only after this run, and the app the rest deploys as can only be
 * registered inside it.
 */
export function awaitingAutomationApp(config: AzureConfig): boolean {
  return (
    config.azure.directory.tenant === "create" && config.azure.directory.automationClientId === undefined
  );
}

/**
 * The automation identity for a run that builds the tenant's contents. The secret must be in
 * the environment: without it the azuread provider would fall back to `ARM_CLIENT_SECRET`,
 * the subscription identity's secret, and fail to sign in as a different app. @throws ConfigError
 */
export function automationIdentity(config: AzureConfig, environment: Environment): Automation {
  const clientId = config.azure.directory.automationClientId;
  const secret = environment[AUTOMATION_SECRET_VARIABLE];
  if (clientId === undefined || secret === undefined || secret === "") {
    throw new ConfigError([
      {
        path: "azure.directory.automationClientId",
        message: `signs in to the tenant with the client secret in the environment variable ${AUTOMATION_SECRET_VARIABLE}, which is not set (docs/azure.md, "Credentials")`,
      },
    ]);
  }
  return { clientId, clientSecret: pulumi.secret(secret) };
}

/** Microsoft Graph application permissions of the azuread resources (apps, principals, consents). */
const APP_REGISTRATION_PERMISSIONS = [
  "Application.ReadWrite.All",
  "AppRoleAssignment.ReadWrite.All",
  "DelegatedPermissionGrant.ReadWrite.All",
] as const;

/** Graph application permissions of the sign-in objects each directory mode registers. */
const SIGN_IN_PERMISSIONS = {
  "b2c/userFlows": ["IdentityUserFlow.ReadWrite.All", "IdentityProvider.ReadWrite.All"],
  "b2c/customPolicies": ["Policy.ReadWrite.TrustFramework", "TrustFrameworkKeySet.ReadWrite.All"],
  externalId: ["EventListener.ReadWrite.All", "IdentityProvider.ReadWrite.All"],
} as const;

/** The Microsoft Graph application permissions the automation app needs for this configuration. */
export function automationPermissions(config: AzureConfig): string[] {
  const d = config.azure.directory;
  const key = d.mode === "b2c" ? (`b2c/${d.policyMode}` as const) : "externalId";
  return [...APP_REGISTRATION_PERMISSIONS, ...SIGN_IN_PERMISSIONS[key]];
}

/**
 * What to do after the first step of the bootstrap created the tenant, as the stack output
 * `nextSteps` (and the offline plan's footer).
 */
export function bootstrapNextSteps(
  config: AzureConfig,
  tenantId: pulumi.Input<string>,
): pulumi.Output<string[]> {
  const domain = `${config.azure.directory.domainName}.onmicrosoft.com`;
  const kind = config.azure.directory.mode === "b2c" ? "Azure AD B2C" : "Microsoft Entra External ID";
  return pulumi
    .output(tenantId)
    .apply((id) => [
      `The ${kind} tenant ${domain} (tenant ID ${id}) is created; the rest of the platform waits for the automation app, which can only be registered inside it.`,
      `In that tenant register an app (accounts in this organizational directory only), add a client secret, grant it the Microsoft Graph application permissions ${automationPermissions(config).join(", ")} and grant admin consent${config.azure.b2cLogsResourceGroupId ? "; give it the Security Administrator role for the B2C logs" : ""} (docs/azure.md, "Bootstrap").`,
      "pulumi config set --path azure.directory.automationClientId <the app's application (client) ID>",
      `export ${AUTOMATION_SECRET_VARIABLE}=<the app's client secret>`,
      "pulumi up: the second run builds the app registrations, sign-in, API Management, the session store, monitoring and Defender.",
    ]);
}
