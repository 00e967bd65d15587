import type { NextFunction, Request, RequestHandler, Response } from "express";
import { isAbandoned, isChanged } from "./marks.js";

/** Headers `res.send` / `res.json` set for the body that an error response replaces. */
const BODY_HEADERS = ["content-type", "content-length", "etag"] as const;

/**
 * Saves a changed session before the response starts. express-session saves implicitly only
 * after it has sent the status line, so a refused write (409 conflict, 401 gone, 400 user
 * change, 503 unavailable) would still answer 200. Installed after express-session, this
 * saves first and, when the write is refused, replaces the response with the error
 * (`next(err)`, e.g. to `sessionErrorHandler`). A handler that streams (`res.write`) starts
 * the response itself and must save explicitly before.
 */
export function saveBeforeResponse(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const end = res.end;
    const restore = () => {
      res.end = end;
    };
    res.end = function (this: Response, ...args: unknown[]) {
      const current = req.session;
      if (
        res.headersSent ||
        current === undefined ||
        current === null ||
        isAbandoned(current) ||
        !isChanged(current)
      ) {
        restore();
        return Reflect.apply(end, this, args);
      }
      current.save((error?: unknown) => {
        restore();
        if (error === undefined || error === null) {
          Reflect.apply(end, res, args);
          return;
        }
        for (const name of BODY_HEADERS) {
          res.removeHeader(name);
        }
        next(error);
      });
      return res;
    } as Response["end"];
    next();
  };
}
