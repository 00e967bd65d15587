import { z } from "zod";
import { duration, httpsUrl, origin, scopeName, text } from "./primitives";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "ANY"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

const routePath = () =>
  z
    .string({ error: "must be a path such as /orders/{id}" })
    .regex(/^(\/([A-Za-z0-9._~-]+|\{[A-Za-z][A-Za-z0-9_]*\+?\}))+$|^\/$/, {
      error: "must be a path of /segments or /{parameters}, such as /orders/{id}",
    })
    .refine((path) => !path.split("/").some((segment) => segment === "." || segment === ".."), {
      error: "must not contain . or .. segments",
    });

export const route = z.strictObject({
  method: z.enum(HTTP_METHODS),
  path: routePath(),
  /** Scopes the access token must carry; at least one, so an ID token is never an API credential. */
  scopes: z.array(scopeName()).min(1, { error: "must list at least one scope from api.scopes" }),
});
export type RouteConfig = z.output<typeof route>;

export const apiSection = z.strictObject({
  /** The backend the gateway forwards authorized requests to. */
  upstreamUrl: httpsUrl(),
  /** The API's OAuth scopes: name → description shown on consent screens. */
  scopes: z
    .record(scopeName(), text(256))
    .refine((s) => Object.keys(s).length > 0, { error: "must declare at least one scope" }),
  routes: z.array(route).min(1, { error: "must list at least one route" }).max(300),
  throttling: z
    .strictObject({
      /** Steady-state requests per second across the API. @default 100 */
      rateLimit: z.number().int().min(1).max(10_000).default(100),
      /** Requests allowed in a burst above the rate. @default 200 */
      burstLimit: z.number().int().min(1).max(5_000).default(200),
    })
    .prefault({}),
  cors: z
    .strictObject({
      /** Browser origins allowed to call the API; never "*". */
      allowOrigins: z.array(origin()).default([]),
      allowMethods: z.array(z.enum(HTTP_METHODS)).default(["GET", "POST", "PUT", "PATCH", "DELETE"]),
      allowHeaders: z
        .array(z.string().regex(/^[A-Za-z0-9-]{1,64}$/, { error: "must be an HTTP header name" }))
        .default(["authorization", "content-type"]),
      /** How long browsers may cache a preflight answer. @default "10m" */
      maxAge: duration().prefault("10m"),
    })
    .prefault({}),
});
export type ApiConfig = z.output<typeof apiSection>;
