import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionRef } from "../src/sessions/ids.js";
import type { SessionStore } from "../src/sessions/store.js";
import type { SessionEvent } from "../src/sessions/types.js";
import { RedisServer } from "./helpers/redis-server.js";
import { openStore } from "./helpers/store.js";

let server: RedisServer;
let admin: Redis;
let store: SessionStore;
let capped: SessionStore;
let close: () => Promise<void>;
const events: SessionEvent[] = [];

beforeAll(async () => {
  server = await RedisServer.start();
  admin = server.admin();
  const opened = await openStore(
    server,
    { keyPrefix: "a:", onEvent: (e) => events.push(e) },
    { commandTimeoutMs: 10_000 },
  );
  const cap = await openStore(server, {
    keyPrefix: "cap:",
    maxSessionsPerUser: 2,
    onEvent: (e) => events.push(e),
  });
  store = opened.store;
  capped = cap.store;
  close = async () => {
    await opened.connection.close();
    await cap.connection.close();
  };
});
afterAll(async () => {
  await close();
  admin.disconnect();
  await server.dispose();
});

async function calls(command: string): Promise<number> {
  const stats = await admin.info("commandstats");
  return Number(new RegExp(`cmdstat_${command}:calls=(\\d+)`).exec(stats)?.[1] ?? 0);
}

describe("GIVEN a per-user cap of 2 sessions", () => {
  it("WHEN the user signs in a third time THEN the oldest session ends, reported as revoked for the cap", async () => {
    // Order is by the Redis clock in milliseconds: sessions created within one millisecond
    // have no defined order, so the test leaves a few between sign-ins.
    const first = await capped.create({ device: "laptop" }, { userId: "dana" });
    await sleep(5);
    const second = await capped.create({ device: "phone" }, { userId: "dana" });
    await sleep(5);
    events.length = 0;
    const third = await capped.create({ device: "tablet" }, { userId: "dana" });
    const listed = await capped.listForUser<{ device: string }>("dana");
    expect([
      await capped.get(first.id),
      (await capped.get(second.id))?.data,
      (await capped.get(third.id))?.data,
      listed.map((s) => s.data.device),
      events,
    ]).toEqual([
      undefined,
      { device: "phone" },
      { device: "tablet" },
      ["tablet", "phone"],
      [
        { type: "created", ref: sessionRef(third.id), userId: "dana" },
        { type: "revoked", ref: sessionRef(first.id), userId: "dana", reason: "cap" },
      ],
    ]);
  });
});

describe("GIVEN an application listening to lifecycle events", () => {
  it("WHEN sessions are created, rotated, revoked and found expired THEN each is reported by reference", async () => {
    const short = await openStore(server, {
      keyPrefix: "ev:",
      idleTimeoutSeconds: 1,
      absoluteTimeoutSeconds: 60,
      onEvent: (e) => events.push(e),
    });
    try {
      events.length = 0;
      const anonymous = await short.store.create({});
      const signedIn = await short.store.rotate(anonymous.id, { userId: "erin" });
      const other = await short.store.create({}, { userId: "erin" });
      const revoked = await short.store.destroyAllForUser("erin");
      const idle = await short.store.create({});
      await sleep(1100);
      await short.store.get(idle.id);
      expect([revoked, events]).toEqual([
        2,
        [
          { type: "created", ref: sessionRef(anonymous.id), userId: undefined },
          {
            type: "rotated",
            ref: sessionRef(signedIn.id),
            previousRef: sessionRef(anonymous.id),
            userId: "erin",
          },
          { type: "created", ref: sessionRef(other.id), userId: "erin" },
          { type: "revoked", userId: "erin", reason: "all", count: 2 },
          { type: "created", ref: sessionRef(idle.id), userId: undefined },
          { type: "expired", ref: sessionRef(idle.id), userId: undefined, reason: "idle" },
        ],
      ]);
      expect(JSON.stringify(events).includes(anonymous.id)).toBe(false);
    } finally {
      await short.connection.close();
    }
  });
});

describe("GIVEN one user with 5,000 sessions", () => {
  it("WHEN every session is revoked THEN one rename revokes them and batches of 500 delete them", async () => {
    const ids: string[] = [];
    while (ids.length < 5000) {
      const batch = Array.from({ length: 100 }, () =>
        store.create({}, { userId: "frank" }).then((s) => s.id),
      );
      ids.push(...(await Promise.all(batch)));
    }
    const [evalsBefore, rangesBefore] = [await calls("evalsha"), await calls("zrange")];
    const revoked = await store.destroyAllForUser("frank");
    const [evals, ranges] = [(await calls("evalsha")) - evalsBefore, (await calls("zrange")) - rangesBefore];
    const left = await admin.keys("a:*");
    expect([revoked, evals, ranges, left, await store.get(ids[0] ?? "")]).toEqual([
      5000,
      11,
      11,
      [],
      undefined,
    ]);
  });
});

describe("GIVEN 100 concurrent increments of one session through update()", () => {
  it("WHEN they conflict THEN jittered back-off lets every one of them land", async () => {
    const session = await store.create({ count: 0 }, { userId: "gail" });
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        store.update<{ count: number }>(session.id, (d) => ({ count: d.count + 1 })),
      ),
    );
    const final = await store.get<{ count: number }>(session.id);
    expect([results.filter((r) => r !== undefined).length, final?.data.count, final?.revision]).toEqual([
      100, 100, 101,
    ]);
  });
});
