import * as azuread from "@pulumi/azuread";
import type * as pulumi from "@pulumi/pulumi";
import { clientIdsOutput } from "../../platform/clientIds";
import {
  CHANNELS,
  type Channel,
  CONFIDENTIAL_CHANNELS,
  type ConfidentialChannel,
} from "../../platform/contract";
import { inTenant } from "../directory/provider";
import { type AzureScope, nameFor } from "../scope";
import { apiApplicationArgs, apiIdentifierUri } from "./api";
import { clientApplicationArgs, type InteractiveChannel, requestedScopes } from "./clients";
import { currentSlot, endDateOf, type RotationRecord, SLOTS, type Slot } from "./rotation";
import { permissionId } from "./uuid";

/** The two overlapping passwords of a confidential app, one per rotation slot. */
export type PasswordPair = Readonly<Record<Slot, azuread.ApplicationPassword>>;

export interface AppRegistrations {
  /** The API application (absent when no `api` is configured). */
  readonly api?: azuread.Application;
  readonly apiIdentifierUri: string;
  /** One client application per configured channel. */
  readonly clients: Partial<Record<Channel, azuread.Application>>;
  /** The two passwords of each confidential channel (web, machine); their `value` is a secret output. */
  readonly secrets: Partial<Record<ConfidentialChannel, PasswordPair>>;
  /** Each confidential channel's published password: the newer of its pair. */
  readonly clientSecrets: Partial<Record<ConfidentialChannel, pulumi.Output<string>>>;
  /** Channel → client ID, for the neutral `clientIds` output. */
  readonly clientIds: pulumi.Output<Partial<Record<Channel, string>>>;
}

/**
 * App registrations in the customer tenant, through the tenant's azuread provider: the API
 * application with its scopes, one client application per channel, two overlapping
 * passwords for each confidential client (issued as `rotation` says), and admin consent
 * (delegated grants, app role assignments) so users and the machine client get tokens
 * without a consent prompt.
 */
export function createAppRegistrations(
  scope: AzureScope,
  provider: azuread.Provider,
  rotation: RotationRecord,
): AppRegistrations {
  const { config, name } = scope;
  const opts = (extra: pulumi.CustomResourceOptions = {}) => inTenant(scope, provider, extra);
  const api = config.api
    ? new azuread.Application(`${name}-api-app`, apiApplicationArgs(config, nameFor(scope, "api")), opts())
    : undefined;
  const apiPrincipal = api
    ? new azuread.ServicePrincipal(`${name}-api-sp`, { clientId: api.clientId }, opts())
    : undefined;

  const clients: Partial<Record<Channel, azuread.Application>> = {};
  const secrets: Partial<Record<ConfidentialChannel, PasswordPair>> = {};
  for (const channel of CHANNELS) {
    if (config.clients[channel] === undefined) continue;
    const app = new azuread.Application(
      `${name}-${channel}-app`,
      clientApplicationArgs(config, channel, nameFor(scope, channel), api?.clientId),
      opts(),
    );
    clients[channel] = app;
    if (isConfidential(channel)) secrets[channel] = passwordPair(scope, provider, channel, app, rotation);
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
  const published = currentSlot(rotation);
  const clientSecrets = Object.fromEntries(
    Object.entries(secrets).map(([channel, pair]) => [channel, pair[published].value]),
  ) as Partial<Record<ConfidentialChannel, pulumi.Output<string>>>;
  return { api, apiIdentifierUri: apiIdentifierUri(config), clients, secrets, clientSecrets, clientIds };
}

function isConfidential(channel: Channel): channel is ConfidentialChannel {
  return (CONFIDENTIAL_CHANNELS as readonly Channel[]).includes(channel);
}

/**
 * The channel's two passwords. A slot's password is replaced exactly when its issue day in
 * `rotation` changes (`rotateWhenChanged`; the end date, one year later, changes with it), and
 * Pulumi creates the new one before deleting the old: the other slot's password keeps working
 * throughout.
 */
function passwordPair(
  scope: AzureScope,
  provider: azuread.Provider,
  channel: ConfidentialChannel,
  app: azuread.Application,
  rotation: RotationRecord,
): PasswordPair {
  const [a, b] = SLOTS.map(
    (slot) =>
      new azuread.ApplicationPassword(
        `${scope.name}-${channel}-secret-${slot}`,
        {
          applicationId: app.id,
          displayName: `auth-platform ${slot}`,
          endDate: endDateOf(rotation[slot]),
          rotateWhenChanged: { issued: rotation[slot] },
        },
        inTenant(scope, provider, { additionalSecretOutputs: ["value"] }),
      ),
  ) as [azuread.ApplicationPassword, azuread.ApplicationPassword];
  return { a, b };
}
