import type { ConnectionOptions } from "node:tls";
import { Cluster, Redis, type RedisOptions } from "ioredis";
import { checkInteger } from "../config/checks.js";
import type { SessionStoreFacts } from "../config/platform.js";
import { type CredentialSource, keepCredentialsFresh, type RenewalOptions } from "./credentials.js";
import { untilServing } from "./ready.js";

export interface RedisConnectionOptions extends RenewalOptions {
  /** Where the store is (stack output `sessionStore`); `clustered` picks a cluster client. */
  store: Pick<SessionStoreFacts, "host" | "port" | "tls" | "keyPrefix"> & { clustered?: boolean };
  /** Credentials: `passwordCredentials`, `entraCredentials` or `iamCredentials`. */
  credentials: CredentialSource;
  /** Extra TLS options (e.g. a private CA). Certificate and host name checks stay on. @default {} */
  tlsOptions?: ConnectionOptions;
  /** A command that gets no answer fails after this many milliseconds (100..60000). @default 2000 */
  commandTimeoutMs?: number;
  /** One connection attempt gives up after this many milliseconds (100..60000). @default 5000 */
  connectTimeoutMs?: number;
  /** Longest pause between reconnection attempts, in milliseconds (50..60000). @default 2000 */
  maxReconnectDelayMs?: number;
  /** `connectRedis` waits this long for the store to serve, then rejects (0..600000). @default 30000 */
  readyTimeoutMs?: number;
  /** Receives warnings, e.g. an eviction policy the store does not disclose. @default process.emitWarning */
  onWarning?: (message: string) => void;
}

/** A Redis client that fails fast while disconnected and reconnects by itself. */
export interface RedisConnection {
  /** A `Cluster` when the store is clustered, else a `Redis`. */
  redis: Redis | Cluster;
  clustered: boolean;
  /** Resolves once the store serves again (or rejects with `SessionStoreUnavailableError`). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the session store connection and resolves once the store can serve: authenticated,
 * scripts allowed, writable (a primary), and not evicting keys that have no TTL. No offline
 * queue and no automatic resend: while Redis is down or failing over, each call fails at once
 * with a clear error (fail closed) and the client keeps reconnecting in the background.
 */
export async function connectRedis(options: RedisConnectionOptions): Promise<RedisConnection> {
  const commandTimeout = checkInteger("commandTimeoutMs", options.commandTimeoutMs ?? 2000, 100, 60000);
  const connectTimeout = checkInteger("connectTimeoutMs", options.connectTimeoutMs ?? 5000, 100, 60000);
  const maxDelay = checkInteger("maxReconnectDelayMs", options.maxReconnectDelayMs ?? 2000, 50, 60000);
  const readyTimeout = checkInteger("readyTimeoutMs", options.readyTimeoutMs ?? 30000, 0, 600000);
  const first = await options.credentials();
  const clustered = options.store.clustered === true;
  const node: RedisOptions = {
    username: first.username,
    password: first.password,
    // Node checks the certificate against the host name; only the CA may be added.
    tls: options.store.tls ? { minVersion: "TLSv1.2", ...options.tlsOptions } : undefined,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    disableClientInfo: true,
    commandTimeout,
    connectTimeout,
    retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times, 10), maxDelay),
    reconnectOnError: (error) => error.message.includes("READONLY"),
  };
  const redis = clustered
    ? new Cluster([{ host: options.store.host, port: options.store.port }], {
        redisOptions: node,
        lazyConnect: true,
        enableOfflineQueue: false,
        // Topology comes from CLUSTER SLOTS alone; the probe below checks the cluster serves.
        enableReadyCheck: false,
        // No auto-pipelining: it groups commands by their first argument, which for EVALSHA
        // is the script's SHA, not a key, and so mixes slots of different nodes in one pipeline.
        maxRedirections: 16,
        retryDelayOnMoved: 0,
        retryDelayOnTryAgain: 50,
        retryDelayOnClusterDown: 100,
        retryDelayOnFailover: 100,
        slotsRefreshTimeout: connectTimeout,
        clusterRetryStrategy: (times) => Math.min(50 * 2 ** Math.min(times, 10), maxDelay),
        // Keep host names: TLS checks certificates against them.
        dnsLookup: (address, callback) => callback(null, address),
      })
    : new Redis({ ...node, host: options.store.host, port: options.store.port });
  let lastError: unknown;
  redis.on("error", (error: unknown) => {
    // Connection errors surface on each command as SessionStoreUnavailableError; the last one
    // tells a store that refuses the credentials from one that is not up yet.
    lastError = error;
  });
  const stopRenewal = keepCredentialsFresh(redis, options.credentials, first, options);
  const connecting = redis.connect().catch(() => undefined);
  const close = async () => {
    stopRenewal();
    redis.disconnect(false);
  };
  const warn =
    options.onWarning ?? ((message: string) => process.emitWarning(message, "SessionStoreWarning"));
  const ready = async (timeoutMs: number) => {
    await connecting;
    await untilServing(redis, options.store.keyPrefix, timeoutMs, () => lastError, warn);
  };
  try {
    await ready(readyTimeout);
  } catch (error) {
    await close();
    throw error;
  }
  return { redis, clustered, ready: () => ready(readyTimeout), close };
}
