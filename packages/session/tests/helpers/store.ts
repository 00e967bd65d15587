import { connectRedis, type RedisConnection } from "../../src/redis/connection.js";
import { passwordCredentials } from "../../src/redis/credentials.js";
import { SessionStore, type SessionStoreOptions } from "../../src/sessions/store.js";
import type { RedisServer } from "./redis-server.js";

/** Connects the code under test to a local server (no password, plaintext on loopback). */
export async function openStore(
  server: RedisServer,
  options: Partial<SessionStoreOptions> = {},
  connection: { commandTimeoutMs?: number; maxReconnectDelayMs?: number } = {},
): Promise<{ store: SessionStore; connection: RedisConnection }> {
  const keyPrefix = options.keyPrefix ?? "test:";
  const opened = await connectRedis({
    store: { host: "127.0.0.1", port: server.port, tls: false, keyPrefix },
    credentials: async () => ({ password: "" }),
    ...connection,
  });
  return { store: new SessionStore(opened.redis, { ...options, keyPrefix }), connection: opened };
}

export { passwordCredentials };

/** Polls `check` every 50 ms, at most `attempts` times, until it returns true. */
export async function eventually(check: () => Promise<boolean>, attempts = 100): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (await check().catch(() => false)) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`condition not met after ${attempts} attempts`);
}
