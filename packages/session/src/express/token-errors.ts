import type { Response } from "express";
import type { TokenCheck, TokenVerificationError } from "../errors.js";

/**
 * What a client is told: the RFC 6750 error code and a fixed sentence. The detailed message
 * (accepted client IDs, the token's scopes, the issuer's URLs) stays on the server, in
 * `res.locals.tokenError`.
 */
const DESCRIPTIONS: Record<TokenCheck, string> = {
  format: "the token is malformed",
  algorithm: "the token's signature algorithm is not accepted",
  jwks: "the issuer's signing keys are unavailable; retry later",
  key: "the token's signing key is unknown",
  signature: "the token's signature is invalid",
  issuer: "the token was not issued for this API",
  expired: "the token has expired",
  not_before: "the token is not valid yet",
  audience: "the token was not issued for this API",
  client_id: "the token was not issued for this API",
  token_use: "the token is not an access token",
  scope: "the token lacks a scope this route requires",
};

/**
 * Answers a rejected token: 401 `invalid_token` or 403 `insufficient_scope` with
 * `WWW-Authenticate` (RFC 6750), or 503 `temporarily_unavailable` with `Retry-After` when the
 * issuer's keys are unreachable. Never the detailed message.
 */
export function sendTokenError(res: Response, error: TokenVerificationError): void {
  const description = DESCRIPTIONS[error.check];
  if (error.status === 503) {
    res
      .status(503)
      .set("Retry-After", String(error.retryAfterSeconds ?? 1))
      .json({ error: "temporarily_unavailable", error_description: description });
    return;
  }
  const code = error.status === 403 ? "insufficient_scope" : "invalid_token";
  res
    .status(error.status)
    .set("WWW-Authenticate", `Bearer realm="api", error="${code}", error_description="${description}"`)
    .json({ error: code, error_description: description });
}
