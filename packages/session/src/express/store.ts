import type { Request } from "express";
import session from "express-session";
import { ConfigError, SessionDataError } from "../errors.js";
import { newSessionId, tagOf, userTag } from "../sessions/ids.js";
import type { SessionStore } from "../sessions/store.js";
import type { SessionData as CoreData } from "../sessions/types.js";
import { abandon, contentOf, copyMarks, isAbandoned, isChanged, markStored, revisionOf } from "./marks.js";
import { defaultUserIdOf } from "./user.js";

type Callback<T = void> = (error?: unknown, value?: T) => void;

export interface ExpressStoreOptions {
  /**
   * Reads the signed-in user from a session, for the per-user index (revocation, listing,
   * the cap) and the fixation check. A session may not change user without a new ID.
   * @default `session.userId`, else Passport's `session.passport.user`
   */
  userIdOf?: (session: Record<string, unknown>) => string | undefined;
}

/**
 * express-session store on top of `SessionStore`. Writes are compare-and-set against the
 * revision read at the start of the request, so a concurrent write is refused (409) instead of
 * lost, and a session destroyed at sign-out is never written back by a slower request. A
 * session signed in before it was ever stored gets an ID in its user's hash slot. The cookie's
 * expiry also ends the session in Redis. Redis failures reach `next(err)` (503); the store
 * never emits "disconnect", so express-session never serves a request anonymously instead.
 */
export class RedisSessionStore extends session.Store {
  private readonly userIdOf: (session: Record<string, unknown>) => string | undefined;

  constructor(
    readonly core: SessionStore,
    options: ExpressStoreOptions = {},
  ) {
    super();
    this.userIdOf = options.userIdOf ?? defaultUserIdOf;
  }

  /** Pass as express-session's `genid`: 256-bit IDs from the OS CSPRNG. */
  readonly genid = (): string => newSessionId();

  override get(sid: string, callback: Callback<session.SessionData | null>): void {
    settle(
      this.core.get(sid).then((found) => {
        if (found === undefined) {
          return null;
        }
        const cookie = found.data.cookie;
        if (typeof cookie !== "object" || cookie === null) {
          throw new SessionDataError("it has no cookie field, so express-session did not write it");
        }
        markStored(found.data, found.revision);
        return found.data as CoreData & session.SessionData;
      }),
      callback,
    );
  }

  override createSession(req: Request, data: session.SessionData): session.Session & session.SessionData {
    const created = super.createSession(req, data);
    copyMarks(data, created);
    return created;
  }

  override set(sid: string, sess: session.SessionData, callback?: Callback): void {
    const done = callback ?? (() => undefined);
    if (isAbandoned(sess)) {
      done(); // its write already failed and was answered; express-session must not retry it
      return;
    }
    const lifetime = cookieLifetime(sess.cookie);
    if (lifetime !== undefined && lifetime <= 0) {
      this.destroy(sid, done);
      return;
    }
    const revision = revisionOf(sess);
    const content = contentOf(sess);
    const write = this.write(sid, sess, revision, content, lifetime).catch((error: unknown) => {
      abandon(sess); // the request answers with this error; no later save may retry the write
      throw error;
    });
    settle(write, done);
  }

  override touch(sid: string, sess: session.SessionData, callback?: Callback): void {
    settle(this.core.touch(sid, { expiresInMs: cookieLifetime(sess.cookie) }), callback);
  }

  override destroy(sid: string, callback?: Callback): void {
    settle(this.core.destroy(sid), callback);
  }

  private async write(
    sid: string,
    sess: session.SessionData,
    revision: number | undefined,
    content: string,
    expiresInMs: number | undefined,
  ): Promise<void> {
    const userId = this.userIdOf({ ...sess });
    if (revision !== undefined && !isChanged(sess)) {
      return; // already stored as it is (express-session saves again after an explicit save)
    }
    if (revision !== undefined) {
      const saved = await this.core.save({ id: sid, data: { ...sess }, revision, userId }, { expiresInMs });
      markStored(sess, saved.revision, content);
      return;
    }
    let target: object = sess;
    let id = sid;
    if (userId !== undefined && tagOf(sid) !== userTag(this.core.keyPrefix, userId)) {
      ({ id, target } = this.rehome(sid, sess, userId));
    }
    const created = await this.core.createWithId(id, { ...target }, { userId, expiresInMs });
    markStored(target, created.revision, content);
  }

  /**
   * A session signed in before it was ever stored (regenerate, then set the user) needs an ID
   * in its user's hash slot. Its ID has not reached the browser yet, so the request gets a new
   * one: express-session sets the cookie from `req.sessionID` when the response starts.
   */
  private rehome(sid: string, sess: session.SessionData, userId: string): { id: string; target: object } {
    const req: unknown = Object.getOwnPropertyDescriptor(sess, "req")?.value;
    if (!isRequest(req) || req.sessionID !== sid || req.session !== sess) {
      throw new ConfigError(
        "session",
        "a new signed-in session must be saved through its request (req.session.save) so it can get an ID in its user's slot",
      );
    }
    const id = this.core.newId(userId);
    req.sessionID = id;
    const target = this.createSession(req, JSON.parse(JSON.stringify(sess)));
    return { id, target };
  }
}

function isRequest(value: unknown): value is Request {
  return typeof value === "object" && value !== null && "sessionID" in value && "session" in value;
}

/** The cookie's remaining lifetime in milliseconds; undefined for a browser-session cookie. */
function cookieLifetime(cookie: unknown): number | undefined {
  const expires: unknown =
    typeof cookie === "object" && cookie !== null ? Reflect.get(cookie, "expires") : undefined;
  const date =
    expires instanceof Date ? expires : typeof expires === "string" ? new Date(expires) : undefined;
  return date === undefined || Number.isNaN(date.getTime()) ? undefined : date.getTime() - Date.now();
}

/**
 * Calls back outside the promise chain: an exception thrown by the callback stays an
 * exception of the caller's code instead of an unhandled rejection, and no exception of ours
 * can skip the callback.
 */
function settle<T>(promise: Promise<T>, callback: Callback<T> | Callback | undefined): void {
  promise.then(
    (value) => process.nextTick(() => (callback as Callback<T> | undefined)?.(null, value)),
    (error: unknown) => process.nextTick(() => callback?.(error)),
  );
}
