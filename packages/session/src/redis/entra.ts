import { decodeJwt } from "jose";
import { SessionStoreUnavailableError } from "../errors.js";
import type { CredentialSource } from "./credentials.js";

/** The part of `@azure/identity`'s `TokenCredential` this library uses (e.g. `DefaultAzureCredential`). */
export interface TokenCredentialLike {
  getToken(scopes: string | string[]): Promise<{ token: string; expiresOnTimestamp: number } | null>;
}

/** Scope of Microsoft Entra tokens for Azure Cache for Redis / Azure Managed Redis. */
export const AZURE_REDIS_SCOPE = "https://redis.azure.com/.default";

export interface EntraOptions {
  /**
   * Redis username: the object ID of the identity in the cache's access policy assignment.
   * @default the token's `oid` claim
   */
  username?: string;
  /** Token scope. @default "https://redis.azure.com/.default" */
  scope?: string;
}

/** Entra token authentication for Azure Redis (authMode "entra"): the token is the password. */
export function entraCredentials(
  credential: TokenCredentialLike,
  options: EntraOptions = {},
): CredentialSource {
  return async () => {
    const token = await credential.getToken(options.scope ?? AZURE_REDIS_SCOPE);
    if (token === null) {
      throw new SessionStoreUnavailableError("auth");
    }
    return {
      username: options.username ?? objectId(token.token),
      password: token.token,
      expiresAt: token.expiresOnTimestamp,
    };
  };
}

function objectId(token: string): string {
  let oid: unknown;
  try {
    oid = decodeJwt(token).oid;
  } catch {
    oid = undefined;
  }
  if (typeof oid !== "string") {
    throw new SessionStoreUnavailableError("auth", {
      cause: new Error("the Entra token has no oid claim; pass entra.username (the identity's object ID)"),
    });
  }
  return oid;
}
