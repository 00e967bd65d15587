/**
 * The signed-in user of an express-session object, for the per-user index (revocation,
 * listing, the cap) and the fixation check: `session.userId` when it is a string, else
 * Passport's layout, `session.passport.user` (a string, a number, or an object with an `id`).
 */
export function defaultUserIdOf(session: Record<string, unknown>): string | undefined {
  if (typeof session.userId === "string" && session.userId !== "") {
    return session.userId;
  }
  const passport = session.passport;
  if (typeof passport !== "object" || passport === null || !("user" in passport)) {
    return undefined;
  }
  const user: unknown = passport.user;
  const id = typeof user === "object" && user !== null && "id" in user ? user.id : user;
  if (typeof id === "string" && id !== "") {
    return id;
  }
  return typeof id === "number" && Number.isFinite(id) ? String(id) : undefined;
}
