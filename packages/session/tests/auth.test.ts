import type { Redis } from "ioredis";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SessionStoreUnavailableError } from "../src/errors.js";
import { connectRedis, type RedisConnection } from "../src/redis/connection.js";
import { passwordCredentials } from "../src/redis/credentials.js";
import { entraCredentials } from "../src/redis/entra.js";
import { iamCredentials } from "../src/redis/iam.js";
import { SessionStore } from "../src/sessions/store.js";
import { createUser, GRANTS } from "./helpers/access.js";
import { RedisServer } from "./helpers/redis-server.js";
import { eventually } from "./helpers/store.js";

let server: RedisServer;
let admin: Redis;
const opened: RedisConnection[] = [];
const at = (keyPrefix: string) => ({ host: "127.0.0.1", port: server.port, tls: false, keyPrefix });
const OID = "11111111-2222-3333-4444-555555555555";

beforeAll(async () => {
  server = await RedisServer.start();
  admin = server.admin();
});
afterAll(async () => {
  for (const connection of opened) await connection.close();
  admin.disconnect();
  await server.dispose();
});

/** The users of the server's client connections, from the admin's CLIENT LIST. */
async function usersConnected(): Promise<string[]> {
  const list = String(await admin.client("LIST"));
  return [...new Set([...list.matchAll(/ user=(\S+)/g)].map((m) => m[1] ?? ""))].sort();
}

async function authCalls(): Promise<number> {
  const stats = await admin.info("commandstats");
  return Number(/cmdstat_auth:calls=(\d+)/.exec(stats)?.[1] ?? 0);
}

/** An unsigned stand-in for an Entra access token: only the `oid` claim matters to the client. */
async function fakeEntraToken(n: number): Promise<string> {
  return await new SignJWT({ oid: OID, n })
    .setProtectedHeader({ alg: "HS256" })
    .sign(new TextEncoder().encode("irrelevant-test-key-0123456789abcdef"));
}

describe("GIVEN password authentication", () => {
  it("WHEN the password is wrong THEN connecting fails at once with reason auth", async () => {
    await createUser([admin], "app", ["right-password"], GRANTS.azureCache("auth:"));
    const started = Date.now();
    const error = await connectRedis({
      store: at("auth:"),
      credentials: passwordCredentials("wrong-password", "app"),
      readyTimeoutMs: 30_000,
    }).catch((e: unknown) => e);
    // It does not wait out the 30 s it would give a store that is still starting.
    expect([
      error instanceof SessionStoreUnavailableError ? [error.reason, error.message] : error,
      Date.now() - started < 15_000,
    ]).toEqual([
      ["auth", "session store unavailable: Redis refused the credentials; the request was refused"],
      true,
    ]);
  });
});

describe("GIVEN Microsoft Entra token authentication as the identity the Azure policy grants", () => {
  it("WHEN the token nears expiry THEN a new one is fetched and sent with AUTH on the live connection", async () => {
    const tokens = [await fakeEntraToken(1), await fakeEntraToken(2)];
    await createUser([admin], OID, tokens, GRANTS.azureCache("entra:"));
    let calls = 0;
    const credential = {
      getToken: async () => ({
        token: tokens[Math.min(calls++, 1)] ?? "",
        expiresOnTimestamp: Date.now() + 60_000,
      }),
    };
    const before = await authCalls();
    const connection = await connectRedis({
      store: at("entra:"),
      credentials: entraCredentials(credential),
      refreshBeforeExpiryMs: 59_800,
    });
    opened.push(connection);
    await eventually(async () => calls >= 2 && (await authCalls()) >= before + 2);
    // The first token is withdrawn; a reconnect must use the renewed one.
    await admin.acl("SETUSER", OID, `<${tokens[0]}`);
    await admin.client("KILL", "USER", OID);
    const sessions = new SessionStore(connection.redis, { keyPrefix: "entra:" });
    await eventually(async () => (await sessions.create({ ok: true })).revision === 1);
    expect(await usersConnected()).toContain(OID);
  });
});

describe("GIVEN ElastiCache IAM authentication as the user the AWS program grants", () => {
  it("WHEN the presigned token is the user's password THEN the client authenticates as the IAM user", async () => {
    const options = {
      userId: "iam-app",
      cacheName: "my-cache",
      region: "eu-west-1",
      credentials: async () => ({
        accessKeyId: "AKIDEXAMPLE",
        secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
      }),
      now: () => new Date("2024-05-01T12:00:00Z"),
    };
    const expected = await iamCredentials(options)();
    await createUser([admin], "iam-app", [expected.password], GRANTS.aws("iam:"));
    const connection = await connectRedis({ store: at("iam:"), credentials: iamCredentials(options) });
    opened.push(connection);
    const sessions = new SessionStore(connection.redis, { keyPrefix: "iam:" });
    const created = await sessions.create({ n: 1 }, { userId: "u-iam" });
    expect([(await usersConnected()).includes("iam-app"), (await sessions.get(created.id))?.data]).toEqual([
      true,
      { n: 1 },
    ]);
  });
});
