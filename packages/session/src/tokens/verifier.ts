import { type JWTPayload, type JWTVerifyOptions, jwtVerify } from "jose";
import { checkInteger, checkString } from "../config/checks.js";
import type { Cloud } from "../config/platform.js";
import { ConfigError, TokenVerificationError } from "../errors.js";
import { type AsymmetricAlgorithm, checkAlgorithms, DEFAULT_ALGORITHMS } from "./algorithms.js";
import { explainJoseError } from "./jose-errors.js";
import { JwksCache, type JwksOptions } from "./jwks.js";

/** Which token a route accepts. Cognito writes it into `token_use`. */
export const TOKEN_USES = ["access", "id"] as const;
export type TokenUse = (typeof TOKEN_USES)[number];

/** Longest accepted token: far above any real access or ID token, small enough to refuse junk cheaply. */
const MAX_TOKEN_LENGTH = 16_384;

export interface TokenVerifierOptions {
  /** Decides claim layout: Cognito (`client_id`, `token_use`, `scope`) or Azure (`aud`, `scp` / `roles`). */
  cloud: Cloud;
  /** Exact `iss` value tokens must carry. */
  issuer: string;
  /** Accepted `aud` values (for Cognito access tokens: accepted `client_id` values). */
  audiences: readonly string[];
  /** Neutral scope name → exact scope string in tokens. @default {} */
  apiScopes?: Readonly<Record<string, string>>;
  /** Which token this verifier accepts. @default "access" */
  tokenUse?: TokenUse;
  /** Accepted signature algorithms; asymmetric only. @default ["RS256"] */
  algorithms?: readonly AsymmetricAlgorithm[];
  /** Tolerated clock difference for `exp` / `nbf`, in seconds (0..300). @default 30 */
  clockSkewSeconds?: number;
  /** Where keys come from; give `openIdConfigurationUrl` (preferred) or `jwksUrl`. */
  jwks: Omit<JwksOptions, "issuer">;
}

/** What a verified token says, in neutral form. */
export interface VerifiedToken {
  subject: string | undefined;
  /** App client the token was issued to (`client_id`, `azp` or `appid`), when present. */
  clientId: string | undefined;
  /** Exact scope strings the token carries. */
  scopes: readonly string[];
  tokenUse: TokenUse;
  claims: JWTPayload;
}

/** Verifies platform tokens: signature, algorithm, issuer, audience/client_id, token_use, exp/nbf, scopes. */
export class TokenVerifier {
  private readonly jwks: JwksCache;
  private readonly algorithms: AsymmetricAlgorithm[];
  private readonly clockSkewSeconds: number;
  private readonly tokenUse: TokenUse;
  private readonly audiences: string[];
  private readonly apiScopes: Readonly<Record<string, string>>;
  private readonly joseOptions: JWTVerifyOptions;

  constructor(private readonly options: TokenVerifierOptions) {
    checkString("issuer", options.issuer);
    if (options.audiences.length === 0) {
      throw new ConfigError("audiences", "must list at least one client ID or audience; received []");
    }
    this.audiences = [...options.audiences];
    this.algorithms = checkAlgorithms("algorithms", options.algorithms ?? DEFAULT_ALGORITHMS);
    this.clockSkewSeconds = checkInteger("clockSkewSeconds", options.clockSkewSeconds ?? 30, 0, 300);
    this.tokenUse = options.tokenUse ?? "access";
    this.apiScopes = options.apiScopes ?? {};
    this.jwks = new JwksCache({ ...options.jwks, issuer: options.issuer });
    const cognitoAccess = options.cloud === "aws" && this.tokenUse === "access";
    this.joseOptions = {
      issuer: options.issuer,
      audience: cognitoAccess ? undefined : this.audiences,
      algorithms: this.algorithms,
      clockTolerance: this.clockSkewSeconds,
      requiredClaims: ["exp"],
    };
  }

  /** Fetches the issuer's keys now, so the first request does not wait for them. */
  loadKeys(): Promise<void> {
    return this.jwks.load();
  }

  /**
   * Maps neutral scope names (keys of `apiScopes`) to the exact strings tokens carry.
   * Call it once per route so that a typo fails at start-up, not per request.
   */
  scopes(...names: string[]): string[] {
    return names.map((name) => {
      const exact = this.apiScopes[name];
      if (exact === undefined) {
        throw new ConfigError(
          "scopes",
          `unknown scope name ${JSON.stringify(name)}; known: ${Object.keys(this.apiScopes).join(", ") || "(none)"}`,
        );
      }
      return exact;
    });
  }

  /**
   * Verifies `token` and checks it carries every scope in `requiredScopes` (exact
   * strings, see `scopes()`). Throws `TokenVerificationError` naming the failed check.
   */
  async verify(token: string, requiredScopes: readonly string[] = []): Promise<VerifiedToken> {
    if (typeof token !== "string" || token.length > MAX_TOKEN_LENGTH || !isCompact(token)) {
      throw new TokenVerificationError("format", "not a compact JWS (three base64url parts)");
    }
    const aws = this.options.cloud === "aws";
    let claims: JWTPayload;
    try {
      const result = await jwtVerify(token, this.jwks.getKey, this.joseOptions);
      claims = result.payload;
    } catch (error) {
      throw explainJoseError(error, token, {
        issuer: this.options.issuer,
        audiences: this.audiences,
        algorithms: this.algorithms,
        clockSkewSeconds: this.clockSkewSeconds,
      });
    }
    if (aws) {
      this.checkCognito(claims);
    } else {
      this.checkAzureUse(claims);
    }
    const scopes = scopesOf(claims, aws);
    const missing = requiredScopes.filter((scope) => !scopes.includes(scope));
    if (missing.length > 0) {
      throw new TokenVerificationError(
        "scope",
        `missing ${missing.map((s) => JSON.stringify(s)).join(", ")}; the token has ${scopes.length > 0 ? scopes.map((s) => JSON.stringify(s)).join(", ") : "no scopes"}`,
      );
    }
    return {
      subject: typeof claims.sub === "string" ? claims.sub : undefined,
      clientId: firstString(claims, ["client_id", "azp", "appid"]),
      scopes,
      tokenUse: this.tokenUse,
      claims,
    };
  }

  /**
   * AD B2C and Entra External ID write no `token_use`. Their access tokens carry the granted
   * scopes (`scp`) or, for applications, app roles (`roles`); their ID tokens carry neither
   * (Microsoft identity platform access-token and ID-token claims references; B2C token
   * overview). Without this check an ID token issued to a channel's client ID would pass the
   * audience check of an API that accepts every client ID.
   */
  private checkAzureUse(claims: JWTPayload): void {
    const scp = claims.scp;
    const roles = claims.roles;
    const access =
      (typeof scp === "string" && scp.trim() !== "") || (Array.isArray(roles) && roles.length > 0);
    if (this.tokenUse === "access" && !access) {
      throw new TokenVerificationError(
        "token_use",
        'expected "access"; received a token with neither scp nor roles (an ID token)',
      );
    }
    if (this.tokenUse === "id" && access) {
      throw new TokenVerificationError(
        "token_use",
        'expected "id"; received a token with scp or roles (an access token)',
      );
    }
  }

  private checkCognito(claims: JWTPayload): void {
    const use = claims.token_use;
    if (use !== this.tokenUse) {
      throw new TokenVerificationError(
        "token_use",
        `expected ${JSON.stringify(this.tokenUse)}; received ${use === undefined ? "no token_use claim" : JSON.stringify(use)}`,
      );
    }
    if (this.tokenUse === "access") {
      const clientId = claims.client_id;
      if (typeof clientId !== "string" || !this.audiences.includes(clientId)) {
        throw new TokenVerificationError(
          "client_id",
          `expected one of ${this.audiences.map((a) => JSON.stringify(a)).join(", ")}; received ${typeof clientId === "string" ? JSON.stringify(clientId) : "no client_id claim"}`,
        );
      }
    }
  }
}

/** Exactly two dots, checked without splitting the token. */
function isCompact(token: string): boolean {
  const first = token.indexOf(".");
  const second = first < 0 ? -1 : token.indexOf(".", first + 1);
  return second > 0 && token.indexOf(".", second + 1) < 0;
}

/**
 * Cognito writes scopes to `scope`. AD B2C and External ID write delegated scopes to `scp`,
 * and an application's permissions (the platform's app roles, named like the scopes) to
 * `roles`.
 */
function scopesOf(claims: JWTPayload, aws: boolean): string[] {
  return aws ? list(claims.scope) : [...list(claims.scp ?? claims.scope), ...list(claims.roles)];
}

function list(raw: unknown): string[] {
  if (typeof raw === "string") {
    return raw.split(" ").filter((s) => s.length > 0);
  }
  return Array.isArray(raw) ? raw.filter((s): s is string => typeof s === "string") : [];
}

function firstString(claims: JWTPayload, names: readonly string[]): string | undefined {
  for (const name of names) {
    const value = claims[name];
    if (typeof value === "string") {
      return value;
    }
  }
  return undefined;
}
