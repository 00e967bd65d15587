import { Cluster, type Redis } from "ioredis";

/** What the client sends with AUTH. `expiresAt` (ms epoch) makes the client renew before it. */
export interface RedisCredentials {
  username?: string | undefined;
  password: string;
  expiresAt?: number | undefined;
}

/** Produces current credentials: a static password, an Entra token, an ElastiCache IAM token. */
export type CredentialSource = () => Promise<RedisCredentials>;

/** A fixed password (authMode "password"), e.g. read from a secret store at start-up. */
export function passwordCredentials(password: string, username?: string): CredentialSource {
  return async () => ({ username, password });
}

export interface RenewalOptions {
  /** Renew this long before `expiresAt`, in milliseconds. @default 300000 (5 minutes) */
  refreshBeforeExpiryMs?: number;
  /** Wait after a failed renewal before trying again, in milliseconds. @default 10000 */
  retryAfterMs?: number;
  /** Called when a renewal fails (the old credentials stay in use until they expire). @default ignore */
  onError?: (error: unknown) => void;
}

/**
 * Keeps credentials fresh: before they expire, fetches new ones, stores them for future
 * reconnects and sends AUTH on every live connection (each node of a cluster). Returns a stop function.
 */
export function keepCredentialsFresh(
  client: Redis | Cluster,
  source: CredentialSource,
  first: RedisCredentials,
  options: RenewalOptions = {},
): () => void {
  const before = options.refreshBeforeExpiryMs ?? 300_000;
  const retry = options.retryAfterMs ?? 10_000;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const schedule = (credentials: RedisCredentials, delay?: number) => {
    if (stopped || (credentials.expiresAt === undefined && delay === undefined)) {
      return;
    }
    const wait = delay ?? Math.max(0, (credentials.expiresAt ?? 0) - before - Date.now());
    timer = setTimeout(() => void renew(credentials), Math.min(wait, 2 ** 31 - 1));
    timer.unref();
  };

  const renew = async (previous: RedisCredentials) => {
    try {
      const next = await source();
      await applyCredentials(client, next);
      schedule(next);
    } catch (error) {
      options.onError?.(error);
      schedule(previous, retry);
    }
  };

  schedule(first);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

/** Stores credentials for reconnects and re-authenticates the live connections. */
async function applyCredentials(client: Redis | Cluster, next: RedisCredentials): Promise<void> {
  const nodes = client instanceof Cluster ? client.nodes("all") : [client];
  if (client instanceof Cluster && client.options.redisOptions !== undefined) {
    // The cluster's connection pool holds this object: new node connections read it.
    Object.assign(client.options.redisOptions, credentialOptions(next));
  }
  await Promise.all(
    nodes.map(async (node) => {
      Object.assign(node.options, credentialOptions(next));
      if (node.status === "ready") {
        await (next.username === undefined
          ? node.auth(next.password)
          : node.auth(next.username, next.password));
      }
    }),
  );
}

function credentialOptions(credentials: RedisCredentials): {
  username: string | undefined;
  password: string;
} {
  return { username: credentials.username, password: credentials.password };
}
