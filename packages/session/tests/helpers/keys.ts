import { tagOf, userTag } from "../../src/sessions/ids.js";
import { indexKey, sessionKey } from "../../src/sessions/keys.js";

/** The Redis key of a session (what the admin client inspects). */
export function keyOf(prefix: string, id: string): string {
  return sessionKey(prefix, id);
}

/** The Redis key of a user's index. */
export function indexOf(prefix: string, userId: string): string {
  return indexKey(prefix, userTag(prefix, userId));
}

export { tagOf, userTag };
