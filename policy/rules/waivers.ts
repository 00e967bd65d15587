import type { OptOut } from "../../src/platform/optOuts";
import type { CheckedResource, Rule, StackRule } from "./types";

const PLATFORM = "auth-platform:index:AuthPlatform";

/**
 * Which rules a deliberate opt-out in the stack configuration waives. A waived rule reports
 * nothing; `recorded-opt-outs` (advisory) names the choice instead. Only the configuration
 * records opt-outs (AuthPlatform's `optOuts` input), so a plan edited behind its back still fails.
 */
export const WAIVERS: readonly {
  readonly setting: string;
  readonly rules: readonly string[];
  readonly applies?: (value: unknown) => boolean;
}[] = [
  { setting: "identity.mfa.mode", rules: ["AwsSolutions-COG2", "mfa-required"] },
  { setting: "identity.mfa.mode", rules: ["mfa-enabled"], applies: (value) => value === "off" },
  { setting: "identity.mfa.factors", rules: ["mfa-required"] },
  { setting: "identity.password", rules: ["AwsSolutions-COG1", "password-policy"] },
  {
    setting: "session.refreshTokenRotation.enabled",
    rules: ["refresh-token-rotation", "cognito-refresh-rotation"],
  },
  { setting: "aws.userPoolTier", rules: ["AwsSolutions-COG8"] },
  { setting: "aws.threatProtection", rules: ["cognito-threat-protection-enforced"] },
  { setting: "aws.waf.enabled", rules: ["waf-sign-in-rate-limit"] },
  { setting: "azure.sessionStore.persistence", rules: ["redis-premium-persists"] },
];

/** The opt-outs the stack's configuration recorded. */
export function recordedOptOuts(resources: readonly CheckedResource[]): OptOut[] {
  const platform = resources.find((r) => r.type === PLATFORM);
  const recorded = platform?.props.optOuts;
  return Array.isArray(recorded) ? (recorded as OptOut[]) : [];
}

/** The rules the recorded opt-outs waive, each with the opt-outs that waive it. */
export function waivedRules(resources: readonly CheckedResource[]): Map<string, OptOut[]> {
  const waived = new Map<string, OptOut[]>();
  for (const optOut of recordedOptOuts(resources))
    for (const waiver of WAIVERS)
      if (waiver.setting === optOut.setting && (waiver.applies?.(optOut.value) ?? true))
        for (const rule of waiver.rules) waived.set(rule, [...(waived.get(rule) ?? []), optOut]);
  return waived;
}

/** A rule that reports nothing where the configuration recorded an opt-out that waives it. */
export function waivable(rule: Rule): Rule {
  if (!WAIVERS.some((w) => w.rules.includes(rule.name))) return rule;
  return {
    kind: "stack",
    name: rule.name,
    description: rule.description,
    enforcementLevel: rule.enforcementLevel,
    source: rule.source,
    check: (resources) => {
      if (waivedRules(resources).has(rule.name)) return [];
      if (rule.kind === "stack") return rule.check(resources);
      return resources
        .filter((r) => rule.resourceTypes === "*" || rule.resourceTypes.includes(r.type))
        .flatMap((r) => rule.check(r).map((message) => ({ urn: r.urn, message })));
    },
  };
}

/** Advisory: every default guarantee the configuration gave up, and the rules that therefore hold no more. */
export const optOutsRecorded: StackRule = {
  kind: "stack",
  name: "recorded-opt-outs",
  description:
    "The stack configuration deliberately gives up a default guarantee; the rules it waives are named.",
  enforcementLevel: "advisory",
  source: "auth-platform",
  check: (resources) => {
    const platform = resources.find((r) => r.type === PLATFORM);
    return recordedOptOuts(resources).map((optOut) => {
      const rules = WAIVERS.filter(
        (w) => w.setting === optOut.setting && (w.applies?.(optOut.value) ?? true),
      ).flatMap((w) => w.rules);
      return {
        ...(platform ? { urn: platform.urn } : {}),
        message: `${optOut.setting} is ${JSON.stringify(optOut.value)} by configuration: waives ${rules.join(", ")}`,
      };
    });
  },
};
