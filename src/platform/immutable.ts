import type { ConfigProblem } from "../config/problems";
import { showReceived } from "../config/problems";

/**
 * A setting that cannot change on an existing stateful resource without replacing it
 * (Cognito's username attributes, a cache's zones, a tenant's domain). The platform
 * exports these as the stack output `immutableSettings` and, on the next run, refuses a
 * change unless `protection.allowReplacement` says it is meant.
 */
export interface ImmutableSetting {
  /** The config key, as `pulumi config set --path` spells it. */
  readonly path: string;
  readonly value: unknown;
  /** What a change destroys, e.g. "the Cognito user pool and every user in it". */
  readonly replaces: string;
}

/** The stack output name that carries the settings from one run to the next. */
export const IMMUTABLE_OUTPUT = "immutableSettings";

/** The settings as a plain map from config key to value, for the stack output. */
export function settingsRecord(settings: readonly ImmutableSetting[]): Record<string, unknown> {
  return Object.fromEntries(settings.map((s) => [s.path, s.value]));
}

/**
 * One problem per setting whose value differs from the last deployment's. Nothing when
 * there is no last deployment or replacement is allowed.
 */
export function replacementProblems(
  previous: Readonly<Record<string, unknown>> | undefined,
  current: readonly ImmutableSetting[],
  allowReplacement: boolean,
): ConfigProblem[] {
  if (!previous || allowReplacement) return [];
  return current.flatMap((setting) => {
    if (!(setting.path in previous)) return [];
    const before = previous[setting.path];
    if (JSON.stringify(before) === JSON.stringify(setting.value)) return [];
    return [
      {
        path: setting.path,
        message: `must stay ${showReceived(before, setting.path)} on this stack: changing it replaces ${setting.replaces}; set protection.allowReplacement: true to do so knowingly; received ${showReceived(setting.value, setting.path)}`,
      },
    ];
  });
}

/** The settings recorded by the last deployment, from its outputs; undefined before the first. */
export function previousSettings(
  previousOutputs: Readonly<Record<string, unknown>>,
): Record<string, unknown> | undefined {
  const value = previousOutputs[IMMUTABLE_OUTPUT];
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
}
