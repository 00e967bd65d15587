import { checkString } from "../config/checks.js";
import { SessionConflictError, SessionGoneError } from "../errors.js";
import { admitting, scripts } from "./admit.js";
import { cookieArg, decode, type StoreContext, user as userOf } from "./context.js";
import { isSessionId, newSessionId, sessionRef, tagOf, userTag } from "./ids.js";
import { indexKey, sessionKey } from "./keys.js";
import type { CookieOptions, Session, SessionData } from "./types.js";

type Build = <T extends SessionData>(
  id: string,
  user: string,
  data: T,
  revision: number,
  created: number,
  now: number,
  hard: number | undefined,
) => Session<T>;

export interface RotateOptions extends CookieOptions {
  /** Sign in as this user (a new absolute window when it differs). @default keep the user */
  userId?: string;
  /** Refuse the rotation unless the session is still at this revision. @default any */
  expectedRevision?: number;
}

/**
 * Moves a session to a new ID. Keeping the user keeps the slot (the new ID has the same tag),
 * so one script moves it atomically. Signing in as a user whose tag differs moves it into
 * that user's slot in two steps: the old session is checked and deleted, then the new one is
 * created; if the second step fails the user is signed out, never left with the old ID.
 */
export async function rotate<T extends SessionData>(
  ctx: StoreContext,
  id: string,
  options: RotateOptions,
  build: Build,
): Promise<Session<T>> {
  if (!isSessionId(id)) {
    throw new SessionGoneError();
  }
  const user = options.userId === undefined ? undefined : checkString("userId", options.userId);
  const tag = user === undefined ? tagOf(id) : userTag(ctx.prefix, user);
  const next = newSessionId(tag);
  const expected = options.expectedRevision ?? "";
  const index = indexKey(ctx.prefix, tag);
  if (tag === tagOf(id)) {
    const reply = await admitting(ctx, index, user ?? "unknown until read", (keys, ids) =>
      ctx.session(
        scripts.rotate,
        [sessionKey(ctx.prefix, id), index, sessionKey(ctx.prefix, next), ...keys],
        id,
        [
          next,
          expected,
          user === undefined ? "keep" : "set",
          user ?? "",
          cookieArg(options.expiresInMs),
          ctx.cap,
          ...ids,
        ],
      ),
    );
    checkMoved(ctx, id, reply, options.expectedRevision);
    const [, created, now, newUser, data, hard, ...ended] = reply;
    return moved<T>(ctx, build, { id, next, user: String(newUser), data, created, now, hard, ended });
  }
  const taken = await ctx.session(
    scripts.take,
    [sessionKey(ctx.prefix, id), indexKey(ctx.prefix, tagOf(id))],
    id,
    [expected],
  );
  checkMoved(ctx, id, taken, options.expectedRevision);
  const [, data, , left] = taken;
  const cookie = options.expiresInMs === undefined ? String(left) : cookieArg(options.expiresInMs);
  const signedIn = user ?? "";
  const reply = await admitting(ctx, index, signedIn, (keys, ids) =>
    ctx.session(scripts.create, [sessionKey(ctx.prefix, next), index, ...keys], next, [
      String(data),
      signedIn,
      cookie,
      ctx.cap,
      ...ids,
    ]),
  );
  checkMoved(ctx, next, reply, options.expectedRevision);
  const [, now, ...ended] = reply;
  const hard = cookie === "" ? "" : Number(now) + Number(cookie);
  return moved<T>(ctx, build, { id, next, user: signedIn, data, created: now, now, hard, ended });
}

function checkMoved(ctx: StoreContext, id: string, reply: unknown[], expected: number | undefined): void {
  if (reply[0] === 0) {
    ctx.ended(id, reply);
    throw new SessionGoneError();
  }
  if (reply[0] === -1) {
    throw new SessionConflictError(expected ?? 0, Number(reply[1]));
  }
  if (reply[0] !== 1) {
    throw new Error("session ID collision: the CSPRNG produced an ID that is in use");
  }
}

function moved<T extends SessionData>(
  ctx: StoreContext,
  build: Build,
  r: {
    id: string;
    next: string;
    user: string;
    data: unknown;
    created: unknown;
    now: unknown;
    hard: unknown;
    ended: unknown[];
  },
): Session<T> {
  ctx.emit({
    type: "rotated",
    ref: sessionRef(r.next),
    previousRef: sessionRef(r.id),
    userId: userOf(r.user),
  });
  ctx.cappedOut(r.ended, r.user);
  return build(
    r.next,
    r.user,
    decode<T>(r.data),
    1,
    Number(r.created),
    Number(r.now),
    r.hard === "" ? undefined : Number(r.hard),
  );
}
