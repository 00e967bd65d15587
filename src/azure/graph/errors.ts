/**
 * Errors raised by the Microsoft Graph client. Messages name the call, the tenant
 * and what to do; they never contain a token, a request body or a known secret.
 *
 * This module must stay free of imports: the dynamic providers capture it by value
 * when Pulumi serializes them.
 */

/** The application permissions the Graph resources need (admin consent in the B2C / external tenant). */
export const GRAPH_PERMISSIONS = [
  "IdentityUserFlow.ReadWrite.All",
  "IdentityProvider.ReadWrite.All",
  "Policy.ReadWrite.TrustFramework",
  "TrustFrameworkKeySet.ReadWrite.All",
  "EventListener.ReadWrite.All",
] as const;
export type GraphPermission = (typeof GRAPH_PERMISSIONS)[number];

/** Why a Graph call failed, as far as a caller needs to branch on it. */
export type GraphErrorKind =
  | "notFound"
  | "alreadyExists"
  | "permission"
  | "throttled"
  | "badRequest"
  | "server"
  | "network"
  | "token";

export class GraphRequestError extends Error {
  override readonly name = "GraphRequestError";
  constructor(
    message: string,
    readonly kind: GraphErrorKind,
    /** HTTP status, 0 when no response arrived. */
    readonly status: number,
    /** Graph's `error.code`, when the body had one. */
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** Replaces every occurrence of each secret (and any bearer token) in `text` with `***`. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text.replace(/Bearer\s+[A-Za-z0-9._~+/=-]+/g, "Bearer ***");
  for (const secret of secrets) {
    if (secret.length > 0) out = out.split(secret).join("***");
  }
  return out;
}

/** Extracts `error.code` and `error.message` from a Graph error body, if it is one. */
export function parseGraphError(body: unknown): { code?: string; message?: string } {
  if (typeof body !== "object" || body === null) return {};
  const error = (body as { error?: unknown }).error;
  if (typeof error !== "object" || error === null) return {};
  const { code, message } = error as { code?: unknown; message?: unknown };
  return {
    code: typeof code === "string" ? code : undefined,
    message: typeof message === "string" ? message : undefined,
  };
}

/** Message for 401/403: the exact permission and the tenant it must be granted in. */
export function permissionMessage(
  call: string,
  status: number,
  tenantId: string,
  permission: GraphPermission,
  graphCode: string | undefined,
): string {
  const cause = graphCode === undefined ? `HTTP ${status}` : `HTTP ${status} ${graphCode}`;
  return (
    `Microsoft Graph refused ${call} in tenant ${tenantId} (${cause}). ` +
    `Grant the application permission ${permission} to the deploying app registration in tenant ` +
    `${tenantId} and give admin consent; a token issued before the grant must be renewed.`
  );
}

/**
 * Message for a create that collided with an existing object. Pulumi cannot `pulumi import`
 * dynamic-provider resources (pulumi/pulumi#16175), so the way in is `adoptExisting`.
 */
export function alreadyExistsMessage(what: string, id: string, tenantId: string): string {
  return (
    `${what} "${id}" already exists in tenant ${tenantId}. Set adoptExisting: true on this resource ` +
    `to take it over (Pulumi cannot import dynamic-provider resources, see pulumi/pulumi#16175), ` +
    `or delete it in the tenant and run the update again.`
  );
}
