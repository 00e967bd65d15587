import type { Express } from "express";
import type { Redis } from "ioredis";
import request from "supertest";
import { connectPlatform, type Platform } from "../../src/platform.js";
import { createUser, GRANTS } from "./access.js";
import { Gate, sampleApp } from "./app.js";
import { LocalOpenIdProvider } from "./openid-provider.js";
import { ENTRA_OID, entraCredential } from "./outputs.js";
import { RedisServer } from "./redis-server.js";

export interface ExpressFixture {
  op: LocalOpenIdProvider;
  redis: RedisServer;
  admin: Redis;
  platform: Platform;
  app: Express;
  gate: Gate;
  close(): Promise<void>;
}

/**
 * The sample app on Azure-shaped stack outputs: a local OpenID provider as the issuer and a
 * local redis-server reached as the Entra identity, with exactly the Azure policy's grant.
 */
export async function expressFixture(
  store: { idleTimeoutSeconds: number; absoluteTimeoutSeconds: number },
  cookie: { maxAge?: number } = {},
): Promise<ExpressFixture> {
  const op = await LocalOpenIdProvider.start("api-app", "orders.read orders.write");
  const redis = await RedisServer.start();
  const admin = redis.admin();
  await createUser([admin], ENTRA_OID, ["entra-token"], GRANTS.azureCache("app:"));
  const outputs = {
    cloud: "azure",
    issuerUrl: op.issuer,
    openIdConfigurationUrl: op.discoveryUrl,
    jwksUrl: `${op.issuer}/jwks`,
    clientIds: { machine: "api-app" },
    apiScopes: { read: "orders.read" },
    sessionStore: {
      host: "127.0.0.1",
      port: redis.port,
      tls: false,
      authMode: "entra",
      keyPrefix: "app:",
      ...store,
      username: ENTRA_OID,
      clustered: false,
    },
  };
  const platform = await connectPlatform(outputs, {
    entra: { credential: entraCredential("entra-token") },
    redis: { maxReconnectDelayMs: 100 },
  });
  const gate = new Gate();
  const app = sampleApp(platform, gate, cookie);
  return {
    op,
    redis,
    admin,
    platform,
    app,
    gate,
    close: async () => {
      gate.release();
      await platform.close();
      admin.disconnect();
      await redis.dispose();
      await op.stop();
    },
  };
}

/** A request as it reaches the app from its TLS-terminating proxy (so Secure cookies are set). */
export function call(app: Express, method: "get" | "post", path: string, cookie?: string): request.Test {
  const test = request(app)[method](path).set("X-Forwarded-Proto", "https");
  return cookie === undefined ? test : test.set("Cookie", cookie);
}

/** The session cookie a response sets, as the browser sends it back (`name=value`). */
export function sessionCookie(response: request.Response): string | undefined {
  const header = response.headers["set-cookie"];
  const first = Array.isArray(header) ? header[0] : undefined;
  return first?.split(";")[0];
}

/** Signs in with a token for `orders.read` and returns the session cookie. */
export async function signIn(fixture: ExpressFixture): Promise<string> {
  const token = await fixture.op.token("orders.read");
  const response = await call(fixture.app, "post", "/login")
    .set("Authorization", `Bearer ${token}`)
    .expect(200);
  const cookie = sessionCookie(response);
  if (cookie === undefined) throw new Error("no session cookie");
  return cookie;
}
