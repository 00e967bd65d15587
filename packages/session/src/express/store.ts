import type { Request } from "express";
import session from "express-session";
import { newSessionId } from "../sessions/ids.js";
import type { SessionData as CoreData, SessionStore } from "../sessions/store.js";

/** Where the stored revision travels with a session object; invisible to JSON and to express-session's change hash. */
const REVISION = Symbol("auth-platform.session.revision");

type Callback<T = void> = (error?: unknown, value?: T) => void;

export interface ExpressStoreOptions {
  /**
   * Reads the signed-in user from a session, for the per-user index that
   * `destroyAllForUser` uses. A session may not change user without a new ID.
   * @default (session) => session.userId when it is a string
   */
  userIdOf?: (session: Record<string, unknown>) => string | undefined;
}

/**
 * express-session store on top of `SessionStore`. Writes are compare-and-set
 * against the revision read at the start of the request, so a concurrent write
 * is refused (409) instead of lost, and a session destroyed at sign-out is never
 * written back by a slower request. Redis failures reach `next(err)` (503);
 * the store never emits "disconnect", so express-session never skips the
 * session and serves the request anonymously.
 */
export class RedisSessionStore extends session.Store {
  private readonly userIdOf: (session: Record<string, unknown>) => string | undefined;

  constructor(
    readonly core: SessionStore,
    options: ExpressStoreOptions = {},
  ) {
    super();
    this.userIdOf = options.userIdOf ?? ((s) => (typeof s.userId === "string" ? s.userId : undefined));
  }

  /** Pass as express-session's `genid`: 256-bit IDs from the OS CSPRNG. */
  readonly genid = (): string => newSessionId();

  override get(sid: string, callback: Callback<session.SessionData | null>): void {
    this.core.get(sid).then((found) => {
      if (found === undefined) {
        callback(null, null);
        return;
      }
      if (!isSessionData(found.data)) {
        callback(new Error("stored session has no cookie field: it was not written by express-session"));
        return;
      }
      Object.defineProperty(found.data, REVISION, {
        value: found.revision,
        writable: true,
        configurable: true,
      });
      callback(null, found.data);
    }, callback);
  }

  override createSession(req: Request, data: session.SessionData): session.Session & session.SessionData {
    const revision = revisionOf(data);
    const created = super.createSession(req, data);
    Object.defineProperty(created, REVISION, { value: revision, writable: true, configurable: true });
    return created;
  }

  override set(sid: string, sess: session.SessionData, callback?: Callback): void {
    const done = callback ?? (() => undefined);
    const data: CoreData = { ...sess };
    const userId = this.userIdOf(data);
    const revision = revisionOf(sess);
    const write =
      revision === undefined
        ? this.core.createWithId(sid, data, userId === undefined ? {} : { userId })
        : this.core.save({ id: sid, data, revision, userId });
    write.then((saved) => {
      Object.defineProperty(sess, REVISION, { value: saved.revision, writable: true, configurable: true });
      done();
    }, done);
  }

  override touch(sid: string, _sess: session.SessionData, callback?: Callback): void {
    this.core.touch(sid).then(
      () => callback?.(),
      (error: unknown) => callback?.(error),
    );
  }

  override destroy(sid: string, callback?: Callback): void {
    this.core.destroy(sid).then(
      () => callback?.(),
      (error: unknown) => callback?.(error),
    );
  }
}

function revisionOf(data: object): number | undefined {
  const value = Object.getOwnPropertyDescriptor(data, REVISION)?.value;
  return typeof value === "number" ? value : undefined;
}

/** express-session revives the cookie itself (`new Cookie(data.cookie)`); a plain object is what it expects. */
function isSessionData(data: CoreData): data is CoreData & session.SessionData {
  return typeof data.cookie === "object" && data.cookie !== null;
}
