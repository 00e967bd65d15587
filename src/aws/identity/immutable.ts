import type { ResolvedConfig } from "../../config/validate";
import type { ImmutableSetting } from "../../platform/immutable";

const POOL = "the Cognito user pool and every user in it";

/**
 * Settings Cognito cannot change on an existing user pool: the pool's name (from `name`)
 * and its username or alias attributes (from the sign-in identifiers); username case
 * sensitivity is fixed to insensitive.
 */
export function awsImmutableSettings(config: ResolvedConfig<"aws">): ImmutableSetting[] {
  return [
    { path: "name", value: config.name, replaces: POOL },
    {
      path: "identity.signInIdentifiers",
      value: [...config.identity.signInIdentifiers].sort(),
      replaces: POOL,
    },
  ];
}
