/**
 * The platform's own security ceilings, defined once: the configuration refuses anything past them
 * and the policy pack's mandatory rules hold the same numbers, so a value the program accepts
 * never fails the pack and a value the pack refuses never plans.
 */

/**
 * Longest access or ID token: one hour. Bearer tokens cannot be revoked at the API gateway, so
 * they stay short-lived (OWASP JSON Web Token Cheat Sheet; OAuth 2.0 Security BCP, RFC 9700
 * 4.14; both clouds' default is one hour).
 */
export const MAX_TOKEN_LIFETIME_SECONDS = 60 * 60;

/**
 * NIST SP 800-63B AAL2 reauthentication: after 30 minutes of inactivity and 12 hours in all
 * (section 4.2.3, which OWASP's session guidance follows).
 */
export const AAL2_SESSION = { idleTimeoutSeconds: 30 * 60, absoluteTimeoutSeconds: 12 * 60 * 60 } as const;
