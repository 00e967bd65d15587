import type { Cluster, Redis } from "ioredis";
import { appAccessString } from "../../../../src/aws/sessionStore/access.js";
import { cachePermissions, MANAGED_ACCESS } from "../../../../src/azure/sessionStore/permissions.js";

/**
 * The access each cloud's program grants the application, taken from the program's own code:
 * ACL rules for `ACL SETUSER` on a local redis-server.
 */
export const GRANTS = {
  /** ElastiCache: the app user's access string (it starts with "on"). */
  aws: (keyPrefix: string): string[] => appAccessString(keyPrefix).split(" "),
  /** Azure Cache for Redis: the custom data access policy's permissions. */
  azureCache: (keyPrefix: string, clustered = false): string[] => [
    "on",
    ...cachePermissions(keyPrefix, clustered).split(" "),
  ],
  /** Azure Managed Redis: what its default access policy grants. */
  azureManaged: (): string[] => ["on", ...MANAGED_ACCESS.split(" ")],
} as const;

/** Creates (or replaces) an ACL user with exactly `rules` and these passwords, on every node given. */
export async function createUser(
  nodes: ReadonlyArray<Redis | Cluster>,
  name: string,
  passwords: readonly string[],
  rules: readonly string[],
): Promise<void> {
  for (const node of nodes) {
    await node.acl("SETUSER", name, "reset", ...passwords.map((p) => `>${p}`), ...rules);
  }
}
