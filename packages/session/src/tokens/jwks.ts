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

/** Where and how often the issuer's signing keys are fetched. */
export interface JwksOptions {
  /** The issuer; the discovery document's `issuer` must equal it. */
  issuer: string;
  /**
   * OpenID discovery document; its `jwks_uri` is where keys are fetched from.
   * @default undefined (then `jwksUrl` is used directly)
   */
  openIdConfigurationUrl?: string | undefined;
  /**
   * Key set URL, used when no discovery URL is given.
   * @default undefined
   */
  jwksUrl?: string | undefined;
  /**
   * Shortest interval between two fetches caused by an unknown `kid`, in seconds (0..3600).
   * @default 30
   */
  cooldownSeconds?: number;
  /**
   * Keys older than this are fetched again before use, in seconds (60..86400). If
   * that fetch fails the previous keys stay in use.
   * @default 600
   */
  maxAgeSeconds?: number;
  /**
   * Per-request timeout for discovery and key fetches, in milliseconds (100..60000).
   * @default 5000
   */
  timeoutMs?: number;
  /**
   * HTTP client (escape hatch for proxies or tests).
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
}

type KeyLookup = (header: JWSHeaderParameters, token: FlattenedJWSInput) => Promise<CryptoKey>;

/**
 * The issuer's JSON Web Key Set: fetched from the tenant's metadata, cached,
 * refreshed when a token names an unknown `kid` (at most once per cooldown),
 * with concurrent refreshes merged into one fetch.
 */
export class JwksCache {
  private readonly cooldownMs: number;
  private readonly maxAgeMs: number;
  private readonly timeoutMs: number;
  private readonly fetchFn: typeof fetch;
  private lookup: KeyLookup | undefined;
  private loadedAt = 0;
  private lastAttemptAt = Number.NEGATIVE_INFINITY;
  private pending: Promise<void> | undefined;
  private jwksUri: string | undefined;

  constructor(private readonly options: JwksOptions) {
    if (options.openIdConfigurationUrl === undefined && options.jwksUrl === undefined) {
      throw new ConfigError("jwks", "needs openIdConfigurationUrl or jwksUrl; received neither");
    }
    if (options.openIdConfigurationUrl !== undefined) {
      checkUrl("openIdConfigurationUrl", options.openIdConfigurationUrl);
    } else if (options.jwksUrl !== undefined) {
      this.jwksUri = checkUrl("jwksUrl", options.jwksUrl).href;
    }
    this.cooldownMs = 1000 * checkInteger("jwks.cooldownSeconds", options.cooldownSeconds ?? 30, 0, 3600);
    this.maxAgeMs = 1000 * checkInteger("jwks.maxAgeSeconds", options.maxAgeSeconds ?? 600, 60, 86400);
    this.timeoutMs = checkInteger("jwks.timeoutMs", options.timeoutMs ?? 5000, 100, 60000);
    this.fetchFn = options.fetch ?? globalThis.fetch;
  }

  /** Keys already resolved from the current key set, by `kid` and `alg`; emptied on every refresh. */
  private readonly resolved = new Map<string, CryptoKey>();

  /** Key lookup for `jose.jwtVerify`; a known key is returned without a promise hop. */
  readonly getKey = (
    header: JWSHeaderParameters,
    token: FlattenedJWSInput,
  ): CryptoKey | Promise<CryptoKey> => {
    const cached = this.resolved.get(`${header.kid}|${header.alg}`);
    if (cached !== undefined && Date.now() - this.loadedAt <= this.maxAgeMs) {
      return cached;
    }
    return this.resolve(header, token).then((key) => {
      this.resolved.set(`${header.kid}|${header.alg}`, key);
      return key;
    });
  };

  private async resolve(header: JWSHeaderParameters, token: FlattenedJWSInput): Promise<CryptoKey> {
    const now = Date.now();
    if (this.lookup === undefined) {
      await this.refresh(false);
    } else if (now - this.loadedAt > this.maxAgeMs && now - this.lastAttemptAt >= this.cooldownMs) {
      await this.refresh(true);
    }
    try {
      return await this.current()(header, token);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey) || Date.now() - this.lastAttemptAt < this.cooldownMs) {
        throw error;
      }
      await this.refresh(true);
      return await this.current()(header, token);
    }
  }

  private current(): KeyLookup {
    if (this.lookup === undefined) {
      throw new TokenVerificationError("jwks", "the issuer's signing keys could not be fetched");
    }
    return this.lookup;
  }

  /** Fetches keys once for all concurrent callers; with `tolerateFailure`, cached keys survive a failed fetch. */
  private async refresh(tolerateFailure: boolean): Promise<void> {
    this.pending ??= this.load().finally(() => {
      this.pending = undefined;
    });
    try {
      await this.pending;
    } catch (error) {
      if (!tolerateFailure || this.lookup === undefined) {
        throw error;
      }
    }
  }

  private async load(): Promise<void> {
    this.lastAttemptAt = Date.now();
    const jwksUri = this.jwksUri ?? (await this.discover());
    const body = await this.getJson(jwksUri, "key set");
    const keys = typeof body === "object" && body !== null && "keys" in body ? body.keys : undefined;
    if (!Array.isArray(keys)) {
      throw new TokenVerificationError("jwks", "the issuer's key set has no keys array");
    }
    const keySet: JSONWebKeySet = { keys };
    this.lookup = createLocalJWKSet(keySet);
    this.resolved.clear();
    this.loadedAt = Date.now();
  }

  private async discover(): Promise<string> {
    const url = this.options.openIdConfigurationUrl ?? "";
    const body = await this.getJson(url, "discovery document");
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

  private async getJson(url: string, what: string): Promise<unknown> {
    let response: Response;
    try {
      response = await this.fetchFn(url, { signal: AbortSignal.timeout(this.timeoutMs), redirect: "error" });
    } catch {
      throw new TokenVerificationError("jwks", `the issuer's ${what} at ${url} is unreachable`);
    }
    if (!response.ok) {
      throw new TokenVerificationError(
        "jwks",
        `the issuer's ${what} at ${url} answered HTTP ${response.status}`,
      );
    }
    try {
      return await response.json();
    } catch {
      throw new TokenVerificationError("jwks", `the issuer's ${what} at ${url} is not JSON`);
    }
  }
}

function field(body: unknown, name: string): unknown {
  return typeof body === "object" && body !== null
    ? Object.getOwnPropertyDescriptor(body, name)?.value
    : undefined;
}
