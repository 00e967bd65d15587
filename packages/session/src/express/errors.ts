import type { ErrorRequestHandler } from "express";
import {
  SessionConflictError,
  SessionDataError,
  SessionGoneError,
  SessionStoreUnavailableError,
  SessionUserChangeError,
  TokenVerificationError,
} from "../errors.js";
import { sendTokenError } from "./token-errors.js";

const SESSION_ERRORS = [
  SessionStoreUnavailableError,
  SessionConflictError,
  SessionGoneError,
  SessionUserChangeError,
  SessionDataError,
] as const;

/**
 * Express error handler for this library's errors: session errors answer with their status
 * (503 store unavailable with `Retry-After`, 409 conflict, 401 gone, 400 user change, 500
 * unusable data) and their message, which never holds a token, a session ID or configuration;
 * token errors answer as `requireToken` does. Other errors pass on.
 */
export const sessionErrorHandler: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  if (error instanceof TokenVerificationError) {
    sendTokenError(res, error);
    return;
  }
  const known = SESSION_ERRORS.find((type) => error instanceof type);
  if (
    known === undefined ||
    !(error instanceof Error) ||
    !("status" in error) ||
    typeof error.status !== "number"
  ) {
    next(error);
    return;
  }
  if (error.status === 503) {
    res.set("Retry-After", "1");
  }
  res.status(error.status).json({ error: error.name, message: error.message });
};
