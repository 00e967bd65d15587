import {
  type CryptoKey,
  createLocalJWKSet,
  errors,
  type FlattenedJWSInput,
  type JSONWebKeySet,
  type JWSHeaderParameters,
} from "jose";
import { checkInteger, checkUrl } from "../config/checks.js";
import { ConfigError, TokenVerificationError } from "../errors.js";
import { type FetchLimits, getJson } from "./http.js";

/** Where and how often the issuer's signing keys are fetched. */
export interface JwksOptions {
  /** The issuer; the discovery document's `issuer` must equal it. */
  issuer: string;
  /**
   * OpenID discovery document; its `jwks_uri` is where keys are fetched from.
   * @default undefined (then `jwksUrl` is used directly)
   */
  openIdConfigurationUrl?: string | undefined;
  /** Key set URL, used when no discovery URL is given. @default undefined */
  jwksUrl?: string | undefined;
  /**
   * Shortest interval between two fetches caused by an unknown `kid`, in seconds (1..3600):
   * tokens with made-up key IDs cannot make the verifier hammer the issuer.
   * @default 30
   */
  cooldownSeconds?: number;
  /**
   * Keys older than this are refreshed in the background while the cached ones keep serving,
   * in seconds (60..86400). @default 600
   */
  maxAgeSeconds?: number;
  /** Per-request timeout for discovery and key fetches, in milliseconds (100..60000). @default 5000 */
  timeoutMs?: number;
  /** Largest discovery document or key set accepted, in bytes (1024..16777216). @default 1048576 */
  maxResponseBytes?: number;
  /** HTTP client (escape hatch for proxies or tests). @default globalThis.fetch */
  fetch?: typeof fetch;
  /** Clock in milliseconds (for tests). @default Date.now */
  now?: () => number;
}

type KeyLookup = (header: JWSHeaderParameters, token: FlattenedJWSInput) => Promise<CryptoKey>;

/** Back-off after failed fetches: 1 s, doubling, at most 60 s. */
const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 60_000;

/**
 * The issuer's JSON Web Key Set: fetched from the tenant's metadata and cached. Stale keys keep
 * serving while a background fetch refreshes them; an unknown `kid` waits for a fetch at most
 * once per cooldown; concurrent fetches merge into one; after a failed fetch the next one waits
 * a doubling back-off, and meanwhile requests fail at once (503 with Retry-After).
 */
export class JwksCache {
  private readonly cooldownMs: number;
  private readonly maxAgeMs: number;
  private readonly limits: FetchLimits;
  private readonly now: () => number;
  private lookup: KeyLookup | undefined;
  private loadedAt = 0;
  private lastAttemptAt = Number.NEGATIVE_INFINITY;
  private nextAttemptAt = Number.NEGATIVE_INFINITY;
  private failures = 0;
  private pending: Promise<void> | undefined;
  private jwksUri: string | undefined;
  /** Keys already resolved from the current key set, by `kid` and `alg`; emptied on every refresh. */
  private readonly resolved = new Map<string, CryptoKey>();

  constructor(private readonly options: JwksOptions) {
    if (options.openIdConfigurationUrl === undefined && options.jwksUrl === undefined) {
      throw new ConfigError("jwks", "needs openIdConfigurationUrl or jwksUrl; received neither");
    }
    if (options.openIdConfigurationUrl !== undefined) {
      checkUrl("openIdConfigurationUrl", options.openIdConfigurationUrl);
    } else if (options.jwksUrl !== undefined) {
      this.jwksUri = checkUrl("jwksUrl", options.jwksUrl).href;
    }
    this.cooldownMs = 1000 * checkInteger("jwks.cooldownSeconds", options.cooldownSeconds ?? 30, 1, 3600);
    this.maxAgeMs = 1000 * checkInteger("jwks.maxAgeSeconds", options.maxAgeSeconds ?? 600, 60, 86400);
    this.limits = {
      timeoutMs: checkInteger("jwks.timeoutMs", options.timeoutMs ?? 5000, 100, 60000),
      maxBytes: checkInteger(
        "jwks.maxResponseBytes",
        options.maxResponseBytes ?? 1_048_576,
        1024,
        16_777_216,
      ),
      fetch: options.fetch ?? globalThis.fetch,
    };
    this.now = options.now ?? Date.now;
  }

  /** Fetches the keys now (before the first request); rejects when they cannot be fetched. */
  async load(): Promise<void> {
    await this.refresh();
  }

  /** Key lookup for `jose.jwtVerify`; a known key is returned without a promise hop. */
  readonly getKey = (
    header: JWSHeaderParameters,
    token: FlattenedJWSInput,
  ): CryptoKey | Promise<CryptoKey> => {
    const cached = this.resolved.get(`${header.kid}|${header.alg}`);
    if (cached !== undefined) {
      if (this.now() - this.loadedAt > this.maxAgeMs) {
        this.refreshInBackground();
      }
      return cached;
    }
    return this.resolve(header, token).then((key) => {
      this.resolved.set(`${header.kid}|${header.alg}`, key);
      return key;
    });
  };

  private async resolve(header: JWSHeaderParameters, token: FlattenedJWSInput): Promise<CryptoKey> {
    if (this.lookup === undefined) {
      await this.refresh();
    } else if (this.now() - this.loadedAt > this.maxAgeMs) {
      this.refreshInBackground();
    }
    const generation = this.loadedAt;
    try {
      return await this.current()(header, token);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey)) {
        throw error;
      }
      if (this.pending !== undefined) {
        await this.pending.catch(() => undefined); // a fetch is under way: wait for it
      } else if (this.loadedAt === generation) {
        const now = this.now();
        if (now - this.lastAttemptAt < this.cooldownMs || now < this.nextAttemptAt) {
          throw error;
        }
        await this.refresh();
      }
      return await this.current()(header, token);
    }
  }

  private current(): KeyLookup {
    if (this.lookup === undefined) {
      throw this.unavailable("the issuer's signing keys could not be fetched");
    }
    return this.lookup;
  }

  private refreshInBackground(): void {
    if (this.pending === undefined && this.now() >= this.nextAttemptAt) {
      this.refresh().catch(() => undefined); // the cached keys keep serving
    }
  }

  /** One fetch for all concurrent callers; refused while the back-off after a failure runs. */
  private refresh(): Promise<void> {
    if (this.pending === undefined && this.now() < this.nextAttemptAt) {
      return Promise.reject(this.unavailable("the issuer's signing keys could not be fetched"));
    }
    this.pending ??= this.fetchKeys().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async fetchKeys(): Promise<void> {
    this.lastAttemptAt = this.now();
    try {
      const jwksUri = this.jwksUri ?? (await this.discover());
      const body = await getJson(jwksUri, "key set", this.limits);
      const keys = typeof body === "object" && body !== null && "keys" in body ? body.keys : undefined;
      if (!Array.isArray(keys)) {
        throw new TokenVerificationError("jwks", "the issuer's key set has no keys array");
      }
      const keySet: JSONWebKeySet = { keys };
      this.lookup = createLocalJWKSet(keySet);
    } catch (error) {
      this.failures++;
      this.nextAttemptAt = this.now() + Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (this.failures - 1));
      throw error instanceof TokenVerificationError
        ? this.unavailable(error.message.replace(/^token rejected \(jwks\): /, ""))
        : this.unavailable("the issuer's signing keys could not be fetched");
    }
    this.failures = 0;
    this.nextAttemptAt = Number.NEGATIVE_INFINITY;
    this.resolved.clear();
    this.loadedAt = this.now();
  }

  private async discover(): Promise<string> {
    const url = this.options.openIdConfigurationUrl ?? "";
    const body = await getJson(url, "discovery document", this.limits);
    const issuer = field(body, "issuer");
    if (issuer !== this.options.issuer) {
      throw new TokenVerificationError(
        "jwks",
        `discovery document issuer ${JSON.stringify(issuer)} differs from the configured issuer ${JSON.stringify(this.options.issuer)}`,
      );
    }
    const jwksUri = field(body, "jwks_uri");
    if (typeof jwksUri !== "string") {
      throw new TokenVerificationError("jwks", "discovery document has no jwks_uri");
    }
    this.jwksUri = checkUrl("jwks_uri", jwksUri).href;
    return this.jwksUri;
  }

  /** A 503 error that says when the next fetch may happen. */
  private unavailable(message: string): TokenVerificationError {
    const wait = Math.max(1, Math.ceil((this.nextAttemptAt - this.now()) / 1000));
    return new TokenVerificationError("jwks", message, Number.isFinite(wait) ? wait : 1);
  }
}

function field(body: unknown, name: string): unknown {
  return typeof body === "object" && body !== null
    ? Object.getOwnPropertyDescriptor(body, name)?.value
    : undefined;
}
