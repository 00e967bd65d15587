import {
  type PlatformFacts,
  parsePlatformFacts,
  type SessionAuthMode,
  type SessionStoreFacts,
} from "./config/platform.js";
import { ConfigError } from "./errors.js";
import { connectRedis, type RedisConnection, type RedisConnectionOptions } from "./redis/connection.js";
import { type CredentialSource, passwordCredentials } from "./redis/credentials.js";
import { type EntraOptions, entraCredentials, type TokenCredentialLike } from "./redis/entra.js";
import { type IamOptions, iamCredentials } from "./redis/iam.js";
import { SessionStore, type SessionStoreOptions } from "./sessions/store.js";
import { TokenVerifier, type TokenVerifierOptions } from "./tokens/verifier.js";

export interface PlatformOptions {
  /**
   * Accepted `aud` values (Cognito access tokens: `client_id` values).
   * @default every value of the `clientIds` output
   */
  audiences?: readonly string[];
  /** Verifier settings beyond what the outputs say (token use, algorithms, clock skew, JWKS timing). @default {} */
  verifier?: Partial<Pick<TokenVerifierOptions, "tokenUse" | "algorithms" | "clockSkewSeconds">> & {
    jwks?: Omit<TokenVerifierOptions["jwks"], "openIdConfigurationUrl" | "jwksUrl">;
  };
  /** Password for authMode "password" (from a secret store, never from source). @default undefined */
  password?: string;
  /** Credential for authMode "entra", e.g. `new DefaultAzureCredential()`. @default undefined */
  entra?: EntraOptions & { credential: TokenCredentialLike };
  /**
   * Settings for authMode "iam": the user, cache and region come from the `sessionStore`
   * output unless given here; credentials default to the AWS SDK's chain. @default undefined
   */
  iam?: Partial<IamOptions>;
  /** Connection tuning (TLS CA, timeouts, token renewal, how long to wait for the store). @default {} */
  redis?: Omit<RedisConnectionOptions, "store" | "credentials">;
  /** Session settings beyond the outputs: a per-user cap, lifecycle events. @default {} */
  sessions?: Pick<SessionStoreOptions, "maxSessionsPerUser" | "onEvent">;
  /**
   * Fetch the issuer's signing keys before resolving, so the first request does not wait for
   * them. A failure is reported through `redis.onWarning` and the keys load on first use.
   * @default true
   */
  loadKeys?: boolean;
}

/** What one `connectPlatform` call gives an application. */
export interface Platform {
  facts: PlatformFacts;
  verifier: TokenVerifier;
  /** Undefined when the stack has no session store. */
  sessions: SessionStore | undefined;
  connection: RedisConnection | undefined;
  close(): Promise<void>;
}

const CREDENTIALS: Record<
  SessionAuthMode,
  (options: PlatformOptions, store: SessionStoreFacts) => CredentialSource
> = {
  password: (options) => passwordCredentials(required("password", options.password, "password")),
  entra: (options, store) => {
    const entra = required("entra", options.entra, "entra");
    return entraCredentials(entra.credential, { ...entra, username: entra.username ?? store.username });
  },
  iam: (options, store) => {
    const iam = options.iam ?? {};
    return iamCredentials({
      ...iam,
      userId: required("iam.userId", iam.userId ?? store.username, "iam"),
      cacheName: required("iam.cacheName", iam.cacheName ?? store.cacheName, "iam"),
      region: required("iam.region", iam.region ?? store.region, "iam"),
      // The platform's AWS store is ElastiCache Serverless whenever it names its cache.
      serverless: iam.serverless ?? store.cacheName !== undefined,
    });
  },
};

/**
 * Configures token verification and the session store from the platform's stack outputs, on
 * either cloud, in one call. Resolves once the store can serve (a cluster client when the
 * outputs say the store is clustered) and the issuer's keys are loaded; rejects with
 * `SessionStoreUnavailableError` when the store does not serve within `redis.readyTimeoutMs`.
 */
export async function connectPlatform(outputs: unknown, options: PlatformOptions = {}): Promise<Platform> {
  const facts = parsePlatformFacts(outputs);
  const verifier = new TokenVerifier({
    ...options.verifier,
    cloud: facts.cloud,
    issuer: facts.issuerUrl,
    audiences: options.audiences ?? Object.values(facts.clientIds),
    apiScopes: facts.apiScopes,
    jwks: { ...options.verifier?.jwks, openIdConfigurationUrl: facts.openIdConfigurationUrl },
  });
  const warn =
    options.redis?.onWarning ?? ((message: string) => process.emitWarning(message, "SessionStoreWarning"));
  const keys =
    options.loadKeys === false
      ? Promise.resolve()
      : verifier.loadKeys().catch((error: unknown) => {
          warn(`token keys not loaded at start (they load on first use): ${String(error)}`);
        });
  const store: SessionStoreFacts | undefined = facts.sessionStore;
  if (store === undefined) {
    await keys;
    return { facts, verifier, sessions: undefined, connection: undefined, close: async () => undefined };
  }
  const [connection] = await Promise.all([
    connectRedis({ ...options.redis, store, credentials: CREDENTIALS[store.authMode](options, store) }),
    keys,
  ]);
  const sessions = new SessionStore(connection.redis, {
    ...options.sessions,
    keyPrefix: store.keyPrefix,
    idleTimeoutSeconds: store.idleTimeoutSeconds,
    absoluteTimeoutSeconds: store.absoluteTimeoutSeconds,
  });
  return { facts, verifier, sessions, connection, close: () => connection.close() };
}

function required<T>(field: string, value: T | undefined, mode: SessionAuthMode): T {
  if (value === undefined) {
    throw new ConfigError(
      field,
      `sessionStore.authMode is "${mode}": pass options.${field}; received nothing`,
    );
  }
  return value;
}
