/**
 * Human-readable durations for token lifetimes, timeouts and retention:
 * a whole number followed by a unit, e.g. "90s", "15m", "12h", "30d".
 */
export const DURATION_UNITS = { s: 1, m: 60, h: 3_600, d: 86_400 } as const;
export type DurationUnit = keyof typeof DURATION_UNITS;

export const DURATION_PATTERN = /^([1-9][0-9]{0,5}|0)(s|m|h|d)$/;

/** A parsed duration: the text the user wrote and its length in seconds. */
export interface Duration {
  readonly text: string;
  readonly seconds: number;
}

/** Parses "15m" into `{ text: "15m", seconds: 900 }`; undefined when the text is not a duration. */
export function parseDuration(text: string): Duration | undefined {
  const match = DURATION_PATTERN.exec(text);
  if (!match) return undefined;
  const [, amount, unit] = match as unknown as [string, string, DurationUnit];
  return { text, seconds: Number(amount) * DURATION_UNITS[unit] };
}

/** Builds a duration from seconds, written in the largest unit that divides it exactly. */
export function durationOf(seconds: number): Duration {
  return { text: formatSeconds(seconds), seconds };
}

/** Formats seconds in the largest whole unit: 900 → "15m", 86400 → "1d", 90 → "90s". */
export function formatSeconds(seconds: number): string {
  for (const unit of ["d", "h", "m"] as const) {
    const size = DURATION_UNITS[unit];
    if (seconds >= size && seconds % size === 0) return `${seconds / size}${unit}`;
  }
  return `${seconds}s`;
}

/** Whole units of a duration, rounded down: `wholeUnits(d, "h")`. */
export function wholeUnits(duration: Duration, unit: DurationUnit): number {
  return Math.floor(duration.seconds / DURATION_UNITS[unit]);
}
