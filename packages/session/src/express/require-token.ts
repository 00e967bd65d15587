import type { NextFunction, Request, RequestHandler, Response } from "express";
import { TokenVerificationError } from "../errors.js";
import type { TokenVerifier, VerifiedToken } from "../tokens/verifier.js";
import { sendTokenError } from "./token-errors.js";

/** Extracts the token of an `Authorization: Bearer <token>` header. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = header === undefined ? null : /^Bearer ([A-Za-z0-9._~+/=-]+)$/i.exec(header.trim());
  return match?.[1];
}

/**
 * Express middleware: requires a valid bearer token carrying every scope in `scopeNames`
 * (neutral names, resolved now so a typo fails at start-up). Stores the result in
 * `res.locals.token`. Answers 401 `invalid_token`, 403 `insufficient_scope` (RFC 6750, with
 * `WWW-Authenticate`) or, when the issuer's keys are unreachable, 503 with `Retry-After`.
 */
export function requireToken(verifier: TokenVerifier, ...scopeNames: string[]): RequestHandler {
  const required = verifier.scopes(...scopeNames);
  return (req: Request, res: Response, next: NextFunction) => {
    const token = bearerToken(req.headers.authorization);
    if (token === undefined) {
      res.status(401).set("WWW-Authenticate", 'Bearer realm="api"').json({ error: "invalid_request" });
      return;
    }
    verifier.verify(token, required).then(
      (verified: VerifiedToken) => {
        res.locals.token = verified;
        next();
      },
      (error: unknown) => {
        if (!(error instanceof TokenVerificationError)) {
          next(error);
          return;
        }
        res.locals.tokenError = error;
        sendTokenError(res, error);
      },
    );
  };
}
