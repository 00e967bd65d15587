import { type ConfigProblem, problem } from "../problems";
import type { PlatformConfig } from "../schema/root";
import { loadProblems } from "./load";
import { durationCeiling, notLongerThan } from "./range";
import { AAL2_SESSION, MAX_TOKEN_LIFETIME_SECONDS } from "./security";

/** Checks that hold on every cloud: references between sections and orderings of lifetimes. */
export function neutralProblems(config: PlatformConfig): ConfigProblem[] {
  return [
    ...scopeReferences(config),
    ...lifetimes(config),
    ...mfa(config),
    ...uniqueProviders(config),
    ...loadProblems(config),
  ];
}

function scopeReferences(config: PlatformConfig): ConfigProblem[] {
  const declared = new Set(Object.keys(config.api?.scopes ?? {}));
  const allowed =
    declared.size > 0
      ? `must be declared in api.scopes (${[...declared].join(", ")})`
      : "needs an api section that declares it in api.scopes";
  const check = (path: string, scopes: readonly string[] | undefined) =>
    (scopes ?? []).flatMap((scope, i) =>
      declared.has(scope) ? [] : [problem(`${path}[${i}]`, allowed, scope)],
    );
  return [
    ...(config.api?.routes ?? []).flatMap((route, i) => check(`api.routes[${i}].scopes`, route.scopes)),
    ...check("clients.web.scopes", config.clients.web?.scopes),
    ...check("clients.spa.scopes", config.clients.spa?.scopes),
    ...check("clients.mobile.scopes", config.clients.mobile?.scopes),
    ...check("clients.machine.scopes", config.clients.machine?.scopes),
  ];
}

const TOKENS = "short-lived bearer tokens (OWASP; the policy pack's short-lived-tokens)";
const AAL2 = "NIST SP 800-63B AAL2 reauthentication (the policy pack's session-timeouts-aal2)";

function lifetimes(config: PlatformConfig): ConfigProblem[] {
  const s = config.session;
  return [
    ...notLongerThan(
      "session.accessTokenLifetime",
      s.accessTokenLifetime,
      "session.refreshTokenLifetime",
      s.refreshTokenLifetime,
    ),
    ...notLongerThan(
      "session.idTokenLifetime",
      s.idTokenLifetime,
      "session.refreshTokenLifetime",
      s.refreshTokenLifetime,
    ),
    ...notLongerThan("session.idleTimeout", s.idleTimeout, "session.absoluteTimeout", s.absoluteTimeout),
    ...durationCeiling(
      "session.accessTokenLifetime",
      s.accessTokenLifetime,
      MAX_TOKEN_LIFETIME_SECONDS,
      TOKENS,
    ),
    ...durationCeiling("session.idTokenLifetime", s.idTokenLifetime, MAX_TOKEN_LIFETIME_SECONDS, TOKENS),
    ...durationCeiling("session.idleTimeout", s.idleTimeout, AAL2_SESSION.idleTimeoutSeconds, AAL2),
    ...durationCeiling(
      "session.absoluteTimeout",
      s.absoluteTimeout,
      AAL2_SESSION.absoluteTimeoutSeconds,
      AAL2,
    ),
  ];
}

function mfa(config: PlatformConfig): ConfigProblem[] {
  const { mode, factors } = config.identity.mfa;
  if (mode === "off" && factors.length > 0) {
    return [problem("identity.mfa.factors", 'must be empty when identity.mfa.mode is "off"', factors)];
  }
  if (mode !== "off" && factors.length === 0) {
    return [
      problem(
        "identity.mfa.factors",
        `must list at least one factor when identity.mfa.mode is "${mode}"`,
        factors,
      ),
    ];
  }
  return [];
}

function uniqueProviders(config: PlatformConfig): ConfigProblem[] {
  const seen = new Set<string>();
  return config.identity.providers.flatMap((p, i) => {
    const key = p.name.toLowerCase();
    if (seen.has(key))
      return [problem(`identity.providers[${i}].name`, "must be unique among identity.providers", p.name)];
    seen.add(key);
    return [];
  });
}
