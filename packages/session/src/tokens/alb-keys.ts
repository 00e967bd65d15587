import { type CryptoKey, importSPKI } from "jose";
import { AlbClaimsError } from "./alb-errors.js";

/** Key IDs of the load balancer's signing keys are UUIDs; anything else never reaches the URL. */
const KID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface AlbKeyOptions {
  /** Base URL; the key of `kid` is at `<endpoint>/<kid>` (a PEM public key). */
  readonly endpoint: string;
  readonly timeoutMs: number;
  readonly maxKeys: number;
  readonly fetch: typeof fetch;
}

/**
 * The regional public keys the load balancer signs user claims with, fetched one `kid` at a
 * time, cached (keys never change under a `kid`), with concurrent fetches of one `kid` merged
 * and failures not cached.
 */
export class AlbKeys {
  private readonly keys = new Map<string, Promise<CryptoKey>>();
  /** Number of HTTP requests made, for tests and metrics. */
  fetches = 0;

  constructor(private readonly options: AlbKeyOptions) {}

  /** The ES256 public key of `kid`. @throws AlbClaimsError (`key` 401, `keys-unavailable` 503) */
  get(kid: unknown): Promise<CryptoKey> {
    if (typeof kid !== "string" || !KID.test(kid)) {
      return Promise.reject(new AlbClaimsError("format", "the header's kid is not a UUID"));
    }
    const cached = this.keys.get(kid);
    if (cached) return cached;
    const pending = this.load(kid);
    this.keys.set(kid, pending);
    pending.catch(() => this.keys.delete(kid));
    while (this.keys.size > this.options.maxKeys) {
      const oldest = this.keys.keys().next().value;
      if (oldest === undefined) break;
      this.keys.delete(oldest);
    }
    return pending;
  }

  private async load(kid: string): Promise<CryptoKey> {
    const url = `${this.options.endpoint}/${kid}`;
    this.fetches++;
    let response: Response;
    try {
      response = await this.options.fetch(url, {
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: "error",
      });
    } catch {
      throw new AlbClaimsError("keys-unavailable", `the load balancer's key endpoint ${url} is unreachable`);
    }
    if (response.status === 403 || response.status === 404) {
      throw new AlbClaimsError("key", `no public key for kid ${kid} at ${this.options.endpoint}`);
    }
    if (!response.ok) {
      throw new AlbClaimsError(
        "keys-unavailable",
        `the key endpoint ${url} answered HTTP ${response.status}`,
      );
    }
    try {
      return await importSPKI((await response.text()).trim(), "ES256");
    } catch {
      throw new AlbClaimsError("key", `the key endpoint ${url} did not return a P-256 public key in PEM`);
    }
  }
}
