export {
  CHANNELS,
  type Channel,
  CLOUDS,
  type Cloud,
  type PlatformFacts,
  parsePlatformFacts,
  parseSessionStoreFacts,
  SESSION_AUTH_MODES,
  type SessionAuthMode,
  type SessionStoreFacts,
} from "./config/platform.js";
export * from "./errors.js";
export { connectPlatform, type Platform, type PlatformOptions } from "./platform.js";
export { connectRedis, type RedisConnection, type RedisConnectionOptions } from "./redis/connection.js";
export {
  type CredentialSource,
  keepCredentialsFresh,
  passwordCredentials,
  type RedisCredentials,
  type RenewalOptions,
} from "./redis/credentials.js";
export {
  AZURE_REDIS_SCOPE,
  type EntraOptions,
  entraCredentials,
  type TokenCredentialLike,
} from "./redis/entra.js";
export {
  type AwsCredentials,
  elastiCacheAuthToken,
  IAM_TOKEN_LIFETIME_SECONDS,
  type IamOptions,
  iamCredentials,
} from "./redis/iam.js";
export { isSessionId, newSessionId, SESSION_ID_BYTES, sessionRef } from "./sessions/ids.js";
export { SessionStore, type SessionStoreOptions } from "./sessions/store.js";
export type {
  CookieOptions,
  EndReason,
  Session,
  SessionData,
  SessionEvent,
  SessionSummary,
} from "./sessions/types.js";
export type { UpdateOptions } from "./sessions/update.js";
export * from "./tokens/alb.js";
export {
  ASYMMETRIC_ALGORITHMS,
  type AsymmetricAlgorithm,
  checkAlgorithms,
  DEFAULT_ALGORITHMS,
} from "./tokens/algorithms.js";
export { JwksCache, type JwksOptions } from "./tokens/jwks.js";
export {
  TOKEN_USES,
  type TokenUse,
  TokenVerifier,
  type TokenVerifierOptions,
  type VerifiedToken,
} from "./tokens/verifier.js";
