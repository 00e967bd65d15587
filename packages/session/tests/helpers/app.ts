import express, { type Express } from "express";
import session from "express-session";
import { RedisSessionStore, requireToken, sessionErrorHandler } from "../../src/express/index.js";
import type { Platform } from "../../src/platform.js";
import type { VerifiedToken } from "../../src/tokens/verifier.js";

declare module "express-session" {
  interface SessionData {
    userId?: string;
    count?: number;
  }
}

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

/** The sample application the "done when" describes. */
export function sampleApp(platform: Platform, gate: Gate): Express {
  if (platform.sessions === undefined) throw new Error("no session store");
  const store = new RedisSessionStore(platform.sessions);
  const app = express();
  app.use(
    session({
      store,
      genid: store.genid,
      secret: "test-cookie-signing-secret",
      name: "sid",
      resave: false,
      saveUninitialized: false,
      cookie: { httpOnly: true, sameSite: "lax", secure: false },
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
  app.post("/logout", (req, res, next) => {
    req.session.destroy((error) => (error ? next(error) : res.json({ signedOut: true })));
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
