import { createHash } from "node:crypto";

/** Namespace of every ID this platform derives: the version-5 UUID of "auth-platform" in the DNS namespace. */
export const PLATFORM_UUID_NAMESPACE = "49bdbed5-f1b7-5fca-937f-d716297fc62f";

/**
 * A name-based UUID (RFC 9562 version 5: SHA-1 of namespace bytes then name, version and
 * variant bits set). The same name always gives the same ID, so a scope or app role keeps its
 * ID across deployments and machines, and clients' `requiredResourceAccess` can refer to it
 * before the API application exists.
 */
export function uuidV5(name: string, namespace: string = PLATFORM_UUID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  if (ns.length !== 16) throw new Error(`namespace: must be a UUID; received "${namespace}"`);
  const bytes = createHash("sha1").update(ns).update(name, "utf8").digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * ID of an API permission: the delegated permission (oauth2PermissionScope) for an API scope, and
 * the application permission (app role) of the same value. Entra refuses an app role and a scope
 * that share a value under different IDs ("It contains duplicate value"); with one ID and the same
 * display name and description they are one permission offered both ways (the azuread provider's
 * applicationValidateRolesScopes accepts exactly that).
 */
export function permissionId(apiIdentifierUri: string, value: string): string {
  return uuidV5(`${apiIdentifierUri}#scope:${value}`);
}
