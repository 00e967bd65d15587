import { SessionGoneError } from "../errors.js";
import { scripts } from "./admit.js";
import { decode, type StoreContext } from "./context.js";
import { isSessionId, sessionRef, tagOf, userTag } from "./ids.js";
import { indexKey, retiredIndexKey, sessionKey } from "./keys.js";
import type { SessionData, SessionSummary } from "./types.js";

/** Sessions deleted (or listed) per script call: short enough never to block Redis for long. */
export const BATCH = 500;

/** Revokes every session of a user (one atomic rename), then deletes them in batches. */
export async function destroyAllForUser(ctx: StoreContext, userId: string): Promise<number> {
  const tag = userTag(ctx.prefix, userId);
  const retired = retiredIndexKey(ctx.prefix, tag);
  const [had] = await ctx.run(scripts.revokeAll, [indexKey(ctx.prefix, tag), retired], []);
  const count = had === 1 ? await cleanup(ctx, retired) : 0;
  ctx.emit({ type: "revoked", userId, reason: "all", count });
  return count;
}

/** Revokes every session of a user except `currentId`, which must be the user's and live. */
export async function destroyOtherSessions(
  ctx: StoreContext,
  userId: string,
  currentId: string,
): Promise<number> {
  const tag = userTag(ctx.prefix, userId);
  if (!isSessionId(currentId) || tagOf(currentId) !== tag) {
    throw new SessionGoneError();
  }
  const retired = retiredIndexKey(ctx.prefix, tag);
  const reply = await ctx.session(
    scripts.revokeOthers,
    [sessionKey(ctx.prefix, currentId), indexKey(ctx.prefix, tag), retired],
    currentId,
    [userId],
  );
  if (reply[0] !== 1) {
    ctx.ended(currentId, reply);
    throw new SessionGoneError();
  }
  const count = await cleanup(ctx, retired);
  ctx.emit({ type: "revoked", userId, reason: "others", count });
  return count;
}

/** Deletes the sessions of a retired index, a batch per call; returns how many existed. */
async function cleanup(ctx: StoreContext, retired: string): Promise<number> {
  let count = 0;
  for (;;) {
    const ids = await ctx.members(retired, BATCH);
    if (ids.length === 0) {
      return count;
    }
    const keys = ids.map((id) => sessionKey(ctx.prefix, id));
    const [deleted] = await ctx.run(scripts.cleanup, [retired, ...keys], ids);
    count += Number(deleted);
  }
}

/** The user's live sessions, newest first, read in batches. */
export async function listForUser<T extends SessionData>(
  ctx: StoreContext,
  userId: string,
  limit: number,
): Promise<SessionSummary<T>[]> {
  const index = indexKey(ctx.prefix, userTag(ctx.prefix, userId));
  const ids = (await ctx.members(index)).reverse();
  const found: SessionSummary<T>[] = [];
  for (let start = 0; start < ids.length && found.length < limit; start += BATCH) {
    const batch = ids.slice(start, start + BATCH);
    const keys = batch.map((id) => sessionKey(ctx.prefix, id));
    const flat = await ctx.run(
      scripts.list,
      [index, ...keys],
      [ctx.idleMs, ctx.absoluteMs, userId, ...batch],
    );
    for (let i = 0; i + 4 < flat.length; i += 5) {
      const [id, created, access, hard, data] = flat.slice(i, i + 5);
      const accessed = Number(access);
      found.push({
        ref: sessionRef(String(id)),
        createdAt: new Date(Number(created)),
        lastAccessAt: new Date(accessed),
        expiresAt: new Date(
          Math.min(
            accessed + ctx.idleMs,
            Number(created) + ctx.absoluteMs,
            hard === "" ? Number.POSITIVE_INFINITY : Number(hard),
          ),
        ),
        data: decode<T>(data),
      });
    }
  }
  return found.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime()).slice(0, limit);
}

/** Ends the session `listForUser` showed as `ref`. */
export async function destroyForUser(
  ctx: StoreContext,
  userId: string,
  ref: string,
  destroy: (id: string) => Promise<boolean>,
): Promise<boolean> {
  const ids = await ctx.members(indexKey(ctx.prefix, userTag(ctx.prefix, userId)));
  const id = ids.find((candidate) => sessionRef(candidate) === ref);
  return id === undefined ? false : destroy(id);
}
