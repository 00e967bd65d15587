import * as azuread from "@pulumi/azuread";
import type * as pulumi from "@pulumi/pulumi";
import { clientIdsOutput } from "../../platform/clientIds";
import { CHANNELS, type Channel } from "../../platform/contract";
import { inTenant } from "../directory/provider";
import { type AzureScope, nameFor } from "../scope";
import { apiApplicationArgs, apiIdentifierUri } from "./api";
import { clientApplicationArgs, type InteractiveChannel, requestedScopes } from "./clients";
import { permissionId } from "./uuid";

/** How long a client secret stays valid; rotate before (see docs/azure.md). */
export const CLIENT_SECRET_LIFETIME = "8760h";

export interface AppRegistrations {
  /** The API application (absent when no `api` is configured). */
  readonly api?: azuread.Application;
  readonly apiIdentifierUri: string;
  /** One client application per configured channel. */
  readonly clients: Partial<Record<Channel, azuread.Application>>;
  /** Client secrets of the confidential channels (web, machine); their `value` is a secret output. */
  readonly secrets: Partial<Record<Channel, azuread.ApplicationPassword>>;
  /** Channel → client ID, for the neutral `clientIds` output. */
  readonly clientIds: pulumi.Output<Partial<Record<Channel, string>>>;
}

/**
 * App registrations in the customer tenant, through the tenant's azuread provider: the API
 * application with its scopes, one client application per channel, a secret for each
 * confidential client, and admin consent (delegated grants, app role assignments) so users
 * and the machine client get tokens without a consent prompt.
 */
export function createAppRegistrations(scope: AzureScope, provider: azuread.Provider): AppRegistrations {
  const { config, name } = scope;
  const opts = (extra: pulumi.CustomResourceOptions = {}) => inTenant(scope, provider, extra);
  const api = config.api
    ? new azuread.Application(`${name}-api-app`, apiApplicationArgs(config, nameFor(scope, "api")), opts())
    : undefined;
  const apiPrincipal = api
    ? new azuread.ServicePrincipal(`${name}-api-sp`, { clientId: api.clientId }, opts())
    : undefined;

  const clients: Partial<Record<Channel, azuread.Application>> = {};
  const secrets: Partial<Record<Channel, azuread.ApplicationPassword>> = {};
  for (const channel of CHANNELS) {
    if (config.clients[channel] === undefined) continue;
    const app = new azuread.Application(
      `${name}-${channel}-app`,
      clientApplicationArgs(config, channel, nameFor(scope, channel), api?.clientId),
      opts(),
    );
    clients[channel] = app;
    if (channel === "web" || channel === "machine") {
      secrets[channel] = new azuread.ApplicationPassword(
        `${name}-${channel}-secret`,
        { applicationId: app.id, displayName: "auth-platform", endDateRelative: CLIENT_SECRET_LIFETIME },
        opts({ additionalSecretOutputs: ["value"] }),
      );
    }
    if (!api || !apiPrincipal) continue;
    const principal = new azuread.ServicePrincipal(
      `${name}-${channel}-sp`,
      { clientId: app.clientId },
      opts(),
    );
    if (channel === "machine") {
      for (const s of config.clients.machine?.scopes ?? []) {
        new azuread.AppRoleAssignment(
          `${name}-machine-role-${s}`,
          {
            appRoleId: permissionId(apiIdentifierUri(config), s),
            principalObjectId: principal.objectId,
            resourceObjectId: apiPrincipal.objectId,
          },
          opts({ dependsOn: [api] }),
        );
      }
      continue;
    }
    const scopes = requestedScopes(config, channel as InteractiveChannel);
    if (scopes.length === 0) continue;
    new azuread.ServicePrincipalDelegatedPermissionGrant(
      `${name}-${channel}-consent`,
      {
        servicePrincipalObjectId: principal.objectId,
        resourceServicePrincipalObjectId: apiPrincipal.objectId,
        claimValues: scopes,
      },
      opts({ dependsOn: [api] }),
    );
  }

  const clientIds = clientIdsOutput(
    Object.fromEntries(Object.entries(clients).map(([channel, app]) => [channel, app.clientId])),
  );
  return { api, apiIdentifierUri: apiIdentifierUri(config), clients, secrets, clientIds };
}
