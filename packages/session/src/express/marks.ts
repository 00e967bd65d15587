/**
 * What the store remembers about an express-session object between its load and its writes,
 * kept under symbols (invisible to JSON, to express-session's change hash and to for-in).
 */
const REVISION = Symbol("auth-platform.session.revision");
const SNAPSHOT = Symbol("auth-platform.session.snapshot");
const ABANDONED = Symbol("auth-platform.session.abandoned");

function define(target: object, key: symbol, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, configurable: true, enumerable: false });
}

function read(target: object, key: symbol): unknown {
  return Object.getOwnPropertyDescriptor(target, key)?.value;
}

/** The session's content without its cookie, as compared to decide whether it changed. */
export function contentOf(session: object): string {
  return JSON.stringify(session, function (this: unknown, key, value) {
    return this === session && key === "cookie" ? undefined : value;
  });
}

/** Records that `session` matches the stored revision and content. */
export function markStored(session: object, revision: number, content = contentOf(session)): void {
  define(session, REVISION, revision);
  define(session, SNAPSHOT, content);
}

/** Copies the marks of `from` (the loaded data) onto `to` (express-session's Session object). */
export function copyMarks(from: object, to: object): void {
  for (const key of [REVISION, SNAPSHOT]) {
    const value = read(from, key);
    if (value !== undefined) {
      define(to, key, value);
    }
  }
}

export function revisionOf(session: object): number | undefined {
  const value = read(session, REVISION);
  return typeof value === "number" ? value : undefined;
}

/** True when the session differs from what was loaded or last written (new: when it holds anything). */
export function isChanged(session: object): boolean {
  const snapshot = read(session, SNAPSHOT);
  const content = contentOf(session);
  return typeof snapshot === "string" ? content !== snapshot : content !== "{}";
}

/** A write that failed and was answered with an error: express-session must not retry it. */
export function abandon(session: object): void {
  define(session, ABANDONED, true);
}

export function isAbandoned(session: object): boolean {
  return read(session, ABANDONED) === true;
}
