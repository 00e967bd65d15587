import { SessionStoreUnavailableError } from "../errors.js";
import { LuaScript } from "../redis/eval.js";
import type { StoreContext } from "./context.js";
import { sessionKey } from "./keys.js";
import { CREATE, DESTROY, GET, ROTATE, SAVE, TAKE, TOUCH } from "./lua/session.js";
import { CLEANUP, LIST, REVOKE_ALL, REVOKE_OTHERS } from "./lua/users.js";

/** The scripts, hashed once. */
export const scripts = {
  get: new LuaScript(GET),
  touch: new LuaScript(TOUCH),
  create: new LuaScript(CREATE),
  save: new LuaScript(SAVE),
  rotate: new LuaScript(ROTATE),
  take: new LuaScript(TAKE),
  destroy: new LuaScript(DESTROY),
  revokeAll: new LuaScript(REVOKE_ALL),
  revokeOthers: new LuaScript(REVOKE_OTHERS),
  cleanup: new LuaScript(CLEANUP),
  list: new LuaScript(LIST),
} as const;

/** Attempts of a sign-in whose user's index keeps changing under it (cap checks only). */
const ADMIT_ATTEMPTS = 8;

/**
 * Runs a script that lists a signed-in session in its user's index. With a per-user cap the
 * script must see every session it counts, so the client first reads the index and declares
 * its members' keys; when the index changed in between, the script answers -4 and this retries.
 */
export async function admitting(
  ctx: StoreContext,
  index: string,
  user: string,
  attempt: (keys: string[], ids: string[]) => Promise<unknown[]>,
): Promise<unknown[]> {
  for (let tries = 1; ; tries++) {
    const ids = ctx.cap > 0 && user !== "" ? await ctx.members(index) : [];
    const reply = await attempt(
      ids.map((id) => sessionKey(ctx.prefix, id)),
      ids,
    );
    if (reply[0] !== -4) {
      return reply;
    }
    if (tries >= ADMIT_ATTEMPTS) {
      throw new SessionStoreUnavailableError("unknown", {
        cause: new Error("the user's session index kept changing during sign-in"),
      });
    }
  }
}
