import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SessionConflictError, SessionGoneError } from "../src/errors.js";
import type { SessionStore } from "../src/sessions/store.js";
import { indexOf, keyOf } from "./helpers/keys.js";
import { RedisServer } from "./helpers/redis-server.js";
import { openStore } from "./helpers/store.js";

let server: RedisServer;
let admin: Redis;
let store: SessionStore;
let close: () => Promise<void>;

beforeAll(async () => {
  server = await RedisServer.start();
  admin = server.admin();
  const opened = await openStore(server);
  store = opened.store;
  close = opened.connection.close;
});
afterAll(async () => {
  await close();
  admin.disconnect();
  await server.dispose();
});

describe("GIVEN two requests of one session writing at once (lost update)", () => {
  it("WHEN both write from the same revision THEN exactly one wins and the other is refused", async () => {
    const session = await store.create({ count: 0, log: [] as string[] });
    const a = await store.get<{ count: number; log: string[] }>(session.id);
    const b = await store.get<{ count: number; log: string[] }>(session.id);
    if (a === undefined || b === undefined) throw new Error("missing");
    const results = await Promise.allSettled([
      store.save({ ...a, data: { count: 1, log: ["a"] } }),
      store.save({ ...b, data: { count: 1, log: ["b"] } }),
    ]);
    const refused = results
      .filter((r) => r.status === "rejected")
      .map((r) => (r.status === "rejected" ? r.reason : undefined));
    const final = await store.get(session.id);
    expect([
      results.filter((r) => r.status === "fulfilled").length,
      refused.length,
      refused[0] instanceof SessionConflictError,
    ]).toEqual([1, 1, true]);
    expect(final?.revision).toBe(2);
    expect(refused[0]?.message).toBe(
      "session changed concurrently: write based on revision 1 but the store holds revision 2; nothing was written",
    );
  });

  it("WHEN 25 increments run concurrently through update() THEN none is lost", async () => {
    const session = await store.create({ count: 0 });
    await Promise.all(
      Array.from({ length: 25 }, () =>
        store.update<{ count: number }>(session.id, (d) => ({ count: d.count + 1 }), { attempts: 100 }),
      ),
    );
    const final = await store.get<{ count: number }>(session.id);
    expect([final?.data.count, final?.revision]).toEqual([25, 26]);
  });
});

describe("GIVEN a slow request still holding a session that is signed out (resurrection)", () => {
  it("WHEN the slow request saves after the logout THEN it is refused and the session stays gone", async () => {
    const session = await store.create({ role: "user" }, { userId: "u-slow" });
    const slow = await store.get(session.id);
    if (slow === undefined) throw new Error("missing");
    await store.destroy(session.id);
    await expect(store.save({ ...slow, data: { role: "user", touched: true } })).rejects.toThrow(
      SessionGoneError,
    );
    expect([
      await store.touch(session.id),
      await store.get(session.id),
      await admin.exists(keyOf("test:", session.id)),
    ]).toEqual([false, undefined, 0]);
  });

  it("WHEN every session of the user is revoked mid-request THEN update() gives up without recreating", async () => {
    const session = await store.create({ n: 0 }, { userId: "u-revoked" });
    const result = await store.update<{ n: number }>(session.id, async (d) => {
      await store.destroyAllForUser("u-revoked");
      return { n: d.n + 1 };
    });
    expect([
      result,
      await admin.exists(keyOf("test:", session.id)),
      await admin.exists(indexOf("test:", "u-revoked")),
    ]).toEqual([undefined, 0, 0]);
  });
});
