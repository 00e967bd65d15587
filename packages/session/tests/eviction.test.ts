import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPlatform, type Platform } from "../src/platform.js";
import type { SessionStore } from "../src/sessions/store.js";
import { createUser, GRANTS } from "./helpers/access.js";
import { azureOutputs, ENTRA_OID, entraCredential } from "./helpers/outputs.js";
import { RedisServer } from "./helpers/redis-server.js";

const PROFILE = "p".repeat(120);

/** Runs `count` sign-ins, 50 at a time, one user each; returns the session IDs (undefined on failure). */
async function signIns(
  sessions: SessionStore,
  from: number,
  count: number,
): Promise<Array<string | undefined>> {
  const ids: Array<string | undefined> = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      while (next < count) {
        const i = next++;
        ids[i] = await sessions.create({ profile: PROFILE }, { userId: `user-${from + i}` }).then(
          (s) => s.id,
          () => undefined,
        );
      }
    }),
  );
  return ids;
}

async function connect(server: RedisServer, warnings: string[] = []): Promise<Platform> {
  const admin = server.admin();
  await createUser([admin], ENTRA_OID, ["token"], GRANTS.azureCache("sess:"));
  admin.disconnect();
  return connectPlatform(azureOutputs({ port: server.port }), {
    entra: { credential: entraCredential("token") },
    loadKeys: false,
    redis: { onWarning: (message) => warnings.push(message) },
  });
}

describe("GIVEN the Azure store's eviction policy (volatile-lru) under memory pressure: 3 MB and 12,000 users", () => {
  let server: RedisServer;
  let admin: Redis;
  let platform: Platform;
  let sessions: SessionStore;
  const warnings: string[] = [];

  beforeAll(async () => {
    server = await RedisServer.start(["--maxmemory", "3mb", "--maxmemory-policy", "volatile-lru"]);
    admin = server.admin();
    platform = await connect(server, warnings);
    if (platform.sessions === undefined) throw new Error("no session store");
    sessions = platform.sessions;
  });
  afterAll(async () => {
    await platform?.close();
    admin?.disconnect();
    await server?.dispose();
  });

  it("WHEN 50 users are revoked while Redis evicts THEN none of them keeps a valid session", async () => {
    await signIns(sessions, 0, 12_000);
    const revoked = await signIns(sessions, 100_000, 50);
    // More sign-ins keep evicting: some of the 50 users lose their index, some their session.
    await signIns(sessions, 12_000, 1_000);
    const read = () => Promise.all(revoked.map((id) => (id === undefined ? undefined : sessions.get(id))));
    const validBefore = (await read()).filter((s) => s !== undefined).length;
    await Promise.all(revoked.map((_id, i) => sessions.destroyAllForUser(`user-${100_000 + i}`)));
    const validAfter = (await read()).filter((s) => s !== undefined).length;
    const evicted = Number(/evicted_keys:(\d+)/.exec(await admin.info("stats"))?.[1]);
    expect([validBefore > 0, evicted > 10_000, validAfter, warnings]).toEqual([true, true, 0, []]);
  });
});

describe("GIVEN a store that evicts any key (allkeys-lru)", () => {
  it("WHEN the platform connects THEN it warns once, naming the policy", async () => {
    const server = await RedisServer.start(["--maxmemory", "64mb", "--maxmemory-policy", "allkeys-lru"]);
    const warnings: string[] = [];
    const platform = await connect(server, warnings);
    await platform.close();
    await server.dispose();
    expect(warnings).toEqual([
      "session store: maxmemory-policy is allkeys-lru, which evicts keys without a TTL too; sessions stay revocable (every session key has a TTL and sessions whose user index was evicted are refused), but use volatile-lru as the platform does",
    ]);
  });
});
