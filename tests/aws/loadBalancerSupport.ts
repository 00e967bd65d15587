import { ConfigError } from "../../src/config/problems";
import { exampleValues, settingsOf, validateStack } from "../support/harness";

export type Values = Record<string, Record<string, unknown>>;

/** The example stack with its load balancer section (or another part) changed. */
export function withValues(patch: (v: Values, lb: Record<string, unknown>) => void): Values {
  const values = structuredClone(exampleValues("aws")) as Values;
  patch(
    values,
    (values.aws as Record<string, Record<string, unknown>>).loadBalancer as Record<string, unknown>,
  );
  return values;
}

/** The problems validation reports for `values` in `region` (none when it passes). */
export async function problemsOf(values: Values, region = "ap-northeast-2") {
  try {
    await validateStack(
      settingsOf(values, { providerConfig: { "aws:region": region }, secretKeys: ["identity"] }),
    );
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

export const CERT =
  "arn:aws:acm:ap-northeast-2:123456789012:certificate/8d3f1c2a-6b5e-4f70-9a1d-2c3b4e5f6a7b";
