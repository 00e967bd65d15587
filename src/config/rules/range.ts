import { type Duration, formatSeconds } from "../duration";
import { type ConfigProblem, problem } from "../problems";

/** A problem when a duration falls outside [min, max] seconds, else nothing. */
export function durationInRange(
  path: string,
  value: Duration,
  min: number,
  max: number,
  who: string,
): ConfigProblem[] {
  if (value.seconds >= min && value.seconds <= max) return [];
  return [
    problem(
      path,
      `must be between ${formatSeconds(min)} and ${formatSeconds(max)} (inclusive) for ${who}`,
      value.text,
    ),
  ];
}

/** A problem when `shorter` is longer than `longer`. */
export function notLongerThan(
  path: string,
  value: Duration,
  otherPath: string,
  other: Duration,
): ConfigProblem[] {
  if (value.seconds <= other.seconds) return [];
  return [problem(path, `must not be longer than ${otherPath} (${other.text})`, value.text)];
}

/** A problem when a duration is longer than `max` seconds, naming the reason for the ceiling. */
export function durationCeiling(path: string, value: Duration, max: number, why: string): ConfigProblem[] {
  if (value.seconds <= max) return [];
  return [problem(path, `must be at most ${formatSeconds(max)} for ${why}`, value.text)];
}
