import type { ConnectionOptions } from "node:tls";
import { Redis } from "ioredis";
import { checkInteger } from "../config/checks.js";
import type { SessionStoreFacts } from "../config/platform.js";
import { type CredentialSource, keepCredentialsFresh, type RenewalOptions } from "./credentials.js";
import { toUnavailable } from "./errors.js";

export interface RedisConnectionOptions extends RenewalOptions {
  /** Host, port and TLS of the store (stack output `sessionStore`). */
  store: Pick<SessionStoreFacts, "host" | "port" | "tls">;
  /** Credentials: `passwordCredentials`, `entraCredentials` or `iamCredentials`. */
  credentials: CredentialSource;
  /** Extra TLS options (e.g. a private CA). Server name verification stays on. @default {} */
  tlsOptions?: ConnectionOptions;
  /** A command that gets no answer fails after this many milliseconds (100..60000). @default 2000 */
  commandTimeoutMs?: number;
  /** Connection attempts give up after this many milliseconds (100..60000). @default 5000 */
  connectTimeoutMs?: number;
  /** Longest pause between reconnection attempts, in milliseconds (50..60000). @default 2000 */
  maxReconnectDelayMs?: number;
}

/** A Redis client that fails fast while disconnected and reconnects by itself. */
export interface RedisConnection {
  redis: Redis;
  /** Resolves once the connection is ready (or rejects with `SessionStoreUnavailableError`). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the session store connection. No offline queue and no automatic resend:
 * while Redis is down or failing over, each call fails at once with a clear
 * error (fail closed) and the client keeps reconnecting in the background. A
 * READONLY reply (a replica after failover) forces a reconnect, so the client
 * finds the new primary through DNS.
 */
export async function connectRedis(options: RedisConnectionOptions): Promise<RedisConnection> {
  const commandTimeout = checkInteger("commandTimeoutMs", options.commandTimeoutMs ?? 2000, 100, 60000);
  const connectTimeout = checkInteger("connectTimeoutMs", options.connectTimeoutMs ?? 5000, 100, 60000);
  const maxDelay = checkInteger("maxReconnectDelayMs", options.maxReconnectDelayMs ?? 2000, 50, 60000);
  const first = await options.credentials();
  const redis = new Redis({
    host: options.store.host,
    port: options.store.port,
    username: first.username,
    password: first.password,
    tls: options.store.tls
      ? { servername: options.store.host, minVersion: "TLSv1.2", ...options.tlsOptions }
      : undefined,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    commandTimeout,
    connectTimeout,
    retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times, 10), maxDelay),
    reconnectOnError: (error) => error.message.includes("READONLY"),
  });
  redis.on("error", () => {
    // Connection errors surface on each command as SessionStoreUnavailableError.
  });
  const stopRenewal = keepCredentialsFresh(redis, options.credentials, first, options);
  const connecting = redis.connect().catch(() => undefined);
  return {
    redis,
    ready: async () => {
      await connecting;
      if (redis.status !== "ready") {
        throw toUnavailable(new Error("Connection is closed."));
      }
    },
    close: async () => {
      stopRenewal();
      redis.disconnect(false);
    },
  };
}
