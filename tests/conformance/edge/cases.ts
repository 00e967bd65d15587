/** One planned input the provider or AWS refuses: which resource, the changes (path → value), the violations. */
export type EdgeCase = [
  what: string,
  resource: string,
  changes: Record<string, unknown>,
  violations: string[],
];

/** Sets `value` at a dotted path of planned inputs (`defaultActions.0.order`); `undefined` removes it. */
export function setAt(inputs: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let at: Record<string, unknown> = inputs;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  const last = keys[keys.length - 1] ?? "";
  if (value === undefined) delete at[last];
  else at[last] = value;
}

export const LONG = (n: number) => "a".repeat(n);
