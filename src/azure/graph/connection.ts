import type { TokenCredential } from "@azure/identity";
import type * as pulumi from "@pulumi/pulumi";
import { createGraphClient, type GraphClient, type RetryPolicy } from "./client";

/**
 * Where and as whom the Graph resources act. The client secret is deliberately NOT an input:
 * it is read from the environment of the process that runs the provider, at run time, so it
 * never reaches the Pulumi state and a rotated secret works for reads and deletes too.
 *
 * Credential order (first that applies):
 * 1. `clientId` (or env `AZURE_B2C_CLIENT_ID`, else `AZURE_CLIENT_ID`) together with env
 *    `AZURE_B2C_CLIENT_SECRET` (else `AZURE_CLIENT_SECRET`): a client-secret credential
 *    against `tenantId` (env `AZURE_TENANT_ID` is ignored: the B2C tenant is usually not the
 *    tenant of the Azure subscription).
 * 2. Otherwise `DefaultAzureCredential` for `tenantId` (workload identity, managed identity,
 *    Azure CLI signed in to the B2C tenant, ...).
 */
export interface GraphConnectionArgs {
  /** The B2C or external tenant: its GUID or `name.onmicrosoft.com`. */
  tenantId: pulumi.Input<string>;
  /**
   * Application (client) ID of the deploying app registration in that tenant.
   * @default env AZURE_B2C_CLIENT_ID, else env AZURE_CLIENT_ID
   */
  clientId?: pulumi.Input<string>;
  /**
   * Microsoft Graph root URL (national clouds: `https://graph.microsoft.us`,
   * `https://microsoftgraph.chinacloudapi.cn`).
   * @default "https://graph.microsoft.com"
   */
  endpoint?: pulumi.Input<string>;
}

/** The resolved connection as it is kept in every resource's outputs. */
export interface GraphConnection {
  tenantId: string;
  clientId?: string;
  endpoint: string;
}

export const DEFAULT_GRAPH_ENDPOINT = "https://graph.microsoft.com";

/** Test seams; production passes none. */
export interface ProviderDeps {
  credential?: TokenCredential;
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  env?: Readonly<Record<string, string | undefined>>;
}

/** The connection as a resource's inputs hold it, before {@link normalizeConnection}. */
export type GraphConnectionInput = pulumi.Unwrap<GraphConnectionArgs>;

export function normalizeConnection(input: GraphConnectionInput | undefined): GraphConnection {
  if (input === undefined || typeof input.tenantId !== "string" || input.tenantId.trim() === "") {
    throw new Error(
      "connection.tenantId: required (the B2C or external tenant GUID or name.onmicrosoft.com)",
    );
  }
  const endpoint = (input.endpoint ?? DEFAULT_GRAPH_ENDPOINT).replace(/\/+$/, "");
  if (!/^https?:\/\/[^/\s]+$/.test(endpoint)) {
    throw new Error(
      `connection.endpoint: must be a scheme and host like ${DEFAULT_GRAPH_ENDPOINT}; received "${endpoint}"`,
    );
  }
  const out: GraphConnection = { tenantId: input.tenantId.trim(), endpoint };
  if (input.clientId !== undefined && input.clientId !== "") out.clientId = input.clientId;
  return out;
}

/** The deploying app's client secret from the environment, if set. */
function envSecret(deps: ProviderDeps): string | undefined {
  const env = deps.env ?? process.env;
  const secret = env.AZURE_B2C_CLIENT_SECRET ?? env.AZURE_CLIENT_SECRET;
  return secret === "" ? undefined : secret;
}

/** Picks the credential as documented on GraphConnectionArgs (exported for tests). */
export function resolveCredential(connection: GraphConnection, deps: ProviderDeps): TokenCredential {
  if (deps.credential !== undefined) return deps.credential;
  const env = deps.env ?? process.env;
  const identity = require("@azure/identity") as typeof import("@azure/identity");
  const clientId = connection.clientId ?? env.AZURE_B2C_CLIENT_ID ?? env.AZURE_CLIENT_ID;
  const secret = envSecret(deps);
  if (clientId !== undefined && clientId !== "" && secret !== undefined) {
    return new identity.ClientSecretCredential(connection.tenantId, clientId, secret);
  }
  return new identity.DefaultAzureCredential({ tenantId: connection.tenantId });
}

/** Opens a Graph client for a resource's connection (called inside provider methods, at run time). */
export function openGraph(connection: GraphConnection, deps: ProviderDeps): GraphClient {
  return createGraphClient({
    endpoint: connection.endpoint,
    tenantId: connection.tenantId,
    credential: resolveCredential(connection, deps),
    secrets: [envSecret(deps)].filter((s): s is string => s !== undefined),
    retry: deps.retry,
    sleep: deps.sleep,
  });
}
