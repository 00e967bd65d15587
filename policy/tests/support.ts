import type { CheckedResource, ResourceRule } from "../rules/types";

/** A resource as the rules see it, with sensible defaults. */
export function resource(type: string, props: Record<string, unknown>, protect = false): CheckedResource {
  return { urn: `urn:pulumi:test::auth-platform::${type}::r`, type, name: "r", props, protect };
}

/** The messages a resource rule reports for a resource. */
export function violations(rule: ResourceRule, r: CheckedResource): string[] {
  return rule.check(r);
}

/** The AuthPlatform component's inputs as the platform registers them. */
export function platform(
  overrides: { mfaMode?: string; session?: Record<string, unknown> } = {},
): CheckedResource {
  return resource("auth-platform:index:AuthPlatform", {
    cloud: "aws",
    mfaMode: overrides.mfaMode ?? "required",
    session: {
      accessTokenSeconds: 900,
      idTokenSeconds: 900,
      refreshTokenSeconds: 86_400,
      refreshTokenRotation: true,
      idleTimeoutSeconds: 1_800,
      absoluteTimeoutSeconds: 43_200,
      ...overrides.session,
    },
    protection: { allowDeletion: false, allowReplacement: false },
  });
}
