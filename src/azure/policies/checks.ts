/**
 * Small named checks for policy settings. Each returns the checked value or records an
 * issue naming the key, the value received and what is allowed, so that one error lists
 * every mistake at once.
 */

/** Thrown by `resolveSettings` with every problem found in the settings. */
export class PolicySettingsError extends Error {
  override name = "PolicySettingsError";
  constructor(readonly issues: readonly string[]) {
    super(`invalid B2C custom policy settings:\n- ${issues.join("\n- ")}`);
  }
}

/** Collects issues while settings are resolved. */
export class Issues {
  readonly list: string[] = [];

  add(path: string, rule: string, received: unknown): void {
    this.list.push(`${path}: ${rule}; received ${show(received)}`);
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new PolicySettingsError(this.list);
  }
}

function show(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  return JSON.stringify(value) ?? String(value);
}

// Characters XML 1.0 cannot carry, plus the other C0/C1 controls: never useful in a policy.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/;

export const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export function integerInRange(
  issues: Issues,
  path: string,
  value: number,
  min: number,
  max: number,
  unit: string,
): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    issues.add(path, `must be a whole number of ${unit} between ${min} and ${max} (inclusive)`, value);
  }
  return value;
}

export function oneOf<T extends string>(issues: Issues, path: string, value: T, allowed: readonly T[]): T {
  if (!allowed.includes(value)) issues.add(path, `must be one of ${allowed.join(", ")}`, value);
  return value;
}

/** Free text such as a display name: 1..max characters, no control characters. */
export function text(issues: Issues, path: string, value: string | undefined, max = 256): string {
  if (typeof value !== "string" || value.trim().length === 0 || value.length > max || CONTROL.test(value)) {
    issues.add(path, `must be 1 to ${max} characters without control characters`, value);
    return "";
  }
  return value;
}

export function matches(
  issues: Issues,
  path: string,
  value: string | undefined,
  pattern: RegExp,
  rule: string,
): string {
  if (typeof value !== "string" || !pattern.test(value)) {
    issues.add(path, rule, value);
    return "";
  }
  return value;
}

export function httpsUrl(issues: Issues, path: string, value: string | undefined): string {
  let ok = false;
  if (typeof value === "string" && !/\s/.test(value)) {
    try {
      ok = new URL(value).protocol === "https:";
    } catch {
      ok = false;
    }
  }
  if (!ok) {
    issues.add(path, "must be an absolute https:// URL", value);
    return "";
  }
  return value as string;
}

/** Policy key (keyset) names as B2C stores them: `B2C_1A_` and then letters, digits, `_`, `-`, `.`. */
export const KEY_SET_NAME = /^B2C_1A_[A-Za-z0-9_.-]{1,100}$/;

export function keySetName(issues: Issues, path: string, value: string): string {
  return matches(issues, path, value, KEY_SET_NAME, "must be a policy key name like B2C_1A_GoogleSecret");
}
