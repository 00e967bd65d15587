import type { LoadConfig } from "../config/schema/load";
import type { PlatformConfig } from "../config/schema/root";
import { getEquivalents, sessionStoreGB, storedBytesPerSession } from "./footprint";

/** Seconds in the 30-day month the monthly volumes assume. */
export const SECONDS_PER_MONTH = 30 * 86_400;
/** Hours in a billing month as AWS and Azure price hourly resources (730). */
export const HOURS_PER_MONTH = 730;

/** The load section turned into what each limit meets: rates per second and monthly volumes. */
export interface Demand {
  readonly load: LoadConfig;
  readonly localSignInsPerSecond: number;
  readonly federatedSignInsPerSecond: number;
  /** MFA challenges a local sign-in answers (one when MFA is on). */
  readonly challengesPerLocalSignIn: number;
  readonly refreshesPerSecond: number;
  readonly apiRequestsPerSecond: number;
  /** Session reads (one per API request) and creates (one per sign-in) per second. */
  readonly sessionReadsPerSecond: number;
  readonly sessionCreatesPerSecond: number;
  /** Session traffic in "GETs of 1 KB" per second (see `getEquivalents`). */
  readonly sessionGetEquivalentsPerSecond: number;
  /** Redis memory per session (key, index and overhead included) and for all concurrent sessions. */
  readonly bytesPerSession: number;
  readonly sessionStoreGB: number;
  /** Share of MAUs signing in through OIDC or SAML providers (split evenly among the providers). */
  readonly oidcSamlShare: number;
  /** Monthly volume of a peak rate: peak / peakToAverageRatio × seconds in a month. */
  readonly monthly: (perSecondAtPeak: number) => number;
}

export function demandOf(config: PlatformConfig, load: LoadConfig): Demand {
  const federated = load.peakSignInsPerSecond * load.federatedShare;
  const local = load.peakSignInsPerSecond - federated;
  const providers = config.identity.providers;
  const oidcSaml = providers.filter((p) => p.type === "oidc" || p.type === "saml").length;
  const reads = load.peakApiRequestsPerSecond;
  const creates = load.peakSignInsPerSecond;
  return {
    load,
    localSignInsPerSecond: local,
    federatedSignInsPerSecond: federated,
    challengesPerLocalSignIn: config.identity.mfa.mode === "off" ? 0 : 1,
    refreshesPerSecond: load.peakTokenRefreshesPerSecond,
    apiRequestsPerSecond: reads,
    sessionReadsPerSecond: reads,
    sessionCreatesPerSecond: creates,
    sessionGetEquivalentsPerSecond:
      reads * getEquivalents("read", load.averageSessionBytes) +
      creates * getEquivalents("create", load.averageSessionBytes),
    bytesPerSession: storedBytesPerSession(load.averageSessionBytes),
    sessionStoreGB: sessionStoreGB(load.concurrentSessions, load.averageSessionBytes),
    oidcSamlShare: providers.length === 0 ? 0 : load.federatedShare * (oidcSaml / providers.length),
    monthly: (rate) => Math.round((rate / load.peakToAverageRatio) * SECONDS_PER_MONTH),
  };
}

/** A number for a sentence: at most two decimals, thousands separated. */
export function fmt(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
}
