import { decodeProtectedHeader, errors } from "jose";
import { TokenVerificationError } from "../errors.js";

interface Expectations {
  issuer: string;
  audiences: readonly string[];
  algorithms: readonly string[];
  clockSkewSeconds: number;
}

/**
 * Turns a jose error into a `TokenVerificationError` that names the failed
 * check. Only header fields and claim values are quoted, never the token.
 */
export function explainJoseError(
  error: unknown,
  token: string,
  expected: Expectations,
): TokenVerificationError {
  if (error instanceof TokenVerificationError) {
    return error;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return new TokenVerificationError(
      "algorithm",
      `alg ${JSON.stringify(headerField(token, "alg"))} is not allowed; allowed: ${expected.algorithms.join(", ")}`,
    );
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return new TokenVerificationError(
      "key",
      `no single key in the issuer's key set matches kid ${JSON.stringify(headerField(token, "kid"))}`,
    );
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new TokenVerificationError("signature", "the signature does not match the issuer's key");
  }
  if (error instanceof errors.JWTExpired) {
    return new TokenVerificationError(
      "expired",
      `exp ${isoDate(error.payload.exp)} is in the past (clock skew ${expected.clockSkewSeconds} s)`,
    );
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return claimError(error, expected);
  }
  return new TokenVerificationError("format", "the token is not a well-formed signed JWT");
}

function claimError(error: errors.JWTClaimValidationFailed, expected: Expectations): TokenVerificationError {
  const payload = error.payload;
  switch (error.claim) {
    case "iss":
      return new TokenVerificationError(
        "issuer",
        `expected ${JSON.stringify(expected.issuer)}; received ${quote(payload.iss)}`,
      );
    case "aud":
      return new TokenVerificationError(
        "audience",
        `expected one of ${expected.audiences.map((a) => JSON.stringify(a)).join(", ")}; received ${quote(payload.aud)}`,
      );
    case "nbf":
      return new TokenVerificationError(
        "not_before",
        `nbf ${isoDate(payload.nbf)} is in the future (clock skew ${expected.clockSkewSeconds} s)`,
      );
    case "exp":
      return new TokenVerificationError(
        "expired",
        "the token has no valid exp claim; tokens without expiry are refused",
      );
    default:
      return new TokenVerificationError("format", `claim ${JSON.stringify(error.claim)} is ${error.reason}`);
  }
}

function headerField(token: string, name: "alg" | "kid"): string | null {
  try {
    const value = decodeProtectedHeader(token)[name];
    return typeof value === "string" ? value.slice(0, 64) : null;
  } catch {
    return null;
  }
}

function quote(value: unknown): string {
  return value === undefined ? "nothing" : JSON.stringify(value).slice(0, 200);
}

function isoDate(seconds: unknown): string {
  return typeof seconds === "number" ? new Date(seconds * 1000).toISOString() : "(missing)";
}
