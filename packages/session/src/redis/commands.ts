/**
 * The commands this library's Redis client sends itself, besides AUTH and HELLO (which need no
 * grant) and the commands inside its Lua scripts: EVALSHA, and EVAL when the server does not
 * know a script yet; ZRANGE to read a user's index; INFO for the client's ready check and the
 * eviction-policy check. A cluster client adds CLUSTER SLOTS (the slot map), ASKING (following
 * an ASK redirect during resharding) and CLIENT SETNAME (ioredis names the connection that
 * refreshes the slot map). The platform grants exactly these plus the
 * scripts' commands; the tests compare the two.
 */
export const CLIENT_COMMANDS = ["evalsha", "eval", "zrange", "info"] as const;
export const CLUSTER_CLIENT_COMMANDS = ["cluster|slots", "asking", "client|setname"] as const;
