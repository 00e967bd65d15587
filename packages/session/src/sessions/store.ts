import { checkString } from "../config/checks.js";
import { ConfigError, SessionConflictError, SessionGoneError, SessionUserChangeError } from "../errors.js";
import type { ScriptClient } from "../redis/eval.js";
import { admitting, scripts } from "./admit.js";
import {
  buildSession,
  cookieArg,
  decode,
  encode,
  type SessionStoreOptions,
  StoreContext,
  user as userOf,
} from "./context.js";
import { isSessionId, newSessionId, sessionRef, tagOf, userTag } from "./ids.js";
import { indexKey, sessionKey } from "./keys.js";
import { rotate } from "./rotate.js";
import type { CookieOptions, Session, SessionData, SessionSummary } from "./types.js";
import { type UpdateOptions, update } from "./update.js";
import { destroyAllForUser, destroyForUser, destroyOtherSessions, listForUser } from "./users.js";

export type { SessionStoreOptions };

/**
 * Framework-free server-side sessions in Redis. Every rule (idle, absolute and cookie expiry,
 * compare-and-set, no resurrection, the per-user index that revocation removes) runs inside
 * Lua scripts on the Redis clock, each on keys of one hash slot, so it works the same on a
 * single Redis and on a Redis Cluster. Redis failures throw `SessionStoreUnavailableError`.
 */
export class SessionStore {
  readonly idleMs: number;
  readonly absoluteMs: number;
  readonly keyPrefix: string;
  private readonly ctx: StoreContext;

  constructor(client: ScriptClient, options: SessionStoreOptions) {
    this.ctx = new StoreContext(client, options);
    this.idleMs = this.ctx.idleMs;
    this.absoluteMs = this.ctx.absoluteMs;
    this.keyPrefix = this.ctx.prefix;
  }

  /** A new session ID: for a signed-in session it starts with the user's hash tag. */
  newId(userId?: string): string {
    return newSessionId(userId === undefined ? "" : userTag(this.keyPrefix, checkString("userId", userId)));
  }

  /** Starts a new session under a fresh CSPRNG ID (sign-in: pass `userId`). */
  create<T extends SessionData>(
    data: T,
    options: { userId?: string } & CookieOptions = {},
  ): Promise<Session<T>> {
    return this.createWithId(this.newId(options.userId), data, options);
  }

  /**
   * Starts a session under an ID the caller generated (framework adapters); a signed-in
   * session's ID must come from `newId(userId)`. Throws `SessionConflictError` when the ID exists.
   */
  async createWithId<T extends SessionData>(
    id: string,
    data: T,
    options: { userId?: string } & CookieOptions = {},
  ): Promise<Session<T>> {
    if (!isSessionId(id)) {
      throw new ConfigError("sessionId", "must be 32..128 base64url characters from a CSPRNG (use newId)");
    }
    const user = options.userId === undefined ? "" : checkString("userId", options.userId);
    if (user !== "" && tagOf(id) !== userTag(this.keyPrefix, user)) {
      throw new ConfigError("sessionId", "a signed-in session's ID must come from newId(userId)");
    }
    const body = encode(data);
    const cookie = cookieArg(options.expiresInMs);
    const index = indexKey(this.keyPrefix, tagOf(id));
    const reply = await admitting(this.ctx, index, user, (keys, ids) =>
      this.ctx.session(scripts.create, [sessionKey(this.keyPrefix, id), index, ...keys], id, [
        body,
        user,
        cookie,
        this.ctx.cap,
        ...ids,
      ]),
    );
    if (reply[0] !== 1) {
      throw new SessionConflictError(0, 1);
    }
    const now = Number(reply[1]);
    this.ctx.emit({ type: "created", ref: sessionRef(id), userId: userOf(user) });
    this.ctx.cappedOut(reply.slice(2), user);
    const hard = options.expiresInMs === undefined ? undefined : now + options.expiresInMs;
    return buildSession(this.ctx, id, user, data, 1, now, now, hard);
  }

  /** Reads a session and slides its idle timeout; undefined when absent, ended or revoked. */
  async get<T extends SessionData = SessionData>(id: string): Promise<Session<T> | undefined> {
    if (!isSessionId(id)) {
      return undefined;
    }
    const reply = await this.ctx.session(scripts.get, this.keysOf(id), id);
    if (reply[0] !== 1) {
      this.ctx.ended(id, reply);
      return undefined;
    }
    const [, data, revision, user, created, now, hard] = reply;
    return buildSession(
      this.ctx,
      id,
      String(user),
      decode<T>(data),
      Number(revision),
      Number(created),
      Number(now),
      hard === "" ? undefined : Number(hard),
    );
  }

  /**
   * Writes `session.data` if the stored revision is still `session.revision`. Throws
   * `SessionConflictError` on a stale write, `SessionGoneError` when the session ended meanwhile
   * (it is not recreated), `SessionUserChangeError` when a user would be attached to an existing
   * ID. `userId: undefined` on a signed-in session signs it out (it stays, anonymous).
   */
  async save<T extends SessionData>(
    session: Pick<Session<T>, "id" | "userId" | "data" | "revision">,
    options: CookieOptions = {},
  ): Promise<Session<T>> {
    if (!isSessionId(session.id)) {
      throw new SessionGoneError();
    }
    const user = session.userId ?? "";
    const reply = await this.ctx.session(scripts.save, this.keysOf(session.id), session.id, [
      encode(session.data),
      session.revision,
      user,
      cookieArg(options.expiresInMs),
    ]);
    const [status, created, now, previous, hard] = reply;
    if (status === 0) {
      this.ctx.ended(session.id, reply);
      throw new SessionGoneError();
    }
    if (status === -1) {
      throw new SessionConflictError(session.revision, Number(created));
    }
    if (status === -2) {
      throw new SessionUserChangeError();
    }
    if (user === "" && userOf(previous) !== undefined) {
      this.ctx.emit({
        type: "revoked",
        ref: sessionRef(session.id),
        userId: userOf(previous),
        reason: "sign-out",
      });
    }
    return buildSession(
      this.ctx,
      session.id,
      user,
      session.data,
      Number(status),
      Number(created),
      Number(now),
      hard === "" ? undefined : Number(hard),
    );
  }

  /**
   * Read-modify-write with compare-and-set, retried on conflict with jittered exponential
   * back-off. Returns undefined when the session is gone.
   */
  update<T extends SessionData>(
    id: string,
    change: (data: T) => T | Promise<T>,
    options: UpdateOptions = {},
  ): Promise<Session<T> | undefined> {
    return update(this, id, change, options);
  }

  /**
   * Moves a session to a new ID and deletes the old one: call it on sign-in (with `userId`)
   * and on every privilege change. A new user starts a new absolute window; otherwise the
   * absolute deadline is kept.
   */
  rotate<T extends SessionData = SessionData>(
    id: string,
    options: { userId?: string; expectedRevision?: number } & CookieOptions = {},
  ): Promise<Session<T>> {
    return rotate<T>(this.ctx, id, options, (...args) => buildSession(this.ctx, ...args));
  }

  /** Slides the idle timeout without reading data; false when the session is gone. */
  async touch(id: string, options: CookieOptions = {}): Promise<boolean> {
    if (!isSessionId(id)) {
      return false;
    }
    const reply = await this.ctx.session(scripts.touch, this.keysOf(id), id, [
      cookieArg(options.expiresInMs),
    ]);
    if (reply[0] !== 1) {
      this.ctx.ended(id, reply);
    }
    return reply[0] === 1;
  }

  /** Deletes one session (sign-out); true when it existed. */
  async destroy(id: string): Promise<boolean> {
    if (!isSessionId(id)) {
      return false;
    }
    const [existed, user] = await this.ctx.session(scripts.destroy, this.keysOf(id), id);
    if (existed === 1) {
      this.ctx.emit({ type: "revoked", ref: sessionRef(id), userId: userOf(user), reason: "sign-out" });
    }
    return existed === 1;
  }

  /** Revokes every session of a user at once (then deletes them in batches); returns how many existed. */
  destroyAllForUser(userId: string): Promise<number> {
    return destroyAllForUser(this.ctx, checkString("userId", userId));
  }

  /** Revokes every session of a user but `currentId` ("sign out other devices"); returns how many. */
  destroyOtherSessions(userId: string, currentId: string): Promise<number> {
    return destroyOtherSessions(this.ctx, checkString("userId", userId), currentId);
  }

  /** The user's live sessions, newest first by the Redis clock's millisecond (ties unordered), by reference (never the session IDs). */
  listForUser<T extends SessionData = SessionData>(
    userId: string,
    options: { limit?: number } = {},
  ): Promise<SessionSummary<T>[]> {
    return listForUser<T>(this.ctx, checkString("userId", userId), options.limit ?? 100);
  }

  /** Ends the user's session that `listForUser` showed as `ref`; false when there is none. */
  destroyForUser(userId: string, ref: string): Promise<boolean> {
    return destroyForUser(this.ctx, checkString("userId", userId), ref, (id) => this.destroy(id));
  }

  private keysOf(id: string): [string, string] {
    return [sessionKey(this.keyPrefix, id), indexKey(this.keyPrefix, tagOf(id))];
  }
}
