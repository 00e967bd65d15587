import { randomBytes } from "node:crypto";
import { TAG_LENGTH, tagOf } from "./ids.js";

/**
 * Key layout. Every key carries a `{tag}` (Redis Cluster hash tag), so a script's keys share
 * one hash slot on a clustered store:
 *
 * - `<prefix>{<tag>}s:<rest of ID>` a session (hash: d data, r revision, u user, c created,
 *   a last access, x hard expiry from the cookie; times are milliseconds of the Redis clock)
 * - `<prefix>{<user tag>}u` the user's index (sorted set: session ID → absolute deadline)
 * - `<prefix>{<user tag>}g:<random>` an index taken out of service by a revocation, kept only
 *   while its sessions are deleted in batches
 */
export function sessionKey(prefix: string, id: string): string {
  return `${prefix}{${tagOf(id)}}s:${id.slice(TAG_LENGTH)}`;
}

export function indexKey(prefix: string, tag: string): string {
  return `${prefix}{${tag}}u`;
}

export function retiredIndexKey(prefix: string, tag: string): string {
  return `${prefix}{${tag}}g:${randomBytes(9).toString("base64url")}`;
}
