import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, TokenVerificationError } from "../src/errors.js";
import { TokenVerifier } from "../src/tokens/verifier.js";
import { LocalIssuer, newSigningKey } from "./helpers/issuer.js";
import { eventually } from "./helpers/store.js";

let issuer: LocalIssuer;
let clock = 0;
beforeEach(async () => {
  issuer = await LocalIssuer.start();
  clock = Date.now();
});
afterEach(() => issuer.stop());

function verifier(
  jwks: { cooldownSeconds?: number; maxAgeSeconds?: number } = {},
  openIdConfigurationUrl = issuer.discoveryUrl,
  issuerUrl = issuer.url,
): TokenVerifier {
  return new TokenVerifier({
    cloud: "azure",
    issuer: issuerUrl,
    audiences: ["api-app"],
    jwks: { openIdConfigurationUrl, now: () => clock, ...jwks },
  });
}

/** An access token as AD B2C / External ID shape it: the scopes in `scp`. */
const access = (claims: Record<string, unknown> = {}) => ({ aud: "api-app", scp: "orders.read", ...claims });

async function failure(promise: Promise<unknown>): Promise<TokenVerificationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TokenVerificationError))
    throw new Error(`expected a TokenVerificationError: ${String(error)}`);
  return error;
}

describe("GIVEN keys found through the discovery document", () => {
  it("WHEN many tokens are verified THEN metadata and keys are fetched once", async () => {
    const v = verifier();
    const token = await issuer.sign(access());
    await Promise.all(Array.from({ length: 20 }, () => v.verify(token)));
    await v.verify(token);
    expect([issuer.discoveryHits, issuer.jwksHits]).toEqual([1, 1]);
  });

  it("WHEN the keys are loaded before the first request THEN that request fetches nothing", async () => {
    const v = verifier();
    await v.loadKeys();
    const hits = issuer.jwksHits;
    await v.verify(await issuer.sign(access()));
    expect([hits, issuer.jwksHits]).toEqual([1, 1]);
  });

  it("WHEN the issuer rotates to a new kid after the cooldown THEN 20 concurrent tokens cause one merged refresh", async () => {
    const v = verifier({ cooldownSeconds: 30 });
    await v.verify(await issuer.sign(access()));
    const rotated = await newSigningKey("key-2");
    issuer.keys.push(rotated);
    issuer.jwksDelayMs = 50;
    clock += 30_000;
    const token = await issuer.sign(access({ sub: "after-rotation" }), { key: rotated });
    const results = await Promise.all(Array.from({ length: 20 }, () => v.verify(token)));
    expect(results.map((r) => r.subject)).toEqual(Array.from({ length: 20 }, () => "after-rotation"));
    expect([issuer.discoveryHits, issuer.jwksHits]).toEqual([1, 2]);
  });

  it("WHEN unknown kids arrive within the cooldown THEN the keys are fetched no more than once", async () => {
    const v = verifier({ cooldownSeconds: 30 });
    await v.verify(await issuer.sign(access()));
    const stranger = await newSigningKey("unknown-kid");
    const token = await issuer.sign(access(), { key: stranger });
    for (let i = 0; i < 5; i++) {
      clock += 5_000;
      const error = await failure(v.verify(token));
      expect([error.check, error.message]).toEqual([
        "key",
        'token rejected (key): no single key in the issuer\'s key set matches kid "unknown-kid"',
      ]);
    }
    expect(issuer.jwksHits).toBe(1);
  });

  it("WHEN the cooldown is 0 THEN the verifier is refused: the unknown-kid protection cannot be switched off", () => {
    expect(() => verifier({ cooldownSeconds: 0 })).toThrow(
      new ConfigError(
        "jwks.cooldownSeconds",
        "must be an integer between 1 and 3600 (inclusive); received 0",
      ),
    );
  });

  it("WHEN the discovery document names another issuer THEN the jwks check fails", async () => {
    const v = verifier({}, issuer.discoveryUrl, "https://expected.example/");
    const error = await failure(v.verify(await issuer.sign(access({ iss: "https://expected.example/" }))));
    expect([error.check, error.status, error.message]).toEqual([
      "jwks",
      503,
      `token rejected (jwks): discovery document issuer ${JSON.stringify(issuer.url)} differs from the configured issuer "https://expected.example/"`,
    ]);
  });

  it("WHEN the issuer is unreachable THEN the error is 503 jwks without the token", async () => {
    const token = await issuer.sign(access());
    const v = verifier({}, "http://127.0.0.1:9/.well-known/openid-configuration");
    const error = await failure(v.verify(token));
    expect([error.check, error.status, error.retryAfterSeconds, error.message.includes(token)]).toEqual([
      "jwks",
      503,
      1,
      false,
    ]);
    expect(error.message).toBe(
      "token rejected (jwks): the issuer's discovery document at http://127.0.0.1:9/.well-known/openid-configuration is unreachable",
    );
  });
});

describe("GIVEN the key set grows old", () => {
  it("WHEN a token arrives after maxAge THEN cached keys answer at once while a background fetch refreshes them", async () => {
    const v = verifier({ maxAgeSeconds: 60 });
    const token = await issuer.sign(access({ sub: "cached" }));
    await v.verify(token);
    let release: () => void = () => undefined;
    issuer.jwksHold = new Promise<void>((resolve) => {
      release = resolve;
    });
    clock += 61_000;
    const verified = await v.verify(token);
    // The refresh reaches the issuer and is still held open: the answer did not wait for it.
    await eventually(async () => issuer.jwksHits === 2);
    release();
    expect(verified.subject).toBe("cached");
  });
});

describe("GIVEN the key set cannot be fetched at first", () => {
  it("WHEN requests keep arriving THEN fetches back off (1 s, then 2 s) and requests fail at once meanwhile", async () => {
    issuer.jwksStatus = 500;
    const v = verifier();
    const token = await issuer.sign(access({ sub: "later" }));
    const first = await failure(v.verify(token));
    const second = await failure(v.verify(token));
    const hitsAfterTwo = issuer.jwksHits;
    clock += 1_000;
    const third = await failure(v.verify(token));
    issuer.jwksStatus = 200;
    const early = await failure(v.verify(token));
    clock += 2_000;
    const verified = await v.verify(token);
    expect([
      [first.check, first.status, first.retryAfterSeconds],
      [second.check, second.retryAfterSeconds],
      hitsAfterTwo,
      third.retryAfterSeconds,
      early.retryAfterSeconds,
      verified.subject,
      issuer.jwksHits,
    ]).toEqual([["jwks", 503, 1], ["jwks", 1], 1, 2, 2, "later", 3]);
    expect(first.message).toBe(
      `token rejected (jwks): the issuer's key set at ${issuer.url}/jwks answered HTTP 500`,
    );
  });

  it("WHEN the key set is larger than 1 MiB THEN it is refused instead of buffered", async () => {
    issuer.jwksPaddingBytes = 2 * 1024 * 1024;
    const error = await failure(verifier().verify(await issuer.sign(access())));
    expect(error.message).toBe(
      `token rejected (jwks): the issuer's key set at ${issuer.url}/jwks is larger than 1048576 bytes; refused`,
    );
  });
});
