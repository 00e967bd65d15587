import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { TokenCredential } from "@azure/identity";
import type { GraphConnection, ProviderDeps } from "../../../src/azure/graph/connection";

/** The bearer token the fake credential hands out; the server checks every request carries it. */
export const FAKE_TOKEN = "fake-graph-token";
export const TENANT = "contosob2c.onmicrosoft.com";

/** One request as the local Graph stand-in received it. */
export interface Recorded {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: string;
}

/** A scripted reply: status, optional JSON or raw body, optional headers. */
export interface Reply {
  status: number;
  json?: unknown;
  text?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface FakeGraph {
  url: string;
  connection: GraphConnection;
  deps: ProviderDeps;
  requests: Recorded[];
  /** Waits the client asked for (the fake sleep returns at once). */
  sleeps: number[];
  /** Queues replies, served in order; a request with no queued reply gets HTTP 500. */
  reply(...replies: Reply[]): void;
  close(): Promise<void>;
}

export const fakeCredential: TokenCredential = {
  getToken: async () => ({ token: FAKE_TOKEN, expiresOnTimestamp: Date.now() + 3_600_000 }),
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** Starts a local stand-in for Microsoft Graph on 127.0.0.1 with an ephemeral port. */
export async function startFakeGraph(): Promise<FakeGraph> {
  const requests: Recorded[] = [];
  const queue: Reply[] = [];
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    requests.push({
      method: req.method ?? "",
      path: req.url ?? "",
      authorization: req.headers.authorization,
      contentType: req.headers["content-type"],
      body,
    });
    const next = queue.shift() ?? {
      status: 500,
      json: { error: { code: "UnexpectedRequest", message: "none queued" } },
    };
    const headers: Record<string, string> = { ...(next.headers ?? {}) };
    let payload = "";
    if (next.json !== undefined) {
      headers["content-type"] = "application/json";
      payload = JSON.stringify(next.json);
    } else if (next.text !== undefined) {
      headers["content-type"] = next.contentType ?? "text/plain";
      payload = next.text;
    }
    res.writeHead(next.status, headers);
    res.end(payload);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const sleeps: number[] = [];
  return {
    url,
    connection: { tenantId: TENANT, endpoint: url },
    deps: { credential: fakeCredential, sleep: async (ms) => void sleeps.push(ms), env: {} },
    requests,
    sleeps,
    reply: (...replies) => void queue.push(...replies),
    close: () =>
      new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

/** A Graph error body as Microsoft documents it. */
export function graphError(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}
