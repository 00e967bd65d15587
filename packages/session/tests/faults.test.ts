import { afterEach, describe, expect, it } from "vitest";
import { SessionStoreUnavailableError } from "../src/errors.js";
import { newSessionId } from "../src/sessions/ids.js";
import { RedisServer } from "./helpers/redis-server.js";
import { eventually, openStore } from "./helpers/store.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup();
  }
});

async function reason(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => "no error",
    (e: unknown) => e,
  );
  return error instanceof SessionStoreUnavailableError ? `${error.reason} | ${error.message}` : String(error);
}

describe("GIVEN Redis stops while the app runs", () => {
  it("WHEN requests arrive during the outage THEN they fail closed, and after a restart they succeed again", async () => {
    const server = await RedisServer.start();
    const { store, connection } = await openStore(server, {}, { maxReconnectDelayMs: 100 });
    cleanups.push(
      () => server.dispose(),
      () => connection.close(),
    );
    const before = await store.create({ a: 1 }, { userId: "u" });

    await server.stop();
    expect(await reason(store.get(before.id))).toBe(
      "connection | session store unavailable: Redis is unreachable; the request was refused",
    );
    expect(await reason(store.create({}))).toBe(
      "connection | session store unavailable: Redis is unreachable; the request was refused",
    );

    await server.restart();
    await eventually(async () => (await store.create({ b: 2 })).revision === 1);
    // Without persistence the old session is gone: the user signs in again, nothing is served anonymously.
    expect(await store.get(before.id)).toBe(undefined);
  });
});

describe("GIVEN the primary becomes a read-only replica (failover)", () => {
  it("WHEN reading a session, even an absent one THEN the store refuses with read-only, and recovers after promotion", async () => {
    const primary = await RedisServer.start();
    const replica = await RedisServer.start();
    const { store, connection } = await openStore(replica, {}, { maxReconnectDelayMs: 100 });
    cleanups.push(
      () => primary.dispose(),
      () => replica.dispose(),
      () => connection.close(),
    );
    const admin = replica.admin();
    cleanups.push(async () => admin.disconnect());

    await admin.replicaof("127.0.0.1", String(primary.port));
    const expected =
      "read-only | session store unavailable: Redis answered as a read-only replica (failover in progress); the request was refused";
    expect(await reason(store.get(newSessionId()))).toBe(expected);
    // The READONLY reply makes the client reconnect (to find a new primary); meanwhile calls fail as unreachable.
    const next = await reason(store.create({}));
    expect([
      expected,
      "connection | session store unavailable: Redis is unreachable; the request was refused",
    ]).toContain(next);

    await admin.replicaof("NO", "ONE");
    await eventually(async () => (await store.create({ y: 2 })).revision === 1);
    const promoted = await store.create({ z: 3 });
    expect((await store.get(promoted.id))?.data).toEqual({ z: 3 });
  });
});

describe("GIVEN Redis stops answering (paused)", () => {
  it("WHEN a command waits past the command timeout THEN it fails with timeout instead of hanging", async () => {
    const server = await RedisServer.start();
    const { store, connection } = await openStore(server, {}, { commandTimeoutMs: 200 });
    const admin = server.admin();
    cleanups.push(
      () => server.dispose(),
      () => connection.close(),
      async () => admin.disconnect(),
    );
    const session = await store.create({});
    await admin.client("PAUSE", 1000, "WRITE");
    expect(await reason(store.get(session.id))).toBe(
      "timeout | session store unavailable: Redis did not answer in time; the outcome of a write is unknown; the request was refused",
    );
    await admin.client("UNPAUSE");
    await eventually(async () => (await store.get(session.id))?.id === session.id);
  });
});

describe("GIVEN Redis is full and evicts nothing (noeviction)", () => {
  it("WHEN a session is created THEN it fails closed with reason full", async () => {
    const server = await RedisServer.start(["--maxmemory", "1mb", "--maxmemory-policy", "noeviction"]);
    const { store, connection } = await openStore(server);
    const admin = server.admin();
    cleanups.push(
      () => server.dispose(),
      () => connection.close(),
      async () => admin.disconnect(),
    );
    const filler = "f".repeat(10_000);
    for (let i = 0; i < 200; i++) {
      await admin.set(`filler:${i}`, filler).catch(() => undefined);
    }
    expect(await reason(store.create({ a: 1 }))).toBe(
      "full | session store unavailable: Redis is out of memory and has nothing left to evict; the request was refused",
    );
  });
});
