import { AAL2_SESSION, MAX_TOKEN_LIFETIME_SECONDS } from "../../src/config/rules/security";
import { statefulDeletionAllowed, statefulProtected } from "./protection";
import { type CheckedResource, prop, type ResourceRule } from "./types";

const PLATFORM = "auth-platform:index:AuthPlatform";
const OWN = "auth-platform";

/** NIST SP 800-63B AAL2 reauthentication limits: the configuration refuses anything longer too. */
export const AAL2 = AAL2_SESSION;
/** Longest access or ID token: the configuration refuses anything longer too (one definition). */
export const MAX_ACCESS_TOKEN_SECONDS = MAX_TOKEN_LIFETIME_SECONDS;

const session = (r: CheckedResource, key: string) => Number(prop(r.props, `session.${key}`));

export const mfaEnabled: ResourceRule = {
  kind: "resource",
  name: "mfa-enabled",
  description: "Multi-factor authentication is offered (identity.mfa.mode is not off).",
  enforcementLevel: "mandatory",
  source: OWN,
  resourceTypes: [PLATFORM],
  check: (r) =>
    prop(r.props, "mfaMode") === "off"
      ? ['identity.mfa.mode is "off": set "required" (AAL2) or "optional"']
      : [],
};

export const sessionTimeoutsAal2: ResourceRule = {
  kind: "resource",
  name: "session-timeouts-aal2",
  description: "Application sessions end after at most 30 minutes idle and 12 hours in all (NIST AAL2).",
  enforcementLevel: "mandatory",
  source: "NIST SP 800-63B AAL2 / OWASP Session Management",
  resourceTypes: [PLATFORM],
  check: (r) => [
    ...(session(r, "idleTimeoutSeconds") > AAL2.idleTimeoutSeconds
      ? [
          `session.idleTimeout is ${session(r, "idleTimeoutSeconds")}s: at most ${AAL2.idleTimeoutSeconds}s (30m)`,
        ]
      : []),
    ...(session(r, "absoluteTimeoutSeconds") > AAL2.absoluteTimeoutSeconds
      ? [
          `session.absoluteTimeout is ${session(r, "absoluteTimeoutSeconds")}s: at most ${AAL2.absoluteTimeoutSeconds}s (12h)`,
        ]
      : []),
  ],
};

export const shortLivedTokens: ResourceRule = {
  kind: "resource",
  name: "short-lived-tokens",
  description: "Access and ID tokens live at most one hour.",
  enforcementLevel: "mandatory",
  source: "OWASP JWT / OAuth 2.0 Security BCP",
  resourceTypes: [PLATFORM],
  check: (r) =>
    (["accessTokenSeconds", "idTokenSeconds"] as const).flatMap((key) =>
      session(r, key) > MAX_ACCESS_TOKEN_SECONDS
        ? [
            `session.${key === "accessTokenSeconds" ? "accessTokenLifetime" : "idTokenLifetime"} is ${session(r, key)}s: at most ${MAX_ACCESS_TOKEN_SECONDS}s (1h)`,
          ]
        : [],
    ),
};

export const refreshTokenRotation: ResourceRule = {
  kind: "resource",
  name: "refresh-token-rotation",
  description: "Refresh tokens are rotated on use, so a stolen one stops working.",
  enforcementLevel: "mandatory",
  source: "OAuth 2.0 Security BCP (RFC 9700) 4.14",
  resourceTypes: [PLATFORM],
  check: (r) =>
    prop(r.props, "session.refreshTokenRotation") === true
      ? []
      : ["session.refreshTokenRotation.enabled is false: set it to true"],
};

export const PROJECT_RULES = [
  statefulProtected,
  statefulDeletionAllowed,
  mfaEnabled,
  sessionTimeoutsAal2,
  shortLivedTokens,
  refreshTokenRotation,
] as const;
