import { setTimeout as sleep } from "node:timers/promises";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SessionUserChangeError } from "../src/errors.js";
import { isSessionId, newSessionId } from "../src/sessions/ids.js";
import type { SessionStore } from "../src/sessions/store.js";
import { indexOf, keyOf, tagOf, userTag } from "./helpers/keys.js";
import { RedisServer } from "./helpers/redis-server.js";
import { openStore } from "./helpers/store.js";

let server: RedisServer;
let admin: Redis;
let store: SessionStore;
let short: SessionStore;
let close: () => Promise<void>;

beforeAll(async () => {
  server = await RedisServer.start();
  admin = server.admin();
  const opened = await openStore(server);
  store = opened.store;
  const shortLived = await openStore(server, {
    keyPrefix: "short:",
    idleTimeoutSeconds: 1,
    absoluteTimeoutSeconds: 2,
  });
  short = shortLived.store;
  close = async () => {
    await opened.connection.close();
    await shortLived.connection.close();
  };
});
afterAll(async () => {
  await close();
  admin.disconnect();
  await server.dispose();
});

describe("GIVEN session IDs", () => {
  it("WHEN 1000 are generated THEN each is 43 base64url characters (256 bits) and all differ", () => {
    const ids = Array.from({ length: 1000 }, newSessionId);
    expect([new Set(ids).size, ids.every((id) => /^[A-Za-z0-9_-]{43}$/.test(id))]).toEqual([1000, true]);
  });

  it.each([
    ["short", false],
    ["a".repeat(31), false],
    ["a".repeat(32), true],
    ["../../etc/passwd-aaaaaaaaaaaaaaaaaaaaaaaa", false],
    ["*".repeat(43), false],
  ])("WHEN checking %j THEN isSessionId is %s", (id, expected) => {
    expect(isSessionId(id)).toBe(expected);
  });
});

describe("GIVEN the key layout for Redis Cluster", () => {
  it("WHEN a user signs in THEN the session's ID starts with the user's tag, so its key and the user's index share a hash tag", async () => {
    const session = await store.create({}, { userId: "u-slot" });
    const tag = userTag("test:", "u-slot");
    expect([
      tagOf(session.id),
      session.id.length,
      keyOf("test:", session.id),
      indexOf("test:", "u-slot"),
      await admin.exists(keyOf("test:", session.id), indexOf("test:", "u-slot")),
    ]).toEqual([tag, 55, `test:{${tag}}s:${session.id.slice(12)}`, `test:{${tag}}u`, 2]);
  });

  it("WHEN an anonymous session is created THEN its own first 12 characters are its tag and it has no index", async () => {
    const session = await store.create({});
    expect([session.id.length, keyOf("test:", session.id)]).toEqual([
      43,
      `test:{${session.id.slice(0, 12)}}s:${session.id.slice(12)}`,
    ]);
  });
});

describe("GIVEN the default store", () => {
  it("WHEN a session is created THEN it has 30-minute idle and 12-hour absolute deadlines on the Redis clock, and its key 60 s more", async () => {
    const session = await store.create({ cart: [1] }, { userId: "u-1" });
    const ttl = await admin.pttl(keyOf("test:", session.id));
    expect([
      session.revision,
      session.userId,
      session.expiresAt.getTime() - session.lastAccessAt.getTime(),
      session.absoluteExpiresAt.getTime() - session.createdAt.getTime(),
      ttl > 1_850_000 && ttl <= 1_860_000,
    ]).toEqual([1, "u-1", 1_800_000, 43_200_000, true]);
  });

  it("WHEN a session is read THEN the data and revision come back", async () => {
    const created = await store.create({ theme: "dark" });
    const read = await store.get(created.id);
    expect([read?.data, read?.revision, read?.userId]).toEqual([{ theme: "dark" }, 1, undefined]);
  });

  it("WHEN an unknown or malformed ID is read THEN there is no session and nothing is created", async () => {
    expect([
      await store.get(newSessionId()),
      await store.get("nope"),
      await admin.keys("test:*nope*"),
    ]).toEqual([undefined, undefined, []]);
  });

  it("WHEN a session is rotated on privilege change THEN the old ID is gone and the new one has the data", async () => {
    const before = await store.create({ step: 1 }, { userId: "u-rot" });
    const after = await store.rotate(before.id);
    expect([
      await store.get(before.id),
      (await store.get(after.id))?.data,
      after.id === before.id,
      after.createdAt.getTime(),
      await admin.zrange(indexOf("test:", "u-rot"), 0, -1),
    ]).toEqual([undefined, { step: 1 }, false, before.createdAt.getTime(), [after.id]]);
  });

  it("WHEN an anonymous session signs in through rotate THEN it gets a new ID, the user and a new absolute window", async () => {
    const anonymous = await store.create({ cart: ["book"] });
    await sleep(5);
    const signedIn = await store.rotate(anonymous.id, { userId: "u-new" });
    expect([
      signedIn.userId,
      signedIn.data,
      signedIn.createdAt > anonymous.createdAt,
      await store.get(anonymous.id),
    ]).toEqual(["u-new", { cart: ["book"] }, true, undefined]);
  });

  it("WHEN a save changes the user of an existing ID THEN it is refused (session fixation)", async () => {
    const anonymous = await store.create({});
    await expect(store.save({ ...anonymous, userId: "attacker-victim" })).rejects.toThrow(
      SessionUserChangeError,
    );
  });

  it("WHEN every session of a user is revoked THEN all of them are gone and others stay", async () => {
    const mine = await Promise.all([1, 2, 3].map(() => store.create({}, { userId: "u-revoke" })));
    const other = await store.create({}, { userId: "u-other" });
    const count = await store.destroyAllForUser("u-revoke");
    const left = await Promise.all(mine.map((s) => store.get(s.id)));
    expect([
      count,
      left,
      (await store.get(other.id))?.userId,
      await admin.exists(indexOf("test:", "u-revoke")),
    ]).toEqual([3, [undefined, undefined, undefined], "u-other", 0]);
  });

  it("WHEN one session is destroyed THEN it leaves the user's index", async () => {
    const a = await store.create({}, { userId: "u-one" });
    const b = await store.create({}, { userId: "u-one" });
    expect([
      await store.destroy(a.id),
      await store.destroy(a.id),
      await admin.zrange(indexOf("test:", "u-one"), 0, -1),
    ]).toEqual([true, false, [b.id]]);
  });
});

describe("GIVEN a store with 1 s idle and 2 s absolute timeouts", () => {
  it("WHEN a session is left alone past the idle timeout THEN it is gone", async () => {
    const session = await short.create({}, { userId: "idle" });
    await sleep(1100);
    expect([await short.get(session.id), await short.touch(session.id)]).toEqual([undefined, false]);
  });

  it("WHEN a session is used every 400 ms THEN idle slides but it ends at the absolute limit", async () => {
    const session = await short.create({}, { userId: "busy" });
    const alive: boolean[] = [];
    for (let i = 0; i < 6; i++) {
      await sleep(400);
      alive.push((await short.get(session.id)) !== undefined);
    }
    // reads at ~0.4, 0.8, 1.2, 1.6 s succeed (idle slides past 1 s); at ~2.0 and 2.4 s the absolute limit holds
    expect(alive.slice(0, 4)).toEqual([true, true, true, true]);
    expect(alive[5]).toBe(false);
    expect(await admin.exists(keyOf("short:", session.id))).toBe(0);
  });
});
