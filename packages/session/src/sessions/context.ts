import { checkInteger, checkString } from "../config/checks.js";
import { MAX_ABSOLUTE_TIMEOUT_SECONDS } from "../config/platform.js";
import { ConfigError, SessionDataError } from "../errors.js";
import { toUnavailable } from "../redis/errors.js";
import type { LuaScript, ScriptClient } from "../redis/eval.js";
import { sessionRef } from "./ids.js";
import type { Session, SessionData, SessionEvent } from "./types.js";

export interface SessionStoreOptions {
  /** Prefix of every key (stack output `sessionStore.keyPrefix`). */
  keyPrefix: string;
  /** Idle timeout in seconds; slides on every read. @default 1800 (30 minutes) */
  idleTimeoutSeconds?: number;
  /** Absolute timeout in seconds from sign-in; never slides. @default 43200 (12 hours) */
  absoluteTimeoutSeconds?: number;
  /**
   * At most this many sessions per user (1..1000): a sign-in beyond it ends the user's oldest
   * session (OWASP ASVS 7.6). @default undefined (no limit)
   */
  maxSessionsPerUser?: number;
  /** Receives lifecycle events; an exception it throws is ignored. @default undefined */
  onEvent?: (event: SessionEvent) => void;
}

/** What every session operation needs: the client, the layout and the timeouts. */
export class StoreContext {
  readonly prefix: string;
  readonly idleMs: number;
  readonly absoluteMs: number;
  readonly cap: number;
  private readonly listener: ((event: SessionEvent) => void) | undefined;

  constructor(
    readonly client: ScriptClient,
    options: SessionStoreOptions,
  ) {
    this.prefix = checkString("keyPrefix", options.keyPrefix);
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
    this.cap =
      options.maxSessionsPerUser === undefined
        ? 0
        : checkInteger("maxSessionsPerUser", options.maxSessionsPerUser, 1, 1000);
    this.listener = options.onEvent;
  }

  /** Runs a script; any client failure becomes `SessionStoreUnavailableError`. */
  async run(
    script: LuaScript,
    keys: readonly string[],
    args: readonly (string | number)[],
  ): Promise<unknown[]> {
    let reply: unknown;
    try {
      reply = await script.run(this.client, keys, args);
    } catch (error) {
      throw toUnavailable(error);
    }
    return Array.isArray(reply) ? reply : [reply];
  }

  /** Runs a session script: ARGV starts with the timeouts and the session ID. */
  session(
    script: LuaScript,
    keys: readonly string[],
    id: string,
    args: readonly (string | number)[] = [],
  ): Promise<unknown[]> {
    return this.run(script, keys, [this.idleMs, this.absoluteMs, id, ...args]);
  }

  /** The first `count` members of an index (all by default), lowest score first. */
  async members(indexKey: string, count = 0): Promise<string[]> {
    try {
      return await this.client.zrange(indexKey, 0, count - 1);
    } catch (error) {
      throw toUnavailable(error);
    }
  }

  emit(event: SessionEvent): void {
    try {
      this.listener?.(event);
    } catch {
      // An audit listener must not break the session operation it reports.
    }
  }

  /** Reports the sessions a sign-in ended to stay within the per-user cap. */
  cappedOut(ids: readonly unknown[], userId: string): void {
    for (const id of ids) {
      this.emit({ type: "revoked", ref: sessionRef(String(id)), userId: user(userId), reason: "cap" });
    }
  }

  /** Reports a session a script found ended ({0, reason, user}). */
  ended(id: string, reply: unknown[]): void {
    const reason = reply[1];
    if (reason === "idle" || reason === "absolute" || reason === "cookie" || reason === "revoked") {
      this.emit({ type: "expired", ref: sessionRef(id), userId: user(reply[2]), reason });
    }
  }
}

/** The empty string stands for "anonymous" inside Redis. */
export function user(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Serializes session data, which must be a plain JSON object. */
export function encode(data: unknown): string {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ConfigError("data", `session data must be a JSON object; received ${describe(data)}`);
  }
  return JSON.stringify(data);
}

/** Parses stored data; anything but a JSON object is refused, never passed on. */
export function decode<T extends SessionData>(text: unknown): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(text));
  } catch {
    throw new SessionDataError("its data is not JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new SessionDataError(`its data is ${describe(parsed)}, not a JSON object`);
  }
  return parsed as T;
}

/** A cookie's remaining lifetime as the scripts take it ('' = none or unchanged). */
export function cookieArg(expiresInMs: number | undefined): string {
  if (expiresInMs === undefined) {
    return "";
  }
  if (!Number.isFinite(expiresInMs)) {
    throw new ConfigError("expiresInMs", `must be a finite number of milliseconds; received ${expiresInMs}`);
  }
  return String(Math.max(0, Math.floor(expiresInMs)));
}

function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
}

/** A session as the store returns it, with its deadlines computed from the Redis clock. */
export function buildSession<T extends SessionData>(
  ctx: Pick<StoreContext, "idleMs" | "absoluteMs">,
  id: string,
  user: string,
  data: T,
  revision: number,
  created: number,
  now: number,
  hard: number | undefined,
): Session<T> {
  const absoluteEnd = created + ctx.absoluteMs;
  return {
    id,
    userId: user === "" ? undefined : user,
    data,
    revision,
    createdAt: new Date(created),
    lastAccessAt: new Date(now),
    expiresAt: new Date(Math.min(now + ctx.idleMs, absoluteEnd, hard ?? Number.POSITIVE_INFINITY)),
    absoluteExpiresAt: new Date(absoluteEnd),
  };
}
