import type * as azuread from "@pulumi/azuread";
import type { AzureConfig } from "../scope";
import { permissionId } from "./uuid";

/**
 * Who may sign in to the applications: B2C user flows and custom policies only serve apps
 * registered for "accounts in any identity provider or organizational directory"; an
 * External ID (workforce-style) tenant serves its own directory.
 */
export function signInAudience(config: AzureConfig): string {
  return config.azure.directory.mode === "b2c" ? "AzureADandPersonalMicrosoftAccount" : "AzureADMyOrg";
}

/** `https://{tenant}.onmicrosoft.com/{name}-api`: the prefix of every scope clients request. */
export function apiIdentifierUri(config: AzureConfig): string {
  return `https://${config.azure.directory.domainName}.onmicrosoft.com/${config.name}-api`;
}

/** Scopes a client-credentials (machine) client needs as application permissions. */
export function machineScopes(config: AzureConfig): string[] {
  return config.clients.machine?.scopes ?? [];
}

/**
 * The API application's arguments: one delegated permission per `api.scopes` entry (what
 * users' tokens carry in `scp`) and one application permission (app role) per scope the
 * machine channel uses. IDs are derived from the names, so they never change.
 */
export function apiApplicationArgs(config: AzureConfig, displayName: string): azuread.ApplicationArgs {
  const uri = apiIdentifierUri(config);
  const scopes = Object.entries(config.api?.scopes ?? {});
  const roles = new Set(machineScopes(config));
  return {
    displayName,
    signInAudience: signInAudience(config),
    identifierUris: [uri],
    api: {
      requestedAccessTokenVersion: 2,
      oauth2PermissionScopes: scopes.map(([value, description]) => ({
        id: permissionId(uri, value),
        value,
        type: "Admin",
        enabled: true,
        adminConsentDisplayName: value,
        adminConsentDescription: description,
      })),
    },
    appRoles: scopes
      .filter(([value]) => roles.has(value))
      .map(([value, description]) => ({
        id: permissionId(uri, value),
        value,
        allowedMemberTypes: ["Application"],
        enabled: true,
        displayName: value,
        description,
      })),
  };
}
