import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { SessionStoreUnavailableError } from "../src/errors.js";
import { connectPlatform, type Platform } from "../src/platform.js";
import { LocalIssuer } from "./helpers/issuer.js";
import { azureOutputs, entraCredential } from "./helpers/outputs.js";
import { RedisServer } from "./helpers/redis-server.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe("GIVEN an application starting while its session store is still starting", () => {
  it("WHEN connectPlatform resolves THEN the very next call is served (no 503 right after start-up)", async () => {
    const server = await RedisServer.prepare();
    cleanups.push(() => server.dispose());
    const connecting = connectPlatform(azureOutputs({ port: server.port }), {
      entra: { credential: entraCredential("token"), username: "default" },
      loadKeys: false,
      redis: { maxReconnectDelayMs: 50 },
    });
    let resolvedEarly = false;
    void connecting.then(() => {
      resolvedEarly = true;
    });
    await sleep(300);
    const early = resolvedEarly;
    await server.launch();
    const platform: Platform = await connecting;
    cleanups.push(() => platform.close());
    const created = await platform.sessions?.create({ first: true });
    expect([early, created?.revision]).toEqual([false, 1]);
  });

  it("WHEN the store never answers THEN connectPlatform rejects after readyTimeoutMs, naming the reason", async () => {
    const server = await RedisServer.prepare();
    const error = await connectPlatform(azureOutputs({ port: server.port }), {
      entra: { credential: entraCredential("token") },
      loadKeys: false,
      redis: { readyTimeoutMs: 300, maxReconnectDelayMs: 50 },
    }).catch((e: unknown) => e);
    expect(error instanceof SessionStoreUnavailableError ? [error.reason, error.message] : error).toEqual([
      "connection",
      "session store unavailable: Redis is unreachable; the request was refused",
    ]);
  });
});

describe("GIVEN the issuer's keys", () => {
  it("WHEN connectPlatform resolves THEN they are loaded, so the first request fetches nothing", async () => {
    const issuer = await LocalIssuer.start();
    cleanups.push(() => issuer.stop());
    const platform = await connectPlatform({
      cloud: "azure",
      issuerUrl: issuer.url,
      openIdConfigurationUrl: issuer.discoveryUrl,
      jwksUrl: `${issuer.url}/jwks`,
      clientIds: { web: "api-app" },
      apiScopes: {},
    });
    const loaded = issuer.jwksHits;
    await platform.verifier.verify(await issuer.sign({ aud: "api-app", scp: "orders.read" }));
    expect([loaded, issuer.jwksHits]).toEqual([1, 1]);
  });
});
