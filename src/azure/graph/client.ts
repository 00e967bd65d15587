import type { TokenCredential } from "@azure/identity";
import {
  alreadyExistsMessage,
  type GraphPermission,
  GraphRequestError,
  parseGraphError,
  permissionMessage,
  redact,
} from "./errors";

/**
 * A small Microsoft Graph client on the global `fetch`. Only type imports and `./errors`:
 * the dynamic providers capture this module by value when Pulumi serializes them.
 */

/** Bounds on retrying throttled (429) and unavailable (503) responses. */
export interface RetryPolicy {
  /** Attempts in total, the first one included. @default 5 */
  maxAttempts: number;
  /** Upper bound on the sum of all waits, in milliseconds. @default 120000 */
  maxTotalWaitMs: number;
  /** Wait before the first retry when the response has no Retry-After; doubles each time. @default 2000 */
  baseDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, maxTotalWaitMs: 120_000, baseDelayMs: 2_000 };

export interface GraphClientOptions {
  /** Graph root, e.g. `https://graph.microsoft.com` (national clouds differ; tests use a local server). */
  endpoint: string;
  /** Tenant the calls go to; used in error messages. */
  tenantId: string;
  credential: TokenCredential;
  /** Values never to show in any error, e.g. the credential's own client secret. */
  secrets?: readonly string[];
  /** @default DEFAULT_RETRY */
  retry?: RetryPolicy;
  /** @default setTimeout-based sleep */
  sleep?: (ms: number) => Promise<void>;
}

export interface GraphRequest {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  version: "v1.0" | "beta";
  /** Path below the version, starting with `/`; segments already URL-encoded. */
  path: string;
  /** The permission this call needs, named in 401/403 errors. */
  permission: GraphPermission;
  json?: unknown;
  xml?: string;
  /** Values that must never appear in an error message (request secrets). */
  secrets?: readonly string[];
  /** For creates: what a 409 collided with, turned into an "already exists" error. */
  conflict?: { what: string; id: string };
}

export interface GraphResponse {
  status: number;
  /** Parsed JSON body, `undefined` for empty or non-JSON bodies. */
  json: unknown;
  text: string;
}

export interface GraphClient {
  readonly endpoint: string;
  readonly tenantId: string;
  send(request: GraphRequest): Promise<GraphResponse>;
  /** DELETE that treats 404 as already gone; returns false in that case. */
  remove(request: Omit<GraphRequest, "method">): Promise<boolean>;
}

function retryDelayMs(retryAfter: string | null, attempt: number, policy: RetryPolicy): number {
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const at = Date.parse(retryAfter);
    if (Number.isFinite(at)) return Math.max(0, at - Date.now());
  }
  return policy.baseDelayMs * 2 ** (attempt - 1);
}

function errorKind(status: number): "badRequest" | "server" {
  return status >= 500 ? "server" : "badRequest";
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const policy = options.retry ?? DEFAULT_RETRY;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  const root = options.endpoint.replace(/\/+$/, "");
  const scope = `${root}/.default`;

  async function token(secrets: readonly string[]): Promise<string> {
    try {
      const access = await options.credential.getToken(scope);
      if (access === null) throw new Error("the credential returned no token");
      return access.token;
    } catch (err) {
      const detail = redact(err instanceof Error ? err.message : String(err), secrets);
      throw new GraphRequestError(
        `Could not get a Microsoft Graph token for tenant ${options.tenantId} (scope ${scope}): ${detail}`,
        "token",
        0,
        undefined,
      );
    }
  }

  async function send(request: GraphRequest): Promise<GraphResponse> {
    const secrets = [...(options.secrets ?? []), ...(request.secrets ?? [])];
    const call = `${request.method} /${request.version}${request.path}`;
    const headers: Record<string, string> = { Accept: "application/json" };
    let body: string | undefined;
    if (request.xml !== undefined) {
      headers["Content-Type"] = "application/xml";
      body = request.xml;
    } else if (request.json !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(request.json);
    }
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      headers.Authorization = `Bearer ${await token(secrets)}`;
      let response: Response;
      try {
        response = await fetch(`${root}/${request.version}${request.path}`, {
          method: request.method,
          headers,
          body,
        });
      } catch (err) {
        const detail = redact(err instanceof Error ? err.message : String(err), secrets);
        throw new GraphRequestError(
          `${call} failed before a response arrived: ${detail}`,
          "network",
          0,
          undefined,
        );
      }
      const text = await response.text();
      let json: unknown;
      if ((response.headers.get("content-type") ?? "").includes("json") && text.length > 0) {
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
      }
      if (response.ok) return { status: response.status, json, text };

      const { code, message } = parseGraphError(json);
      const status = response.status;
      if (status === 429 || status === 503) {
        const delay = retryDelayMs(response.headers.get("retry-after"), attempt, policy);
        if (attempt < policy.maxAttempts && waited + delay <= policy.maxTotalWaitMs) {
          waited += delay;
          await sleep(delay);
          continue;
        }
        throw new GraphRequestError(
          `${call} in tenant ${options.tenantId} was still throttled (HTTP ${status}) after ${attempt} ` +
            `attempt(s) and ${Math.round(waited / 1000)} s of waiting; run the update again later.`,
          "throttled",
          status,
          code,
        );
      }
      if (status === 401 || status === 403) {
        throw new GraphRequestError(
          permissionMessage(call, status, options.tenantId, request.permission, code),
          "permission",
          status,
          code,
        );
      }
      if (status === 409 && request.conflict !== undefined) {
        const { what, id } = request.conflict;
        throw new GraphRequestError(
          alreadyExistsMessage(what, id, options.tenantId),
          "alreadyExists",
          status,
          code,
        );
      }
      const detail = redact([code, message].filter((part) => part !== undefined).join(": "), secrets);
      throw new GraphRequestError(
        `${call} in tenant ${options.tenantId} failed with HTTP ${status}${detail ? ` (${detail})` : ""}.`,
        status === 404 ? "notFound" : status === 409 ? "alreadyExists" : errorKind(status),
        status,
        code,
      );
    }
  }

  async function remove(request: Omit<GraphRequest, "method">): Promise<boolean> {
    try {
      await send({ ...request, method: "DELETE" });
      return true;
    } catch (err) {
      if (err instanceof GraphRequestError && err.kind === "notFound") return false;
      throw err;
    }
  }

  return { endpoint: root, tenantId: options.tenantId, send, remove };
}

/** True when `err` is a Graph 404. */
export function isNotFound(err: unknown): boolean {
  return err instanceof GraphRequestError && err.kind === "notFound";
}

/** True when `err` is a Graph 409 (the object already exists). */
export function isConflict(err: unknown): boolean {
  return err instanceof GraphRequestError && err.kind === "alreadyExists";
}
