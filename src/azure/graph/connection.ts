import type { TokenCredential } from "@azure/identity";
import type * as pulumi from "@pulumi/pulumi";
import { createGraphClient, type GraphClient, type RetryPolicy } from "./client";

/**
 * The environment variable holding the automation app's client secret: the one credential the
 * Graph resources sign in with (docs/azure.md, "Credentials").
 */
export const AUTOMATION_SECRET_VARIABLE = "AZURE_B2C_CLIENT_SECRET";

/**
 * Where and as whom the Graph resources act: the automation app `clientId` in `tenantId`, with
 * the client secret in AZURE_B2C_CLIENT_SECRET. The secret is deliberately NOT an input: it is
 * read from the environment of the process that runs the provider, at run time, so it never
 * reaches the Pulumi state and a rotated secret works for reads and deletes too. No other
 * variable and no other credential (CLI, managed identity) is tried: one identity per tenant.
 */
export interface GraphConnectionArgs {
  /** The B2C or external tenant: its GUID or `name.onmicrosoft.com`. */
  tenantId: pulumi.Input<string>;
  /** Application (client) ID of the automation app registration in that tenant. */
  clientId: pulumi.Input<string>;
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
  /** Absent only in state written before the client ID became required. */
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

/**
 * The connection as a resource's inputs hold it, before {@link normalizeConnection}; state
 * written before the client ID became required may lack it.
 */
export type GraphConnectionInput = pulumi.Unwrap<GraphConnectionArgs> | GraphConnection;

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

/** The automation app's client secret from the environment, if set. */
function envSecret(deps: ProviderDeps): string | undefined {
  const secret = (deps.env ?? process.env)[AUTOMATION_SECRET_VARIABLE];
  return secret === "" ? undefined : secret;
}

/**
 * The credential documented on GraphConnectionArgs (exported for tests): a client-secret
 * credential for the automation app, or an error naming what is missing.
 */
export function resolveCredential(connection: GraphConnection, deps: ProviderDeps): TokenCredential {
  if (deps.credential !== undefined) return deps.credential;
  const secret = envSecret(deps);
  if (connection.clientId === undefined || connection.clientId === "" || secret === undefined) {
    throw new Error(
      `Microsoft Graph in tenant ${connection.tenantId}: the automation app ${connection.clientId ?? "(no client ID)"} signs in with the client secret in ${AUTOMATION_SECRET_VARIABLE}, which is not set (docs/azure.md, "Credentials")`,
    );
  }
  const identity = require("@azure/identity") as typeof import("@azure/identity");
  return new identity.ClientSecretCredential(connection.tenantId, connection.clientId, secret);
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
