import { type Demand, fmt } from "../../capacity/demand";
import { getEquivalents, SESSION_FOOTPRINT } from "../../capacity/footprint";
import { assess, type CapacityLine } from "../../capacity/model";
import type { AwsPlatformConfig } from "../../config/schema/root";
import {
  APIGW_ACCOUNT_THROTTLE,
  COGNITO_DEFAULT_QUOTAS_MAU,
  COGNITO_QUOTAS_RPS,
  ECPU_DEFINITION,
  type Quota,
  RESPOND_TO_AUTH_CHALLENGE_FACTOR,
  WAF_WEB_ACL_RPS,
} from "./limits";

const quotaLine = (quota: Quota, demand: number, demandFrom: string, region: string): CapacityLine =>
  assess({
    limit: quota.name,
    carriedBy: `account quota in ${region}${quota.adjustable ? " (adjustable)" : " (fixed)"}`,
    unit: "requests/s",
    demand,
    demandFrom,
    capacity: quota.value,
    adjustable: quota.adjustable,
    quotaCode: quota.quotaCode,
    source: quota.source,
    ...(demand > quota.value && quota.adjustable
      ? { wouldCarry: `request ${quota.quotaCode} of at least ${Math.ceil(demand)}` }
      : {}),
  });

/** Cognito's request-rate categories against sign-ins, MFA challenges, federation and refreshes. */
function cognito(d: Demand, region: string): CapacityLine[] {
  const auth = COGNITO_QUOTAS_RPS.userAuthentication;
  const challenges = d.localSignInsPerSecond * d.challengesPerLocalSignIn;
  const challengeQuota = auth.value * RESPOND_TO_AUTH_CHALLENGE_FACTOR;
  const overflow = Math.max(0, challenges - challengeQuota);
  const authDemand = d.localSignInsPerSecond + d.refreshesPerSecond + overflow;
  return [
    quotaLine(
      auth,
      authDemand,
      `${fmt(d.localSignInsPerSecond)} local sign-ins/s + ${fmt(d.refreshesPerSecond)} refreshes/s${overflow > 0 ? ` + ${fmt(overflow)} challenges/s beyond the challenge quota` : ""}`,
      region,
    ),
    assess({
      limit: "Cognito RespondToAuthChallenge requests (3x UserAuthentication)",
      carriedBy: `account quota in ${region}, three times UserAuthentication (adjustable with it)`,
      unit: "requests/s",
      demand: challenges,
      demandFrom: `${fmt(d.localSignInsPerSecond)} local sign-ins/s x ${d.challengesPerLocalSignIn} MFA challenge`,
      capacity: challengeQuota,
      adjustable: true,
      quotaCode: auth.quotaCode,
      source: auth.source,
      ...(challenges > challengeQuota
        ? {
            wouldCarry: `request ${auth.quotaCode} of at least ${Math.ceil(challenges / RESPOND_TO_AUTH_CHALLENGE_FACTOR)}`,
          }
        : {}),
    }),
    quotaLine(
      COGNITO_QUOTAS_RPS.userFederation,
      d.federatedSignInsPerSecond,
      `${fmt(d.load.peakSignInsPerSecond)} sign-ins/s x ${d.load.federatedShare} federated`,
      region,
    ),
  ];
}

function gateway(config: AwsPlatformConfig, d: Demand, region: string): CapacityLine[] {
  if (config.api === undefined) return [];
  const rate = config.api.throttling.rateLimit;
  const from = `load.peakApiRequestsPerSecond ${fmt(d.apiRequestsPerSecond)}`;
  return [
    quotaLine(APIGW_ACCOUNT_THROTTLE, d.apiRequestsPerSecond, from, region),
    assess({
      limit: "API Gateway stage throttle (rate)",
      carriedBy: `api.throttling.rateLimit = ${rate}`,
      unit: "requests/s",
      demand: d.apiRequestsPerSecond,
      demandFrom: from,
      capacity: rate,
      adjustable: true,
      configKey: "api.throttling.rateLimit",
      configValue: rate,
      wouldCarry: `at least ${Math.ceil(d.apiRequestsPerSecond)} (requests above the rate get 429)`,
      source: "the stack's own setting: the HTTP API stage's defaultRouteSettings.throttlingRateLimit",
    }),
  ];
}

function waf(config: AwsPlatformConfig, d: Demand): CapacityLine[] {
  if (!config.aws.waf.enabled) return [];
  const challenges = d.localSignInsPerSecond * d.challengesPerLocalSignIn;
  const demand = d.load.peakSignInsPerSecond + challenges + d.refreshesPerSecond;
  return [
    assess({
      limit: WAF_WEB_ACL_RPS.name,
      carriedBy: "account quota per web ACL (the user pool's web ACL)",
      unit: "requests/s",
      demand,
      demandFrom: "sign-ins + MFA challenges + refreshes reaching the user pool",
      capacity: WAF_WEB_ACL_RPS.value,
      adjustable: true,
      quotaCode: WAF_WEB_ACL_RPS.quotaCode,
      source: WAF_WEB_ACL_RPS.source,
    }),
  ];
}

/** The session store's ECPU cap and storage cap, the stack's own settings, against the measured sessions. */
function sessionStore(config: AwsPlatformConfig, d: Demand): CapacityLine[] {
  const store = config.aws.sessionStore;
  if (store === undefined) return [];
  const bytes = d.load.averageSessionBytes;
  const ecpu = Math.ceil(d.sessionGetEquivalentsPerSecond);
  const storage = d.sessionStoreGB;
  return [
    assess({
      limit: "ElastiCache Serverless ECPUs for the session traffic",
      carriedBy: `aws.sessionStore.maxEcpuPerSecond = ${store.maxEcpuPerSecond}`,
      unit: "ECPU/s",
      demand: ecpu,
      demandFrom: `${fmt(d.sessionReadsPerSecond)} session reads/s x ${fmt(getEquivalents("read", bytes))} + ${fmt(d.sessionCreatesPerSecond)} creates/s x ${fmt(getEquivalents("create", bytes))} ECPU (measured ${SESSION_FOOTPRINT.measured})`,
      capacity: store.maxEcpuPerSecond,
      adjustable: true,
      configKey: "aws.sessionStore.maxEcpuPerSecond",
      configValue: store.maxEcpuPerSecond,
      wouldCarry: `at least ${ecpu}`,
      source: ECPU_DEFINITION,
    }),
    assess({
      limit: "ElastiCache Serverless data stored (sessions)",
      carriedBy: `aws.sessionStore.maxDataStorageGb = ${store.maxDataStorageGb}`,
      unit: "GB",
      demand: storage,
      demandFrom: `${fmt(d.load.concurrentSessions)} sessions x ${fmt(d.bytesPerSession)} bytes (key, index and Redis overhead included, measured ${SESSION_FOOTPRINT.measured})`,
      capacity: store.maxDataStorageGb,
      adjustable: true,
      configKey: "aws.sessionStore.maxDataStorageGb",
      configValue: store.maxDataStorageGb,
      wouldCarry: `at least ${Math.ceil(storage)}`,
      source: "the stack's own setting: cacheUsageLimits.dataStorage.maximum (writes fail beyond it)",
    }),
  ];
}

/** Every AWS limit the load meets, in the order a reader follows a sign-in. */
export function awsLines(config: AwsPlatformConfig, d: Demand, region: string): CapacityLine[] {
  return [
    ...cognito(d, region),
    ...waf(config, d),
    ...gateway(config, d, region),
    ...sessionStore(config, d),
  ];
}

/** What the model does not hold the load against, and why. */
export function awsNotes(config: AwsPlatformConfig, d: Demand): string[] {
  const q = COGNITO_QUOTAS_RPS;
  return [
    ...(d.load.monthlyActiveUsers > COGNITO_DEFAULT_QUOTAS_MAU
      ? [
          `Cognito's default request-rate quotas support up to ${fmt(COGNITO_DEFAULT_QUOTAS_MAU)} MAUs; this load has ${fmt(d.load.monthlyActiveUsers)}: plan quota increases with AWS before launch`,
        ]
      : []),
    `${q.userCreation.name} (${q.userCreation.value}/s, ${q.userCreation.quotaCode}): the load section has no sign-up rate`,
    `${q.userToken.name} (${q.userToken.value}/s, ${q.userToken.quotaCode}, fixed): the guide does not say which calls of an OAuth client count here; the model counts refreshes in UserAuthentication, as the guide's planning example does`,
    ...(config.clients.machine
      ? [
          `${q.clientAuthentication.name} (${q.clientAuthentication.value}/s, ${q.clientAuthentication.quotaCode}): the load section has no client-credentials rate`,
        ]
      : []),
    "Cognito per-user limits (10 reads/s and 10 writes/s per user, fixed): one user cannot reach them through this load",
    "managed login per app client and per domain: no figure confirmed in the stored copies of AWS's pages; not checked",
    ...(config.aws.sessionStore === undefined
      ? ["no session store in this stack: its lines are left out"]
      : []),
    ...(config.api === undefined ? ["no api section: API Gateway is not built, its lines are left out"] : []),
  ];
}
