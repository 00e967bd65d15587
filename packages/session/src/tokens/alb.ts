import { compactVerify, decodeProtectedHeader, type JWTPayload, type ProtectedHeaderParameters } from "jose";
import { checkInteger, checkString, checkUrl } from "../config/checks.js";
import { ConfigError } from "../errors.js";
import { AlbClaimsError } from "./alb-errors.js";
import { AlbKeys } from "./alb-keys.js";

export { ALB_CLAIMS_CHECKS, type AlbClaimsCheck, AlbClaimsError } from "./alb-errors.js";
export {
  ALB_SESSION_COOKIE_SHARDS,
  type AlbSignOut,
  type AlbSignOutOptions,
  albSignOut,
} from "./alb-sign-out.js";

/** The header an Application Load Balancer puts the signed user claims in. */
export const ALB_CLAIMS_HEADER = "x-amzn-oidc-data";
/** Longest header accepted: the load balancer refuses claims and token above 11 KB. */
const MAX_LENGTH = 16_384;
const LOAD_BALANCER_ARN =
  /^arn:(aws[a-z-]*):elasticloadbalancing:([a-z]{2}(?:-gov)?-[a-z]+-\d):\d{12}:loadbalancer\/app\/[^/]+\/[0-9a-f]+$/;

export interface AlbClaimsVerifierOptions {
  /** The load balancer's ARN (stack output `edgeSigner`): the only `signer` accepted. */
  signer: string;
  /** The web client's ID (`clientIds.web`): the only `client` accepted. */
  clientId: string;
  /** The user pool's issuer (`issuerUrl`): the only `iss` accepted. */
  issuer: string;
  /**
   * Where the load balancer's public keys are, `<keyEndpoint>/<kid>`.
   * @default https://public-keys.auth.elb.<region>.amazonaws.com, the region taken from `signer`
   */
  keyEndpoint?: string;
  /** Tolerated clock difference for `exp`, in seconds (0..300). @default 30 */
  clockSkewSeconds?: number;
  /** Timeout of a key fetch, in milliseconds (100..60000). @default 5000 */
  timeoutMs?: number;
  /** How many keys to keep (1..1000). @default 16 */
  maxKeys?: number;
  /** HTTP client (escape hatch for proxies or tests). @default globalThis.fetch */
  fetch?: typeof fetch;
}

/** What the load balancer vouched for. */
export interface AlbClaims {
  /** The user's `sub`. */
  subject: string;
  /** The claims from Cognito's user-info endpoint (`sub`, `email`, `username`, ...). */
  claims: JWTPayload;
  /** When the signed claims expire (`exp` of the header). */
  expiresAt: Date;
}

/**
 * Verifies the `x-amzn-oidc-data` header an Application Load Balancer sends after signing a user
 * in: ES256 only, the configured load balancer as `signer` (checked before any key is fetched,
 * so foreign tokens cost nothing), the web client as `client`, the user pool as `iss`, `exp` in
 * the future, and the signature against the regional public key of the header's `kid`. The
 * load balancer pads its base64url segments (RFC 7515 says not to); the padded form is accepted
 * and signed as sent, as AWS documents.
 */
export class AlbClaimsVerifier {
  private readonly keys: AlbKeys;
  private readonly clockSkewSeconds: number;

  constructor(private readonly options: AlbClaimsVerifierOptions) {
    const signer = checkString("signer", options.signer);
    const arn = LOAD_BALANCER_ARN.exec(signer);
    if (!arn) {
      throw new ConfigError(
        "signer",
        `must be an Application Load Balancer ARN (arn:aws:elasticloadbalancing:<region>:<account>:loadbalancer/app/<name>/<id>); received ${JSON.stringify(signer.slice(0, 120))}`,
      );
    }
    checkString("clientId", options.clientId);
    checkString("issuer", options.issuer);
    this.clockSkewSeconds = checkInteger("clockSkewSeconds", options.clockSkewSeconds ?? 30, 0, 300);
    const endpoint =
      options.keyEndpoint === undefined
        ? defaultKeyEndpoint(arn[1] ?? "", arn[2] ?? "")
        : checkUrl("keyEndpoint", options.keyEndpoint).href.replace(/\/$/, "");
    this.keys = new AlbKeys({
      endpoint,
      timeoutMs: checkInteger("timeoutMs", options.timeoutMs ?? 5000, 100, 60_000),
      maxKeys: checkInteger("maxKeys", options.maxKeys ?? 16, 1, 1000),
      fetch: options.fetch ?? globalThis.fetch,
    });
  }

  /** HTTP requests made for keys so far. */
  get keyFetches(): number {
    return this.keys.fetches;
  }

  /** Verifies the header's value. @throws AlbClaimsError naming the failed check */
  async verify(header: string | undefined): Promise<AlbClaims> {
    if (typeof header !== "string" || header.length > MAX_LENGTH || header.split(".").length !== 3) {
      throw new AlbClaimsError(
        "format",
        `the ${ALB_CLAIMS_HEADER} header is missing or not a three-part JWT`,
      );
    }
    let head: ProtectedHeaderParameters;
    try {
      head = decodeProtectedHeader(header);
    } catch {
      throw new AlbClaimsError("format", "the header's first part is not base64url-encoded JSON");
    }
    this.checkHeader(head);
    const key = await this.keys.get(head.kid);
    let payload: Uint8Array;
    try {
      payload = (await compactVerify(header, key, { algorithms: ["ES256"] })).payload;
    } catch {
      throw new AlbClaimsError("signature", "the signature does not match the load balancer's key");
    }
    const claims = parseClaims(payload);
    this.checkExpiry(claims.exp, "payload exp");
    if (claims.iss !== undefined && claims.iss !== this.options.issuer) {
      throw new AlbClaimsError(
        "issuer",
        `expected ${JSON.stringify(this.options.issuer)}; the claims carry ${quote(claims.iss)}`,
      );
    }
    if (typeof claims.sub !== "string" || claims.sub === "") {
      throw new AlbClaimsError("format", "the claims carry no sub");
    }
    return { subject: claims.sub, claims, expiresAt: new Date(Number(head.exp) * 1000) };
  }

  /** The checks that need no key: a forged or foreign header is refused before anything is fetched. */
  private checkHeader(head: ProtectedHeaderParameters): void {
    if (head.alg !== "ES256") {
      throw new AlbClaimsError(
        "algorithm",
        `alg ${quote(head.alg)} is not allowed; the load balancer signs with ES256`,
      );
    }
    if (head.signer !== this.options.signer) {
      throw new AlbClaimsError(
        "signer",
        `expected ${JSON.stringify(this.options.signer)}; received ${quote(head.signer)}`,
      );
    }
    if (head.client !== this.options.clientId) {
      throw new AlbClaimsError(
        "client",
        `expected ${JSON.stringify(this.options.clientId)}; received ${quote(head.client)}`,
      );
    }
    if (head.iss !== this.options.issuer) {
      throw new AlbClaimsError(
        "issuer",
        `expected ${JSON.stringify(this.options.issuer)}; received ${quote(head.iss)}`,
      );
    }
    this.checkExpiry(head.exp, "exp");
  }

  private checkExpiry(exp: unknown, field: string): void {
    if (exp === undefined && field !== "exp") return;
    if (typeof exp !== "number" || !Number.isFinite(exp)) {
      throw new AlbClaimsError("format", `${field} is ${quote(exp)}, not a number of seconds`);
    }
    if (exp + this.clockSkewSeconds < Date.now() / 1000) {
      throw new AlbClaimsError(
        "expired",
        `${field} ${new Date(exp * 1000).toISOString()} is in the past (clock skew ${this.clockSkewSeconds} s)`,
      );
    }
  }
}

/** The documented key endpoint of a region; GovCloud (US-West) keeps its keys in S3. */
function defaultKeyEndpoint(partition: string, region: string): string {
  if (partition === "aws") return `https://public-keys.auth.elb.${region}.amazonaws.com`;
  if (region === "us-gov-west-1") {
    return "https://s3-us-gov-west-1.amazonaws.com/aws-elb-public-keys-prod-us-gov-west-1";
  }
  throw new ConfigError(
    "keyEndpoint",
    `is required for a load balancer in ${region} (${partition}): AWS documents no key endpoint there`,
  );
}

function parseClaims(payload: Uint8Array): JWTPayload {
  try {
    const claims: unknown = JSON.parse(new TextDecoder().decode(payload));
    if (typeof claims === "object" && claims !== null && !Array.isArray(claims)) return claims as JWTPayload;
  } catch {
    // falls through
  }
  throw new AlbClaimsError("format", "the claims are not a JSON object");
}

function quote(value: unknown): string {
  return value === undefined ? "nothing" : (JSON.stringify(value) ?? String(value)).slice(0, 200);
}
