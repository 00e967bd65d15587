import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TokenVerificationError } from "../src/errors.js";
import { TokenVerifier } from "../src/tokens/verifier.js";
import { LocalIssuer, newSigningKey } from "./helpers/issuer.js";

let issuer: LocalIssuer;
beforeEach(async () => {
  issuer = await LocalIssuer.start();
});
afterEach(() => issuer.stop());

function verifier(
  cooldownSeconds = 30,
  openIdConfigurationUrl = issuer.discoveryUrl,
  issuerUrl = issuer.url,
): TokenVerifier {
  return new TokenVerifier({
    cloud: "azure",
    issuer: issuerUrl,
    audiences: ["api-app"],
    jwks: { openIdConfigurationUrl, cooldownSeconds },
  });
}

describe("GIVEN keys found through the discovery document", () => {
  it("WHEN many tokens are verified THEN metadata and keys are fetched once", async () => {
    const v = verifier();
    const token = await issuer.sign({ aud: "api-app" });
    await Promise.all(Array.from({ length: 20 }, () => v.verify(token)));
    await v.verify(token);
    expect([issuer.discoveryHits, issuer.jwksHits]).toEqual([1, 1]);
  });

  it("WHEN the issuer rotates to a new kid THEN 20 concurrent tokens cause one merged refresh", async () => {
    const v = verifier(0);
    await v.verify(await issuer.sign({ aud: "api-app" }));
    const rotated = await newSigningKey("key-2");
    issuer.keys.push(rotated);
    issuer.jwksDelayMs = 50;
    const token = await issuer.sign({ aud: "api-app", sub: "after-rotation" }, { key: rotated });
    const results = await Promise.all(Array.from({ length: 20 }, () => v.verify(token)));
    expect(results.map((r) => r.subject)).toEqual(Array.from({ length: 20 }, () => "after-rotation"));
    expect([issuer.discoveryHits, issuer.jwksHits]).toEqual([1, 2]);
  });

  it("WHEN unknown kids arrive within the cooldown THEN the keys are fetched no more than once", async () => {
    const v = verifier(30);
    await v.verify(await issuer.sign({ aud: "api-app" }));
    const stranger = await newSigningKey("unknown-kid");
    const token = await issuer.sign({ aud: "api-app" }, { key: stranger });
    for (let i = 0; i < 5; i++) {
      const error = await v.verify(token).catch((e: unknown) => e);
      expect(error).toEqual(
        new TokenVerificationError("key", 'no single key in the issuer\'s key set matches kid "unknown-kid"'),
      );
    }
    expect(issuer.jwksHits).toBe(1);
  });

  it("WHEN the discovery document names another issuer THEN the jwks check fails", async () => {
    const v = verifier(30, issuer.discoveryUrl, "https://expected.example/");
    const error = await v
      .verify(await issuer.sign({ aud: "api-app", iss: "https://expected.example/" }))
      .catch((e: unknown) => e);
    expect(error).toEqual(
      new TokenVerificationError(
        "jwks",
        `discovery document issuer ${JSON.stringify(issuer.url)} differs from the configured issuer "https://expected.example/"`,
      ),
    );
  });

  it("WHEN the issuer is unreachable THEN the error is 503 jwks without the token", async () => {
    const token = await issuer.sign({ aud: "api-app" });
    const v = verifier(30, "http://127.0.0.1:9/.well-known/openid-configuration");
    const error = await v.verify(token).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenVerificationError);
    expect(error instanceof TokenVerificationError ? [error.check, error.status, error.message] : []).toEqual(
      [
        "jwks",
        503,
        "token rejected (jwks): the issuer's discovery document at http://127.0.0.1:9/.well-known/openid-configuration is unreachable",
      ],
    );
  });
});
