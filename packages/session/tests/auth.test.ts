import type { Redis } from "ioredis";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SessionStoreUnavailableError } from "../src/errors.js";
import { connectPlatform } from "../src/platform.js";
import { connectRedis, type RedisConnection } from "../src/redis/connection.js";
import { passwordCredentials } from "../src/redis/credentials.js";
import { entraCredentials } from "../src/redis/entra.js";
import { iamCredentials } from "../src/redis/iam.js";
import { SessionStore } from "../src/sessions/store.js";
import { RedisServer } from "./helpers/redis-server.js";
import { eventually } from "./helpers/store.js";

let server: RedisServer;
let admin: Redis;
const opened: RedisConnection[] = [];
const store = { host: "127.0.0.1", port: 0, tls: false };

beforeAll(async () => {
  server = await RedisServer.start();
  store.port = server.port;
  admin = server.admin();
});
afterAll(async () => {
  for (const connection of opened) await connection.close();
  admin.disconnect();
  await server.dispose();
});

async function authCalls(): Promise<number> {
  const stats = await admin.info("commandstats");
  return Number(/cmdstat_auth:calls=(\d+)/.exec(stats)?.[1] ?? 0);
}

/** An unsigned stand-in for an Entra access token: only the `oid` claim matters to the client. */
async function fakeEntraToken(n: number): Promise<string> {
  return await new SignJWT({ oid: "11111111-2222-3333-4444-555555555555", n })
    .setProtectedHeader({ alg: "HS256" })
    .sign(new TextEncoder().encode("irrelevant-test-key-0123456789abcdef"));
}

describe("GIVEN password authentication", () => {
  it("WHEN the password is wrong THEN calls fail closed with reason auth", async () => {
    await admin.acl("SETUSER", "app", "on", ">right-password", "~*", "+@all");
    const connection = await connectRedis({
      store,
      credentials: passwordCredentials("wrong-password", "app"),
    });
    opened.push(connection);
    const error = await new SessionStore(connection.redis, { keyPrefix: "auth:" })
      .create({})
      .catch((e: unknown) => e);
    expect(error instanceof SessionStoreUnavailableError ? error.reason : error).toBe("connection");
    await expect(connection.ready()).rejects.toThrow(SessionStoreUnavailableError);
  });
});

describe("GIVEN Microsoft Entra token authentication", () => {
  it("WHEN the token nears expiry THEN a new one is fetched and sent with AUTH on the live connection", async () => {
    const tokens = [await fakeEntraToken(1), await fakeEntraToken(2)];
    await admin.acl(
      "SETUSER",
      "11111111-2222-3333-4444-555555555555",
      "on",
      `>${tokens[0]}`,
      `>${tokens[1]}`,
      "~*",
      "+@all",
    );
    let calls = 0;
    const credential = {
      getToken: async () => ({
        token: tokens[Math.min(calls++, 1)] ?? "",
        expiresOnTimestamp: Date.now() + 60_000,
      }),
    };
    const before = await authCalls();
    const connection = await connectRedis({
      store,
      credentials: entraCredentials(credential),
      refreshBeforeExpiryMs: 59_800,
    });
    opened.push(connection);
    await connection.ready();
    await eventually(async () => calls >= 2 && (await authCalls()) >= before + 2);
    // The first token is withdrawn; a reconnect must use the renewed one.
    await admin.acl("SETUSER", "11111111-2222-3333-4444-555555555555", `<${tokens[0]}`);
    await admin.client("KILL", "USER", "11111111-2222-3333-4444-555555555555");
    const sessions = new SessionStore(connection.redis, { keyPrefix: "entra:" });
    await eventually(async () => (await sessions.create({ ok: true })).revision === 1);
    expect(connection.redis.options.username).toBe("11111111-2222-3333-4444-555555555555");
  });
});

describe("GIVEN ElastiCache IAM authentication", () => {
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
    await admin.acl("SETUSER", "iam-app", "on", `>${expected.password}`, "~*", "+@all");
    const connection = await connectRedis({ store, credentials: iamCredentials(options) });
    opened.push(connection);
    await connection.ready();
    expect([
      await connection.redis.acl("WHOAMI"),
      connection.redis.options.password === expected.password,
    ]).toEqual(["iam-app", true]);
  });
});

describe("GIVEN the AWS stack outputs of an ElastiCache session store", () => {
  it("WHEN only AWS credentials are passed THEN the user, cache and region come from the outputs", async () => {
    const credentials = async () => ({
      accessKeyId: "AKIDEXAMPLE",
      secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    });
    const now = () => new Date("2024-05-01T12:00:00Z");
    const expected = await iamCredentials({
      userId: "hanbit-aws-sessions-app",
      cacheName: "hanbit-aws-sessions",
      region: "ap-northeast-2",
      serverless: true,
      credentials,
      now,
    })();
    await admin.acl("SETUSER", "hanbit-aws-sessions-app", "on", `>${expected.password}`, "~sess:*", "+@all");
    const platform = await connectPlatform(
      {
        cloud: "aws",
        issuerUrl: "https://cognito-idp.ap-northeast-2.amazonaws.com/ap-northeast-2_AbCdEfGhI",
        openIdConfigurationUrl:
          "https://cognito-idp.ap-northeast-2.amazonaws.com/ap-northeast-2_AbCdEfGhI/.well-known/openid-configuration",
        jwksUrl:
          "https://cognito-idp.ap-northeast-2.amazonaws.com/ap-northeast-2_AbCdEfGhI/.well-known/jwks.json",
        clientIds: { web: "abcdefghijklmnopqrstuvwxyz" },
        apiScopes: {},
        sessionStore: {
          host: "127.0.0.1",
          port: store.port,
          tls: false,
          authMode: "iam",
          keyPrefix: "sess:",
          idleTimeoutSeconds: 1800,
          absoluteTimeoutSeconds: 43200,
          username: "hanbit-aws-sessions-app",
          cacheName: "hanbit-aws-sessions",
          region: "ap-northeast-2",
        },
      },
      { iam: { credentials, now } },
    );
    try {
      await platform.connection?.ready();
      expect(await platform.connection?.redis.acl("WHOAMI")).toBe("hanbit-aws-sessions-app");
      expect(expected.password).toContain("ResourceType=ServerlessCache");
    } finally {
      await platform.close();
    }
  });
});
