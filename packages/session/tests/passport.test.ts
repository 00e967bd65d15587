import express, { type Express } from "express";
import passport from "passport";
import { Strategy as CustomStrategy } from "passport-custom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisSessionStore, sessionErrorHandler, sessionMiddleware } from "../src/express/index.js";
import { connectPlatform, type Platform } from "../src/platform.js";
import { createUser, GRANTS } from "./helpers/access.js";
import { call, sessionCookie } from "./helpers/express-fixture.js";
import { azureOutputs, ENTRA_OID, entraCredential } from "./helpers/outputs.js";
import { RedisServer } from "./helpers/redis-server.js";

let redis: RedisServer;
let platform: Platform;
let app: Express;

/** An app signing users in with Passport: its session layout is `session.passport.user`. */
function passportApp(store: RedisSessionStore): Express {
  const auth = new passport.Passport();
  auth.use(
    "header",
    new CustomStrategy((req, done) => {
      const user = req.header("x-test-user");
      done(null, user === undefined ? false : { id: user });
    }),
  );
  auth.serializeUser((user, done) => done(null, (user as { id: string }).id));
  auth.deserializeUser((id: string, done) => done(null, { id }));
  const application = express();
  application.set("trust proxy", 1);
  application.use(
    sessionMiddleware(store, {
      name: "__Host-app.sid",
      secret: "test-cookie-signing-secret",
      cookie: { httpOnly: true, secure: true, sameSite: "lax" },
    }),
  );
  application.use(auth.session());
  application.post("/login", auth.authenticate("header", { session: true }), (_req, res) => {
    res.json({ ok: true });
  });
  application.get("/me", (req, res) => {
    const user = req.user as { id: string } | undefined;
    res.status(user === undefined ? 401 : 200).json({ user: user?.id });
  });
  application.post("/visit", (req, res) => {
    (req.session as unknown as Record<string, unknown>).visited = true;
    res.json({ ok: true });
  });
  // Writes Passport's layout onto the session ID the browser already has (no regenerate).
  application.post("/claim/:user", (req, res) => {
    (req.session as unknown as Record<string, unknown>).passport = { user: req.params.user };
    res.json({ ok: true });
  });
  application.use(sessionErrorHandler);
  return application;
}

beforeAll(async () => {
  redis = await RedisServer.start();
  const admin = redis.admin();
  await createUser([admin], ENTRA_OID, ["token"], GRANTS.azureCache("sess:"));
  admin.disconnect();
  platform = await connectPlatform(azureOutputs({ port: redis.port }), {
    entra: { credential: entraCredential("token") },
    loadKeys: false,
  });
  if (platform.sessions === undefined) throw new Error("no session store");
  app = passportApp(new RedisSessionStore(platform.sessions));
});
afterAll(async () => {
  await platform?.close();
  await redis?.dispose();
});

async function login(user: string): Promise<string> {
  const response = await call(app, "post", "/login").set("x-test-user", user).expect(200);
  const cookie = sessionCookie(response);
  if (cookie === undefined) throw new Error("no cookie");
  return cookie;
}

describe("GIVEN an app that signs users in with Passport (session.passport.user)", () => {
  it("WHEN the user is revoked everywhere THEN every Passport session of the user is signed out", async () => {
    const laptop = await login("carol");
    const phone = await login("carol");
    const listed = await platform.sessions?.listForUser("carol");
    const revoked = await platform.sessions?.destroyAllForUser("carol");
    const after = [
      (await call(app, "get", "/me", laptop)).status,
      (await call(app, "get", "/me", phone)).status,
    ];
    expect([listed?.length, revoked, after]).toEqual([2, 2, [401, 401]]);
  });

  it("WHEN a user is written into an existing session ID THEN the write is refused (fixation check)", async () => {
    const anonymous = sessionCookie(await call(app, "post", "/visit").expect(200));
    const claim = await call(app, "post", "/claim/mallory", anonymous);
    const me = await call(app, "get", "/me", anonymous);
    expect([claim.status, claim.body.error, me.status]).toEqual([400, "SessionUserChangeError", 401]);
  });
});
