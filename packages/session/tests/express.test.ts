import { setTimeout as sleep } from "node:timers/promises";
import type { Express } from "express";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPlatform, type Platform } from "../src/platform.js";
import { Gate, sampleApp } from "./helpers/app.js";
import { LocalOpenIdProvider } from "./helpers/openid-provider.js";
import { RedisServer } from "./helpers/redis-server.js";
import { eventually } from "./helpers/store.js";

let op: LocalOpenIdProvider;
let redis: RedisServer;
let platform: Platform;
let app: Express;
const gate = new Gate();

beforeAll(async () => {
  op = await LocalOpenIdProvider.start("api-app", "orders.read orders.write");
  redis = await RedisServer.start(["--requirepass", "test-redis-password"]);
  // The stack outputs, as `pulumi stack output --json` prints them.
  const outputs = {
    cloud: "azure",
    issuerUrl: op.issuer,
    openIdConfigurationUrl: op.discoveryUrl,
    jwksUrl: `${op.issuer}/jwks`,
    clientIds: { machine: "api-app" },
    apiScopes: { read: "orders.read" },
    sessionStore: {
      host: "127.0.0.1",
      port: redis.port,
      tls: false,
      authMode: "password",
      keyPrefix: "app:",
      idleTimeoutSeconds: 1,
      absoluteTimeoutSeconds: 2,
      clustered: false,
    },
  };
  platform = await connectPlatform(outputs, {
    password: "test-redis-password",
    redis: { maxReconnectDelayMs: 100 },
  });
  app = sampleApp(platform, gate);
});
afterAll(async () => {
  gate.release();
  await platform?.close();
  await redis?.dispose();
  await op?.stop();
});

async function signIn(): Promise<string> {
  const token = await op.token("orders.read");
  const response = await request(app).post("/login").set("Authorization", `Bearer ${token}`).expect(200);
  const cookie = response.headers["set-cookie"]?.[0]?.split(";")[0];
  if (cookie === undefined) throw new Error("no session cookie");
  return cookie;
}

describe("GIVEN an Express app configured from the stack outputs in one call", () => {
  it("WHEN signing in with a token from the OpenID provider THEN a Redis session carries the user", async () => {
    const cookie = await signIn();
    const me = await request(app).get("/me").set("Cookie", cookie).expect(200);
    expect(me.body).toEqual({ userId: "machine-client", count: 0 });
  });

  it("WHEN the token lacks the route's scope THEN sign-in is refused with 403", async () => {
    const response = await request(app)
      .post("/login")
      .set("Authorization", `Bearer ${await op.token("orders.write")}`);
    expect([response.status, response.body.error, response.headers["set-cookie"]]).toEqual([
      403,
      "insufficient_scope",
      undefined,
    ]);
  });

  it("WHEN the session is idle for longer than 1 s THEN it has expired", async () => {
    const cookie = await signIn();
    await sleep(1100);
    await request(app).get("/me").set("Cookie", cookie).expect(401);
  });

  it("WHEN the session is used every 400 ms THEN it still ends at the 2 s absolute limit", async () => {
    const cookie = await signIn();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      await sleep(400);
      statuses.push((await request(app).get("/me").set("Cookie", cookie)).status);
    }
    expect([statuses.slice(0, 4), statuses[5]]).toEqual([[200, 200, 200, 200], 401]);
  });

  it("WHEN one call revokes the user THEN every session of the user is signed out", async () => {
    const laptop = await signIn();
    const phone = await signIn();
    const revoked = await request(app).post("/revoke-all").set("Cookie", laptop).expect(200);
    const after = await Promise.all(
      [laptop, phone].map(async (c) => (await request(app).get("/me").set("Cookie", c)).status),
    );
    expect(revoked.body.revoked).toBeGreaterThanOrEqual(2);
    expect(after).toEqual([401, 401]);
  });

  it("WHEN two requests of one session write at once THEN one is refused with 409 and no update is lost", async () => {
    const cookie = await signIn();
    const first = request(app)
      .post("/count")
      .set("Cookie", cookie)
      .then((r) => r);
    const second = request(app)
      .post("/count")
      .set("Cookie", cookie)
      .then((r) => r);
    await gate.reached(2);
    gate.release();
    const statuses = (await Promise.all([first, second])).map((r) => r.status).sort();
    const me = await request(app).get("/me").set("Cookie", cookie).expect(200);
    expect([statuses, me.body.count]).toEqual([[200, 409], 1]);
  });

  it("WHEN a slow request saves after logout THEN the session is not brought back", async () => {
    const cookie = await signIn();
    const slow = request(app)
      .post("/count")
      .set("Cookie", cookie)
      .then((r) => r);
    await gate.reached(3);
    await request(app).post("/logout").set("Cookie", cookie).expect(200);
    gate.release();
    const slowResponse = await slow;
    expect([slowResponse.status, slowResponse.body.error]).toEqual([401, "SessionGoneError"]);
    await request(app).get("/me").set("Cookie", cookie).expect(401);
  });

  it("WHEN Redis restarts THEN requests get a clear 503 (no anonymous session) and then recover", async () => {
    const cookie = await signIn();
    await redis.stop();
    const down = await request(app).get("/me").set("Cookie", cookie);
    expect([down.status, down.body, down.headers["set-cookie"]]).toEqual([
      503,
      {
        error: "SessionStoreUnavailableError",
        message: "session store unavailable: Redis is unreachable; the request was refused",
      },
      undefined,
    ]);
    await redis.launch();
    await eventually(async () => (await request(app).get("/me").set("Cookie", cookie)).status === 401);
    const again = await signIn();
    await request(app).get("/me").set("Cookie", again).expect(200);
  });
});
