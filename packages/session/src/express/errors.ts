import type { ErrorRequestHandler } from "express";
import {
  SessionConflictError,
  SessionGoneError,
  SessionStoreUnavailableError,
  SessionUserChangeError,
  TokenVerificationError,
} from "../errors.js";

const KNOWN = [
  SessionStoreUnavailableError,
  SessionConflictError,
  SessionGoneError,
  SessionUserChangeError,
  TokenVerificationError,
] as const;

/**
 * Express error handler for this library's errors: answers with the error's
 * status (503 store unavailable, 409 conflict, 401 gone, 400 user change) and
 * its message, which never holds a token or a session ID. Other errors pass on.
 */
export const sessionErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  const known = KNOWN.find((type) => error instanceof type);
  if (known === undefined || !(error instanceof Error) || res.headersSent) {
    next(error);
    return;
  }
  const status = "status" in error && typeof error.status === "number" ? error.status : 500;
  if (status === 503) {
    res.set("Retry-After", "1");
  }
  res.status(status).json({ error: error.name, message: error.message });
};
