import type { RequestHandler } from "express";
import session, { type SessionOptions } from "express-session";
import { saveBeforeResponse } from "./commit.js";
import type { RedisSessionStore } from "./store.js";

/**
 * express-session on the platform's store, with the settings this store relies on: its
 * 256-bit `genid`, `resave: false`, `saveUninitialized: false`, and `saveBeforeResponse` so a
 * refused write answers with its error. Everything else (cookie name, `secure`, `sameSite`,
 * `maxAge`, secrets) is yours. Use it as `app.use(sessionMiddleware(store, options))`.
 */
export function sessionMiddleware(
  store: RedisSessionStore,
  options: Omit<SessionOptions, "store" | "genid">,
): RequestHandler[] {
  return [
    session({ resave: false, saveUninitialized: false, ...options, store, genid: store.genid }),
    saveBeforeResponse(),
  ];
}
