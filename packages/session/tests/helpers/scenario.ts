import { sessionRef } from "../../src/sessions/ids.js";
import type { SessionStore } from "../../src/sessions/store.js";

/**
 * Runs every operation of the session store once, so each Lua script and each client command
 * the library sends meets the ACL of the user it connects as. Returns what happened, in a shape
 * tests compare whole.
 */
export async function everyOperation(sessions: SessionStore, user: string): Promise<unknown> {
  const first = await sessions.create({ n: 0 }, { userId: user, expiresInMs: 600_000 });
  const read = await sessions.get<{ n: number }>(first.id);
  if (read === undefined) throw new Error("the new session is not readable");
  const saved = await sessions.save({ ...read, data: { n: 1 } });
  const updated = await sessions.update<{ n: number }>(first.id, (d) => ({ n: d.n + 1 }));
  const touched = await sessions.touch(first.id, { expiresInMs: 600_000 });
  const rotated = await sessions.rotate(first.id);
  const anonymous = await sessions.create({ cart: ["book"] });
  const signedIn = await sessions.rotate(anonymous.id, { userId: user });
  const third = await sessions.create({ device: "phone" }, { userId: user });
  const listed = await sessions.listForUser<{ n?: number; device?: string }>(user);
  const endedByRef = await sessions.destroyForUser(user, sessionRef(third.id));
  const others = await sessions.destroyOtherSessions(user, rotated.id);
  const afterOthers = [await sessions.get(signedIn.id), (await sessions.get(rotated.id))?.data];
  const signOut = await sessions.save({ ...(await must(sessions, rotated.id)), userId: undefined });
  const fourth = await sessions.create({}, { userId: user });
  const revoked = await sessions.destroyAllForUser(user);
  const temporary = await sessions.create({});
  return {
    revisions: [first.revision, saved.revision, updated?.revision],
    touched,
    rotatedKeepsData: [rotated.data, await sessions.get(first.id)],
    signedIn: [signedIn.userId, signedIn.data, await sessions.get(anonymous.id)],
    listed: listed.map((s) => s.data).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    endedByRef,
    others,
    afterOthers,
    signOut: [signOut.userId, (await sessions.get(rotated.id))?.userId],
    revoked: [revoked, await sessions.get(fourth.id)],
    destroyed: [await sessions.destroy(temporary.id), await sessions.get(temporary.id)],
  };
}

/** What `everyOperation` returns when every operation behaves. */
export const EVERY_OPERATION = {
  revisions: [1, 2, 3],
  touched: true,
  rotatedKeepsData: [{ n: 2 }, undefined],
  signedIn: ["USER", { cart: ["book"] }, undefined],
  listed: [{ cart: ["book"] }, { device: "phone" }, { n: 2 }],
  endedByRef: true,
  others: 1,
  afterOthers: [undefined, { n: 2 }],
  signOut: [undefined, undefined],
  revoked: [1, undefined],
  destroyed: [true, undefined],
};

export function expectedFor(user: string): unknown {
  return { ...EVERY_OPERATION, signedIn: [user, { cart: ["book"] }, undefined] };
}

async function must(sessions: SessionStore, id: string) {
  const found = await sessions.get(id);
  if (found === undefined) throw new Error("session unexpectedly gone");
  return found;
}
