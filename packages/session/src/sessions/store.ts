import type { Redis } from "ioredis";
import { checkInteger, checkString } from "../config/checks.js";
import { MAX_ABSOLUTE_TIMEOUT_SECONDS } from "../config/platform.js";
import { ConfigError, SessionConflictError, SessionGoneError, SessionUserChangeError } from "../errors.js";
import { toUnavailable } from "../redis/errors.js";
import { LuaScript } from "../redis/eval.js";
import { isSessionId, newSessionId } from "./ids.js";
import { CREATE, DESTROY, DESTROY_USER, GET_AND_TOUCH, ROTATE, SAVE, TOUCH } from "./lua.js";

export type SessionData = Record<string, unknown>;

export interface SessionStoreOptions {
  /** Prefix of every key (stack output `sessionStore.keyPrefix`). */
  keyPrefix: string;
  /** Idle timeout in seconds; slides on every read. @default 1800 (30 minutes) */
  idleTimeoutSeconds?: number;
  /** Absolute timeout in seconds from sign-in; never slides. @default 43200 (12 hours) */
  absoluteTimeoutSeconds?: number;
}

/** A session as stored. `revision` is what a later `save` must be based on. */
export interface Session<T extends SessionData = SessionData> {
  id: string;
  /** The signed-in user, or undefined for an anonymous session. */
  userId: string | undefined;
  data: T;
  revision: number;
  /** Start of the absolute window (sign-in), by the Redis clock. */
  createdAt: Date;
  /** Last read or write, by the Redis clock. */
  lastAccessAt: Date;
  /** When the session ends unless used again: the earlier of idle and absolute expiry. */
  expiresAt: Date;
  /** When the session ends at the latest. */
  absoluteExpiresAt: Date;
}

const SCRIPTS = {
  get: new LuaScript(GET_AND_TOUCH),
  touch: new LuaScript(TOUCH),
  create: new LuaScript(CREATE),
  save: new LuaScript(SAVE),
  rotate: new LuaScript(ROTATE),
  destroy: new LuaScript(DESTROY),
  destroyUser: new LuaScript(DESTROY_USER),
} as const;

/**
 * Framework-free server-side sessions in Redis. Every rule (idle and absolute
 * expiry, compare-and-set, no resurrection, per-user index) runs inside Lua
 * scripts on the Redis clock. Redis failures throw `SessionStoreUnavailableError`.
 */
export class SessionStore {
  readonly idleMs: number;
  readonly absoluteMs: number;
  readonly keyPrefix: string;

  constructor(
    private readonly redis: Redis,
    options: SessionStoreOptions,
  ) {
    this.keyPrefix = checkString("keyPrefix", options.keyPrefix);
    const idle = checkInteger(
      "idleTimeoutSeconds",
      options.idleTimeoutSeconds ?? 1800,
      1,
      MAX_ABSOLUTE_TIMEOUT_SECONDS,
    );
    const absolute = checkInteger(
      "absoluteTimeoutSeconds",
      options.absoluteTimeoutSeconds ?? 43200,
      1,
      MAX_ABSOLUTE_TIMEOUT_SECONDS,
    );
    if (idle > absolute) {
      throw new ConfigError(
        "idleTimeoutSeconds",
        `must not exceed absoluteTimeoutSeconds (${absolute}); received ${idle}`,
      );
    }
    this.idleMs = idle * 1000;
    this.absoluteMs = absolute * 1000;
  }

  /** Starts a new session under a fresh CSPRNG ID (sign-in: pass `userId`). */
  async create<T extends SessionData>(data: T, options: { userId?: string } = {}): Promise<Session<T>> {
    return this.createWithId(newSessionId(), data, options);
  }

  /**
   * Starts a session under an ID the caller generated (for framework adapters
   * such as express-session). Throws `SessionConflictError` when the ID exists.
   */
  async createWithId<T extends SessionData>(
    id: string,
    data: T,
    options: { userId?: string } = {},
  ): Promise<Session<T>> {
    if (!isSessionId(id)) {
      throw new ConfigError(
        "sessionId",
        "must be 32..128 base64url characters from a CSPRNG (use newSessionId)",
      );
    }
    const user = options.userId ?? "";
    const reply = await this.call(
      SCRIPTS.create,
      [this.sessionKey(id), this.userKey(user)],
      [id, JSON.stringify(data), user],
    );
    const [status, now] = tuple(reply);
    if (status !== 1) {
      throw new SessionConflictError(0, 1);
    }
    return this.build(id, user, data, 1, Number(now), Number(now));
  }

  /** Reads a session and slides its idle timeout; undefined when absent, expired or revoked. */
  async get<T extends SessionData = SessionData>(id: string): Promise<Session<T> | undefined> {
    if (!isSessionId(id)) {
      return undefined;
    }
    const reply = await this.call(SCRIPTS.get, [this.sessionKey(id)], [id]);
    if (reply === null) {
      return undefined;
    }
    const [data, revision, user, created, now] = tuple(reply);
    return this.build(
      id,
      String(user),
      JSON.parse(String(data)),
      Number(revision),
      Number(created),
      Number(now),
    );
  }

  /**
   * Writes `session.data` if the stored revision is still `session.revision`.
   * Throws `SessionConflictError` on a stale write, `SessionGoneError` when the
   * session was destroyed or expired meanwhile (it is not recreated).
   */
  async save<T extends SessionData>(
    session: Pick<Session<T>, "id" | "userId" | "data" | "revision">,
  ): Promise<Session<T>> {
    const user = session.userId ?? "";
    const reply = await this.call(
      SCRIPTS.save,
      [this.sessionKey(session.id)],
      [session.id, JSON.stringify(session.data), session.revision, user],
    );
    const [status, created, now] = tuple(reply);
    if (status === 0) {
      throw new SessionGoneError();
    }
    if (status === -1) {
      throw new SessionConflictError(session.revision, Number(created));
    }
    if (status === -2) {
      throw new SessionUserChangeError();
    }
    return this.build(session.id, user, session.data, Number(status), Number(created), Number(now));
  }

  /**
   * Read-modify-write with compare-and-set, retried on conflict (at most
   * `attempts` times). Returns undefined when the session is gone.
   */
  async update<T extends SessionData>(
    id: string,
    change: (data: T) => T | Promise<T>,
    attempts = 5,
  ): Promise<Session<T> | undefined> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.get<T>(id);
      if (current === undefined) {
        return undefined;
      }
      try {
        return await this.save({ ...current, data: await change(current.data) });
      } catch (error) {
        if (error instanceof SessionGoneError) {
          return undefined;
        }
        if (!(error instanceof SessionConflictError) || attempt >= attempts) {
          throw error;
        }
      }
    }
  }

  /**
   * Moves a session to a new ID and deletes the old one: call it on sign-in
   * (with `userId`) and on every privilege change. A new user starts a new
   * absolute window; otherwise the absolute deadline is kept.
   */
  async rotate<T extends SessionData = SessionData>(
    id: string,
    options: { userId?: string; expectedRevision?: number } = {},
  ): Promise<Session<T>> {
    if (!isSessionId(id)) {
      throw new SessionGoneError();
    }
    const next = newSessionId();
    const user = options.userId ?? "";
    const reply = await this.call(
      SCRIPTS.rotate,
      [this.sessionKey(id), this.sessionKey(next)],
      [id, next, options.expectedRevision ?? "", options.userId === undefined ? "keep" : "set", user],
    );
    const [status, created, now, newUser] = tuple(reply);
    if (status === 0) {
      throw new SessionGoneError();
    }
    if (status === -1) {
      throw new SessionConflictError(options.expectedRevision ?? 0, Number(created));
    }
    if (status !== 1) {
      throw new Error("session ID collision: the CSPRNG produced an ID that is in use");
    }
    const moved = await this.get<T>(next);
    if (moved === undefined) {
      throw new SessionGoneError();
    }
    return {
      ...moved,
      userId: String(newUser) || undefined,
      createdAt: new Date(Number(created)),
      lastAccessAt: new Date(Number(now)),
    };
  }

  /** Slides the idle timeout without reading data; false when the session is gone. */
  async touch(id: string): Promise<boolean> {
    return isSessionId(id) && (await this.call(SCRIPTS.touch, [this.sessionKey(id)], [id])) === 1;
  }

  /** Deletes one session (sign-out); true when it existed. */
  async destroy(id: string): Promise<boolean> {
    if (!isSessionId(id)) {
      return false;
    }
    return (await this.run(SCRIPTS.destroy, [this.sessionKey(id)], [this.keyPrefix, id])) === 1;
  }

  /** Deletes every session of a user (revoke everywhere); returns how many existed. */
  async destroyAllForUser(userId: string): Promise<number> {
    const reply = await this.run(
      SCRIPTS.destroyUser,
      [this.userKey(checkString("userId", userId))],
      [this.keyPrefix],
    );
    return Number(reply);
  }

  private sessionKey(id: string): string {
    return `${this.keyPrefix}s:${id}`;
  }

  private userKey(userId: string): string {
    return `${this.keyPrefix}u:${userId}`;
  }

  private call(script: LuaScript, keys: string[], args: (string | number)[]): Promise<unknown> {
    return this.run(script, keys, [this.idleMs, this.absoluteMs, this.keyPrefix, ...args]);
  }

  private async run(script: LuaScript, keys: string[], args: (string | number)[]): Promise<unknown> {
    try {
      return await script.run(this.redis, keys, args);
    } catch (error) {
      throw toUnavailable(error);
    }
  }

  private build<T extends SessionData>(
    id: string,
    user: string,
    data: T,
    revision: number,
    created: number,
    now: number,
  ): Session<T> {
    const absoluteEnd = created + this.absoluteMs;
    return {
      id,
      userId: user === "" ? undefined : user,
      data,
      revision,
      createdAt: new Date(created),
      lastAccessAt: new Date(now),
      expiresAt: new Date(Math.min(now + this.idleMs, absoluteEnd)),
      absoluteExpiresAt: new Date(absoluteEnd),
    };
  }
}

function tuple(reply: unknown): unknown[] {
  return Array.isArray(reply) ? reply : [];
}
