import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  call,
  type ExpressFixture,
  expressFixture,
  sessionCookie,
  signIn,
} from "./helpers/express-fixture.js";

let f: ExpressFixture;
beforeAll(async () => {
  // Sessions live 30 minutes idle; the cookie only 1 second.
  f = await expressFixture({ idleTimeoutSeconds: 1800, absoluteTimeoutSeconds: 43200 }, { maxAge: 1000 });
});
afterAll(async () => {
  await f?.close();
});

/** The Redis key of the one session whose data holds `marker`. */
async function keyHolding(marker: string): Promise<string> {
  for (const key of await f.admin.keys("app:*s:*")) {
    if (String(await f.admin.hget(key, "d")).includes(marker)) return key;
  }
  throw new Error(`no session holds ${marker}`);
}

describe("GIVEN express-session's usual ways of writing a session", () => {
  it("WHEN sign-out is written as `delete req.session.userId` THEN the session is signed out (and stays anonymous)", async () => {
    const cookie = await signIn(f);
    await call(f.app, "post", "/logout-by-delete", cookie).expect(200);
    const me = await call(f.app, "get", "/me", cookie);
    const visit = await call(f.app, "post", "/visit", cookie);
    const revoked = await f.platform.sessions?.destroyAllForUser("machine-client");
    expect([me.status, visit.status, revoked]).toEqual([401, 200, 0]);
  });

  it("WHEN two requests change the session and leave the save to express-session THEN one answers 409, not 200", async () => {
    const cookie = await signIn(f);
    const first = call(f.app, "post", "/count-implicitly", cookie).then((r) => r);
    const second = call(f.app, "post", "/count-implicitly", cookie).then((r) => r);
    await f.gate.reached(2);
    f.gate.release();
    const responses = (await Promise.all([first, second])).sort((a, b) => a.status - b.status);
    const me = await call(f.app, "get", "/me", cookie).expect(200);
    expect([responses.map((r) => r.status), responses[1]?.body.error, me.body.count]).toEqual([
      [200, 409],
      "SessionConflictError",
      1,
    ]);
  });

  it("WHEN a session ID is claimed for a user without a new ID THEN the implicit save answers 400 (fixation)", async () => {
    const anonymous = sessionCookie(await call(f.app, "post", "/visit").expect(200));
    const claim = await call(f.app, "post", "/claim/mallory", anonymous);
    const me = await call(f.app, "get", "/me", anonymous);
    expect([claim.status, claim.body.error, me.status]).toEqual([400, "SessionUserChangeError", 401]);
  });

  it("WHEN the cookie's expiry passes THEN the session ends in Redis too, even if the cookie is replayed", async () => {
    const cookie = await signIn(f);
    await call(f.app, "get", "/me", cookie).expect(200);
    await sleep(1100);
    await call(f.app, "get", "/me", cookie).expect(401);
  });

  it.each([
    ['"a string"', "its data is a string, not a JSON object"],
    ["null", "its data is null, not a JSON object"],
    ["[1]", "its data is an array, not a JSON object"],
  ])(
    "WHEN the stored data is %s THEN the request fails with 500 and the process keeps serving",
    async (data, detail) => {
      const marker = `marker-${Math.random().toString(36).slice(2)}`;
      const cookie = sessionCookie(await call(f.app, "post", `/note/${marker}`).expect(200));
      await f.admin.hset(await keyHolding(marker), "d", data);
      const broken = await call(f.app, "get", "/me", cookie);
      const healthy = await signIn(f);
      expect([broken.status, broken.body, (await call(f.app, "get", "/me", healthy)).status]).toEqual([
        500,
        {
          error: "SessionDataError",
          message: `stored session is unusable (${detail}); it was not written by this library`,
        },
        200,
      ]);
    },
  );
});
