import express, { type Express } from "express";
import {
  RedisSessionStore,
  requireToken,
  sessionErrorHandler,
  sessionMiddleware,
} from "../../src/express/index.js";
import type { Platform } from "../../src/platform.js";
import type { VerifiedToken } from "../../src/tokens/verifier.js";

declare module "express-session" {
  interface SessionData {
    userId?: string;
    count?: number;
  }
}

/** The cookie of the README's example: a non-default name, Secure, SameSite, HttpOnly. */
export const COOKIE_NAME = "__Host-app.sid";

/** Holds a request open until the test releases it, so two requests overlap deterministically. */
export class Gate {
  private waiting: Array<() => void> = [];
  private arrivals = 0;
  private arrived: Array<() => void> = [];

  async enter(): Promise<void> {
    this.arrivals++;
    for (const resolve of this.arrived.splice(0)) resolve();
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  async reached(count: number): Promise<void> {
    while (this.arrivals < count) {
      await new Promise<void>((resolve) => this.arrived.push(resolve));
    }
  }

  release(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}

/**
 * The README's application: express-session through `sessionMiddleware` behind a TLS-terminating
 * proxy, sign-in by a bearer token, and routes that write the session explicitly and implicitly.
 */
export function sampleApp(platform: Platform, gate: Gate, cookie: { maxAge?: number } = {}): Express {
  if (platform.sessions === undefined) throw new Error("no session store");
  const store = new RedisSessionStore(platform.sessions);
  const app = express();
  app.set("trust proxy", 1);
  app.use(
    sessionMiddleware(store, {
      name: COOKIE_NAME,
      secret: "test-cookie-signing-secret",
      cookie: { httpOnly: true, secure: true, sameSite: "lax", path: "/", ...cookie },
    }),
  );
  app.post("/login", requireToken(platform.verifier, "read"), (req, res, next) => {
    const token: VerifiedToken = res.locals.token;
    req.session.regenerate((error) => {
      if (error) return next(error);
      req.session.userId = token.subject;
      req.session.save((saveError) => (saveError ? next(saveError) : res.json({ userId: token.subject })));
    });
  });
  app.get("/me", (req, res) => {
    if (req.session.userId === undefined) {
      res.status(401).json({ error: "signed_out" });
      return;
    }
    res.json({ userId: req.session.userId, count: req.session.count ?? 0 });
  });
  app.post("/count", async (req, res, next) => {
    if (req.session.userId === undefined) {
      res.status(401).json({ error: "signed_out" });
      return;
    }
    const count = (req.session.count ?? 0) + 1;
    await gate.enter();
    req.session.count = count;
    req.session.save((error) => (error ? next(error) : res.json({ count })));
  });
  // The same write left to express-session's implicit save at the end of the response.
  app.post("/count-implicitly", async (req, res) => {
    const count = (req.session.count ?? 0) + 1;
    await gate.enter();
    req.session.count = count;
    res.json({ count });
  });
  app.post("/note/:text", (req, res) => {
    (req.session as unknown as Record<string, unknown>).note = req.params.text;
    res.json({ noted: true });
  });
  app.post("/visit", (req, res) => {
    req.session.count = (req.session.count ?? 0) + 1;
    res.json({ visits: req.session.count });
  });
  // Attaching a user to the session ID the browser already has, without regenerating it.
  app.post("/claim/:user", (req, res) => {
    req.session.userId = String(req.params.user);
    res.json({ claimed: req.params.user });
  });
  app.post("/logout", (req, res, next) => {
    req.session.destroy((error) => (error ? next(error) : res.json({ signedOut: true })));
  });
  // Sign-out written the way many applications write it.
  app.post("/logout-by-delete", (req, res) => {
    delete req.session.userId;
    res.json({ signedOut: true });
  });
  app.post("/revoke-all", async (req, res, next) => {
    const userId = req.session.userId;
    if (userId === undefined || platform.sessions === undefined) {
      res.status(401).json({ error: "signed_out" });
      return;
    }
    platform.sessions.destroyAllForUser(userId).then((revoked) => res.json({ revoked }), next);
  });
  app.use(sessionErrorHandler);
  return app;
}
