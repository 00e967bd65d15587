import type * as azuread from "@pulumi/azuread";
import type * as pulumi from "@pulumi/pulumi";
import type { Channel } from "../../platform/contract";
import type { AzureConfig } from "../scope";
import { apiIdentifierUri, signInAudience } from "./api";
import { permissionId } from "./uuid";

/** Microsoft Graph and its `openid` / `offline_access` delegated permissions (well-known IDs). */
export const MICROSOFT_GRAPH = {
  appId: "00000003-0000-0000-c000-000000000000",
  openid: "37f7f235-527c-4136-accd-4a02d197296e",
  offlineAccess: "7427e0e9-2fba-42fe-b0c0-848c9e6a8182",
} as const;

export type InteractiveChannel = Exclude<Channel, "machine">;

/** API scopes an interactive channel may request: its own list, or every scope of the API. */
export function requestedScopes(config: AzureConfig, channel: InteractiveChannel): string[] {
  return config.clients[channel]?.scopes ?? Object.keys(config.api?.scopes ?? {});
}

/** How a channel's redirect URIs are registered: web (confidential), SPA (PKCE, CORS) or public client. */
function redirects(config: AzureConfig, channel: InteractiveChannel): Partial<azuread.ApplicationArgs> {
  const uris = config.clients[channel]?.callbackUrls ?? [];
  switch (channel) {
    case "web":
      return {
        web: {
          redirectUris: uris,
          implicitGrant: { accessTokenIssuanceEnabled: false, idTokenIssuanceEnabled: false },
        },
      };
    case "spa":
      return { singlePageApplication: { redirectUris: uris } };
    case "mobile":
      return { publicClient: { redirectUris: uris }, fallbackPublicClientEnabled: false };
  }
}

/**
 * A client application for one channel. Interactive channels ask for `openid` and
 * `offline_access` on Microsoft Graph and for their API scopes (delegated); the machine
 * channel asks for its scopes as application permissions (client credentials).
 */
export function clientApplicationArgs(
  config: AzureConfig,
  channel: Channel,
  displayName: string,
  apiClientId: pulumi.Input<string> | undefined,
): azuread.ApplicationArgs {
  const uri = apiIdentifierUri(config);
  const base = {
    displayName,
    signInAudience: signInAudience(config),
    // B2C and External ID issue v2 tokens; with personal-account sign-in (B2C) the azuread
    // provider refuses the plan without it (application_resource.go, applicationResourceCustomizeDiff).
    api: { requestedAccessTokenVersion: 2 },
  };
  if (channel === "machine") {
    const scopes = config.clients.machine?.scopes ?? [];
    return {
      ...base,
      requiredResourceAccesses: apiClientId
        ? [
            {
              resourceAppId: apiClientId,
              resourceAccesses: scopes.map((s) => ({ id: permissionId(uri, s), type: "Role" })),
            },
          ]
        : [],
    };
  }
  const scopes = requestedScopes(config, channel);
  return {
    ...base,
    ...redirects(config, channel),
    requiredResourceAccesses: [
      {
        resourceAppId: MICROSOFT_GRAPH.appId,
        resourceAccesses: [
          { id: MICROSOFT_GRAPH.openid, type: "Scope" },
          { id: MICROSOFT_GRAPH.offlineAccess, type: "Scope" },
        ],
      },
      ...(apiClientId && scopes.length > 0
        ? [
            {
              resourceAppId: apiClientId,
              resourceAccesses: scopes.map((s) => ({ id: permissionId(uri, s), type: "Scope" })),
            },
          ]
        : []),
    ],
  };
}
