import { setTimeout as sleep } from "node:timers/promises";
import { Cluster, type Redis } from "ioredis";
import type { SessionStoreUnavailableError } from "../errors.js";
import { toUnavailable } from "./errors.js";
import { LuaScript } from "./eval.js";

/** Proves the store serves: scripts run, TIME is allowed, and a write (DEL) is accepted. */
export const PROBE = new LuaScript(`
redis.call('TIME')
return redis.call('DEL', KEYS[1])
`);

/** Pause between probes while the store is not serving yet. */
const PROBE_INTERVAL_MS = 100;

/**
 * Resolves once the store serves a script under the session prefix, retrying connection,
 * loading and read-only failures until `timeoutMs` passes; refused credentials fail at once.
 * Then warns when the store's eviction policy may evict keys that have no TTL.
 */
export async function untilServing(
  client: Redis | Cluster,
  keyPrefix: string,
  timeoutMs: number,
  lastConnectionError: () => unknown,
  warn: (message: string) => void,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let failure: SessionStoreUnavailableError;
    try {
      await PROBE.run(client, [`${keyPrefix}{probe}`], []);
      break;
    } catch (error) {
      failure = toUnavailable(error);
    }
    const refused = toUnavailable(lastConnectionError());
    if (refused.reason === "auth") {
      throw refused;
    }
    if (Date.now() >= deadline) {
      throw failure;
    }
    await sleep(Math.min(PROBE_INTERVAL_MS, Math.max(1, deadline - Date.now())));
  }
  await checkEviction(client, warn);
}

/**
 * Every key this library writes has a TTL and a signed-in session is refused once its
 * user's index is gone, so revocation holds under any policy. An `allkeys-*` policy still
 * deserves a warning: it also evicts keys without a TTL, which the platform's stores
 * (volatile-lru) never do.
 */
async function checkEviction(client: Redis | Cluster, warn: (message: string) => void): Promise<void> {
  const nodes = client instanceof Cluster ? client.nodes("master") : [client];
  for (const node of nodes) {
    let info: string;
    try {
      info = await node.info("memory");
    } catch {
      return; // INFO not granted or not supported: nothing to check.
    }
    const policy = /^maxmemory_policy:(\S+)/m.exec(info)?.[1];
    if (policy?.startsWith("allkeys-")) {
      warn(
        `session store: maxmemory-policy is ${policy}, which evicts keys without a TTL too; sessions stay revocable (every session key has a TTL and sessions whose user index was evicted are refused), but use volatile-lru as the platform does`,
      );
      return;
    }
  }
}
