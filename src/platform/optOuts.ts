import { awsSection } from "../config/schema/aws";
import { identitySection } from "../config/schema/identity";
import type { PlatformConfig } from "../config/schema/root";

/**
 * A setting the configuration moved away from what the defaults guarantee (README, "Security:
 * what the defaults guarantee"), recorded in the plan as a deliberate choice. The policy pack
 * reads these: a rule that holds a default guarantee is waived where the configuration chose
 * otherwise, and an advisory rule lists every such choice, so a legitimate configuration passes
 * while an edit that removes a guarantee behind the configuration's back still fails.
 */
export interface OptOut {
  /** The configuration key, as `pulumi config set --path` spells it. */
  readonly setting: string;
  /** The value chosen instead of the default. */
  readonly value: unknown;
}

/** The defaults, read from the schema itself so they cannot drift from what an empty section yields. */
const DEFAULT_IDENTITY = identitySection.parse({});
const DEFAULT_AWS = awsSection.parse({ domain: { prefix: "x" } });

const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);

/** Every default guarantee this configuration opts out of, in a fixed order. */
export function optOuts(config: PlatformConfig): OptOut[] {
  const out: OptOut[] = [];
  const add = (setting: string, value: unknown, when: boolean) => {
    if (when) out.push({ setting, value });
  };
  const { mfa, password } = config.identity;
  add("identity.mfa.mode", mfa.mode, mfa.mode !== DEFAULT_IDENTITY.mfa.mode);
  add("identity.mfa.factors", mfa.factors, !mfa.factors.includes("totp"));
  const { temporaryPasswordValidity: _t, ...passwordRules } = password;
  const { temporaryPasswordValidity: _d, ...defaultRules } = DEFAULT_IDENTITY.password;
  add(
    "identity.password",
    passwordRules,
    passwordRules.minLength < defaultRules.minLength ||
      passwordRules.historySize < defaultRules.historySize ||
      !(
        passwordRules.requireUppercase &&
        passwordRules.requireLowercase &&
        passwordRules.requireDigits &&
        passwordRules.requireSymbols
      ),
  );
  add("session.refreshTokenRotation.enabled", false, !config.session.refreshTokenRotation.enabled);
  // protection.allowDeletion is no opt-out here: the policy pack's own advisory rule
  // (stateful-deletion-allowed) names each resource it exposes, read from the component's protection.
  if (config.cloud === "aws") {
    const { aws } = config;
    add("aws.userPoolTier", aws.userPoolTier, aws.userPoolTier !== DEFAULT_AWS.userPoolTier);
    add(
      "aws.threatProtection",
      aws.threatProtection,
      differs(aws.threatProtection, DEFAULT_AWS.threatProtection),
    );
    add("aws.waf.enabled", false, !aws.waf.enabled);
  }
  if (config.cloud === "azure") {
    const store = config.azure.sessionStore;
    add(
      "azure.sessionStore.persistence",
      false,
      store !== undefined && "persistence" in store && store.persistence === false,
    );
  }
  return out;
}
