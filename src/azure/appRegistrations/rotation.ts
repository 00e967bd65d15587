/**
 * When the two client secrets (passwords) of each confidential app are issued and replaced.
 * Pure: the time and the last deployment's record come in, the decision goes out.
 *
 * Every confidential app holds two passwords, `a` and `b`, each valid for a year
 * (`PASSWORD_LIFETIME`). `a` is due for replacement at the start of January and July, `b` at
 * the start of April and October, so they alternate every quarter. A due password is replaced
 * only once the other one has been the published one (the `clientSecrets` output) for
 * `OVERLAP_DAYS`, and at most one per run: an application that re-reads `clientSecrets` within
 * that overlap never holds a deleted secret, however irregularly `pulumi up` runs. The issue
 * dates are carried from run to run in the `clientSecretRotation` output.
 */

export const SLOTS = ["a", "b"] as const;
export type Slot = (typeof SLOTS)[number];

/** Issue day (UTC, `YYYY-MM-DD`) of each slot's current password. */
export type RotationRecord = Readonly<Record<Slot, string>>;

/**
 * How long a password stays valid: one year (Graph's addPassword defaults to two; a tenant's
 * app management policy may allow less, and then the provider's create fails with its reason).
 */
export const PASSWORD_LIFETIME = { years: 1 } as const;
/** Months (0-based) at whose first day each slot falls due. */
export const DUE_MONTHS: Readonly<Record<Slot, readonly number[]>> = { a: [0, 6], b: [3, 9] };
/** Days the newer password is published before the older one may be replaced. */
export const OVERLAP_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of a time, in UTC. */
export function dayOf(time: Date): string {
  return time.toISOString().slice(0, 10);
}

/** Midnight UTC of a `YYYY-MM-DD` day. */
function midnight(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** The first day of the slot's latest due month at or before `now`. */
export function lastDueDay(slot: Slot, now: Date): string {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const due = [...DUE_MONTHS[slot]].reverse().find((m) => m <= month);
  const [y, m] = due === undefined ? [year - 1, Math.max(...DUE_MONTHS[slot])] : [year, due];
  return `${y}-${String(m + 1).padStart(2, "0")}-01`;
}

/** The end date the provider receives (RFC 3339): one year after the issue day. */
export function endDateOf(issued: string): string {
  const [y, m, d] = issued.split("-");
  return `${Number(y) + PASSWORD_LIFETIME.years}-${m}-${d}T00:00:00Z`;
}

/** The slot whose password is newer (published in `clientSecrets`); `a` on a tie. */
export function currentSlot(record: RotationRecord): Slot {
  return record.b > record.a ? "b" : "a";
}

/** A valid record from the last deployment's output, or undefined. */
export function parseRecord(value: unknown): RotationRecord | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { a, b } = value as Record<string, unknown>;
  const day = /^\d{4}-\d{2}-\d{2}$/;
  return typeof a === "string" && typeof b === "string" && day.test(a) && day.test(b) ? { a, b } : undefined;
}

/**
 * This run's issue days. Without a record (a new stack) both passwords are issued today.
 * Otherwise at most one is replaced, and never the published one: the other slot, when it is
 * due (issued before its slot's last due day) and the published one has been out for
 * `OVERLAP_DAYS`.
 */
export function rotate(previous: RotationRecord | undefined, now: Date): RotationRecord {
  const today = dayOf(now);
  if (previous === undefined) return { a: today, b: today };
  const published = currentSlot(previous);
  const slot = published === "a" ? "b" : "a";
  const due = previous[slot] < lastDueDay(slot, now);
  const overlapped = now.getTime() - midnight(previous[published]) >= OVERLAP_DAYS * DAY_MS;
  return due && overlapped ? { ...previous, [slot]: today } : previous;
}
