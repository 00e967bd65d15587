import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, GRANTS } from "./helpers/access.js";
import { COOKIE_NAME } from "./helpers/app.js";
import {
  call,
  type ExpressFixture,
  expressFixture,
  sessionCookie,
  signIn,
} from "./helpers/express-fixture.js";
import { ENTRA_OID } from "./helpers/outputs.js";
import { eventually } from "./helpers/store.js";

let f: ExpressFixture;
beforeAll(async () => {
  f = await expressFixture({ idleTimeoutSeconds: 2, absoluteTimeoutSeconds: 4 });
});
afterAll(async () => {
  await f?.close();
});

describe("GIVEN the README's Express app configured from the stack outputs in one call", () => {
  it("WHEN signing in with a token from the OpenID provider THEN a Redis session carries the user, in a Secure SameSite cookie of its own name", async () => {
    const token = await f.op.token("orders.read");
    const response = await call(f.app, "post", "/login").set("Authorization", `Bearer ${token}`).expect(200);
    const setCookie = String(response.headers["set-cookie"]?.[0]);
    const me = await call(f.app, "get", "/me", sessionCookie(response)).expect(200);
    expect([
      setCookie.startsWith(`${COOKIE_NAME}=`),
      setCookie.split("; ").filter((a) => ["Path=/", "HttpOnly", "Secure", "SameSite=Lax"].includes(a)),
      me.body,
    ]).toEqual([
      true,
      ["Path=/", "HttpOnly", "Secure", "SameSite=Lax"],
      { userId: "machine-client", count: 0 },
    ]);
  });

  it("WHEN the token lacks the route's scope THEN sign-in is refused with 403 and no cookie", async () => {
    const response = await call(f.app, "post", "/login").set(
      "Authorization",
      `Bearer ${await f.op.token("orders.write")}`,
    );
    expect([response.status, response.body, response.headers["set-cookie"]]).toEqual([
      403,
      { error: "insufficient_scope", error_description: "the token lacks a scope this route requires" },
      undefined,
    ]);
  });

  it.concurrent("WHEN the session is idle for longer than 2 s THEN it has expired", async () => {
    const cookie = await signIn(f);
    await sleep(2100);
    await call(f.app, "get", "/me", cookie).expect(401);
  });

  it.concurrent("WHEN the session is used every 700 ms THEN it still ends at the 4 s absolute limit", async () => {
    const cookie = await signIn(f);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      await sleep(700);
      statuses.push((await call(f.app, "get", "/me", cookie)).status);
    }
    // reads at ~0.7, 1.4, 2.1, 2.8 s succeed (idle slides past 2 s); at ~4.2 s the absolute limit holds
    expect([statuses.slice(0, 4), statuses[5]]).toEqual([[200, 200, 200, 200], 401]);
  });

  it("WHEN one call revokes the user THEN every session of the user is signed out", async () => {
    const laptop = await signIn(f);
    const phone = await signIn(f);
    const revoked = await call(f.app, "post", "/revoke-all", laptop).expect(200);
    const after = await Promise.all(
      [laptop, phone].map(async (c) => (await call(f.app, "get", "/me", c)).status),
    );
    expect([revoked.body.revoked >= 2, after]).toEqual([true, [401, 401]]);
  });

  it("WHEN two requests of one session save at once THEN one is refused with 409 and no update is lost", async () => {
    const cookie = await signIn(f);
    const first = call(f.app, "post", "/count", cookie).then((r) => r);
    const second = call(f.app, "post", "/count", cookie).then((r) => r);
    await f.gate.reached(2);
    f.gate.release();
    const statuses = (await Promise.all([first, second])).map((r) => r.status).sort();
    const me = await call(f.app, "get", "/me", cookie).expect(200);
    expect([statuses, me.body.count]).toEqual([[200, 409], 1]);
  });

  it("WHEN a slow request saves after logout THEN the session is not brought back", async () => {
    const cookie = await signIn(f);
    const slow = call(f.app, "post", "/count", cookie).then((r) => r);
    await f.gate.reached(3);
    await call(f.app, "post", "/logout", cookie).expect(200);
    f.gate.release();
    const slowResponse = await slow;
    expect([slowResponse.status, slowResponse.body.error]).toEqual([401, "SessionGoneError"]);
    await call(f.app, "get", "/me", cookie).expect(401);
  });

  it("WHEN Redis restarts THEN requests get a clear 503 (no anonymous session) and then recover", async () => {
    const cookie = await signIn(f);
    await f.redis.stop();
    const down = await call(f.app, "get", "/me", cookie);
    expect([down.status, down.headers["retry-after"], down.body, down.headers["set-cookie"]]).toEqual([
      503,
      "1",
      {
        error: "SessionStoreUnavailableError",
        message: "session store unavailable: Redis is unreachable; the request was refused",
      },
      undefined,
    ]);
    await f.redis.launch();
    // A restart without persistence also forgets ACL users: the platform's grant comes back.
    await createUser([f.admin], ENTRA_OID, ["entra-token"], GRANTS.azureCache("app:"));
    await eventually(async () => (await call(f.app, "get", "/me", cookie)).status === 401);
    const again = await signIn(f);
    await call(f.app, "get", "/me", again).expect(200);
  });
});
