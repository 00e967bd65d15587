import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SessionStoreUnavailableError } from "../src/errors.js";
import { connectRedis, type RedisConnection } from "../src/redis/connection.js";
import { passwordCredentials } from "../src/redis/credentials.js";
import { SessionStore } from "../src/sessions/store.js";
import { freePort } from "./helpers/redis-server.js";

// A real redis-server that speaks only TLS, with a certificate for 127.0.0.1 made for the test.
const dir = mkdtempSync(join(tmpdir(), "session-tls-"));
let server: ChildProcess | undefined;
let port = 0;
let ca = "";
const opened: RedisConnection[] = [];

function accepts(p: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(p, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

beforeAll(async () => {
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"]
      .concat(["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"])
      .concat(["-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem")]),
    { stdio: "ignore" },
  );
  ca = readFileSync(join(dir, "cert.pem"), "utf8");
  port = await freePort();
  server = spawn(
    "redis-server",
    ["--port", "0", "--tls-port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
      .concat(["--tls-cert-file", join(dir, "cert.pem"), "--tls-key-file", join(dir, "key.pem")])
      .concat(["--tls-auth-clients", "no", "--requirepass", "tls-test-password", "--dir", dir]),
    { stdio: "ignore" },
  );
  for (let attempt = 0; attempt < 100 && !(await accepts(port)); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
});

afterAll(async () => {
  for (const connection of opened) await connection.close();
  server?.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

describe("GIVEN a session store that speaks only TLS", () => {
  it("WHEN the client trusts its certificate THEN sessions are kept over TLS", async () => {
    const connection = await connectRedis({
      store: { host: "127.0.0.1", port, tls: true, keyPrefix: "tls:" },
      credentials: passwordCredentials("tls-test-password"),
      tlsOptions: { ca },
    });
    opened.push(connection);
    const sessions = new SessionStore(connection.redis, { keyPrefix: "tls:" });
    const created = await sessions.create({ userId: "user-1" });
    expect((await sessions.get(created.id))?.data).toEqual({ userId: "user-1" });
  });

  it("WHEN the client does not trust the certificate THEN it fails closed instead of talking in the clear", async () => {
    const error = await connectRedis({
      store: { host: "127.0.0.1", port, tls: true, keyPrefix: "tls:" },
      credentials: passwordCredentials("tls-test-password"),
      connectTimeoutMs: 500,
      maxReconnectDelayMs: 100,
      readyTimeoutMs: 1000,
    }).catch((e: unknown) => e);
    expect(error instanceof SessionStoreUnavailableError ? error.reason : error).toBe("connection");
  });
});
