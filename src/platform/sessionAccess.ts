/**
 * What an application may run on the session store: exactly the commands that
 * `@auth-platform/session` sends, on keys under the session prefix. Each cloud turns this into
 * its own grant (an ElastiCache user's access string, an Azure Cache for Redis data access
 * policy). The library's tests run as a user with exactly these grants on a real redis-server
 * and compare this list with the commands its scripts call, so it can be neither too small nor
 * too large.
 *
 * - Inside the Lua scripts: TIME (only in the `@fast` category, which is why a category grant
 *   such as `+@read +@write +@scripting` is not enough), the hash and sorted-set commands, and
 *   RENAME for revoking a user's index. A script calling a command the user may not run fails
 *   with "ERR The user executing the script can't run this command or subcommand".
 * - From the client: EVALSHA, and EVAL when the server does not know a script yet; ZRANGE to
 *   read a user's index; INFO for the client's ready check and the eviction-policy check.
 *   AUTH and HELLO need no grant.
 */
export const SESSION_COMMANDS = [
  "del",
  "eval",
  "evalsha",
  "exists",
  "hget",
  "hmget",
  "hset",
  "info",
  "pexpire",
  "pttl",
  "rename",
  "time",
  "zadd",
  "zcard",
  "zrange",
  "zrem",
  "zremrangebyscore",
  "zscore",
] as const;

/**
 * What a Redis Cluster client adds: the slot map (CLUSTER SLOTS), following ASK redirects
 * (ASKING) and naming the connection that refreshes the slot map (CLIENT SETNAME).
 */
export const SESSION_CLUSTER_COMMANDS = ["cluster|slots", "asking", "client|setname"] as const;

/** `+command` rules for the library's commands, plus the cluster ones on a clustered store. */
export function sessionCommandRules(clustered: boolean): string {
  const commands = clustered ? [...SESSION_COMMANDS, ...SESSION_CLUSTER_COMMANDS] : SESSION_COMMANDS;
  return commands.map((command) => `+${command}`).join(" ");
}

/** The key pattern of the store's keys: everything under the session prefix. */
export function sessionKeyPattern(keyPrefix: string): string {
  return `~${keyPrefix}*`;
}
