import { createPublicKey } from "node:crypto";
import { base64url, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, TokenVerificationError } from "../src/errors.js";
import { TokenVerifier } from "../src/tokens/verifier.js";
import { LocalIssuer, newSigningKey } from "./helpers/issuer.js";

let issuer: LocalIssuer;
let aws: TokenVerifier;
let azure: TokenVerifier;
const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  issuer = await LocalIssuer.start();
  const jwks = { openIdConfigurationUrl: issuer.discoveryUrl };
  aws = new TokenVerifier({
    cloud: "aws",
    issuer: issuer.url,
    audiences: ["web-client"],
    apiScopes: { read: "api/orders.read" },
    jwks,
  });
  azure = new TokenVerifier({
    cloud: "azure",
    issuer: issuer.url,
    audiences: ["api-app"],
    apiScopes: { read: "orders.read" },
    jwks,
  });
});
afterAll(() => issuer.stop());

async function rejection(
  verifier: TokenVerifier,
  token: string,
  scopes: string[] = [],
): Promise<TokenVerificationError> {
  const error = await verifier.verify(token, scopes).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TokenVerificationError)) {
    throw new Error(`expected a TokenVerificationError, got ${String(error)}`);
  }
  expect(error.message).not.toContain(token);
  return error;
}

describe("GIVEN a Cognito-style verifier for access tokens", () => {
  const access = {
    token_use: "access",
    client_id: "web-client",
    sub: "user-1",
    scope: "api/orders.read openid",
  };
  const nbf = now() + 600;
  const exp = now() - 600;
  const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

  it("WHEN the token is valid THEN it returns the neutral view", async () => {
    const token = await issuer.sign(access);
    const verified = await aws.verify(token, aws.scopes("read"));
    expect([verified.subject, verified.clientId, verified.scopes, verified.tokenUse]).toEqual([
      "user-1",
      "web-client",
      ["api/orders.read", "openid"],
      "access",
    ]);
  });

  it.each([
    [
      "an ID token",
      { ...access, token_use: "id" },
      "token_use",
      'token rejected (token_use): expected "access"; received "id"',
    ],
    [
      "another client",
      { ...access, client_id: "other" },
      "client_id",
      'token rejected (client_id): expected one of "web-client"; received "other"',
    ],
    [
      "no client_id",
      { token_use: "access", sub: "u" },
      "client_id",
      'token rejected (client_id): expected one of "web-client"; received no client_id claim',
    ],
    [
      "another issuer",
      { ...access, iss: "https://evil.example" },
      "issuer",
      'token rejected (issuer): expected "ISSUER"; received "https://evil.example"',
    ],
    [
      "a future nbf",
      { ...access, nbf },
      "not_before",
      `token rejected (not_before): nbf ${iso(nbf)} is in the future (clock skew 30 s)`,
    ],
    [
      "an old exp",
      { ...access, exp },
      "expired",
      `token rejected (expired): exp ${iso(exp)} is in the past (clock skew 30 s)`,
    ],
  ])("WHEN the token has %s THEN the %s check fails", async (_label, claims, check, message) => {
    const error = await rejection(aws, await issuer.sign(claims));
    expect([error.check, error.status]).toEqual([check, 401]);
    expect(error.message).toBe(message.replace("ISSUER", issuer.url));
  });

  it("WHEN exp is 20 s past, within the 30 s clock skew THEN the token is accepted", async () => {
    const verified = await aws.verify(await issuer.sign({ ...access, exp: now() - 20 }));
    expect(verified.subject).toBe("user-1");
  });

  it("WHEN a required scope is missing THEN the scope check fails with 403", async () => {
    const error = await rejection(aws, await issuer.sign({ ...access, scope: "openid" }), [
      "api/orders.read",
    ]);
    expect([error.check, error.status, error.message]).toEqual([
      "scope",
      403,
      'token rejected (scope): missing "api/orders.read"; the token has "openid"',
    ]);
  });

  it("WHEN a route names an unknown scope THEN configuration fails at once", () => {
    expect(() => aws.scopes("write")).toThrow(
      new ConfigError("scopes", 'unknown scope name "write"; known: read'),
    );
  });
});

describe("GIVEN tokens forged or malformed", () => {
  it("WHEN alg is none THEN the algorithm check fails", async () => {
    const header = base64url.encode(JSON.stringify({ alg: "none", kid: "key-1" }));
    const body = base64url.encode(JSON.stringify({ iss: issuer.url, aud: "api-app", exp: now() + 60 }));
    const error = await rejection(azure, `${header}.${body}.`);
    expect([error.check, error.message]).toEqual([
      "algorithm",
      'token rejected (algorithm): alg "none" is not allowed; allowed: RS256',
    ]);
  });

  it("WHEN HS256 is signed with the issuer's public key as secret THEN the algorithm check fails", async () => {
    const key = issuer.keys[0];
    if (key === undefined) throw new Error("no key");
    const pem = createPublicKey({ key: key.jwk, format: "jwk" }).export({ type: "spki", format: "pem" });
    const token = await new SignJWT({ aud: "api-app", iss: issuer.url })
      .setProtectedHeader({ alg: "HS256", kid: "key-1" })
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(String(pem)));
    const error = await rejection(azure, token);
    expect([error.check, error.message]).toEqual([
      "algorithm",
      'token rejected (algorithm): alg "HS256" is not allowed; allowed: RS256',
    ]);
  });

  it("WHEN another key signs under a known kid THEN the signature check fails", async () => {
    const impostor = { ...(await newSigningKey("key-1")) };
    const error = await rejection(azure, await issuer.sign({ aud: "api-app" }, { key: impostor }));
    expect([error.check, error.message]).toEqual([
      "signature",
      "token rejected (signature): the signature does not match the issuer's key",
    ]);
  });

  it.each([
    ["not-a-jwt", "format"],
    ["a.b.c", "format"],
    ["x".repeat(20_000), "format"],
  ])("WHEN the token is %# THEN the %s check fails", async (token, check) => {
    expect((await rejection(azure, token)).check).toBe(check);
  });

  it("WHEN a token has no exp THEN it is refused", async () => {
    const key = issuer.keys[0];
    if (key === undefined) throw new Error("no key");
    const token = await new SignJWT({ aud: "api-app", iss: issuer.url })
      .setProtectedHeader({ alg: "RS256", kid: "key-1" })
      .sign(key.privateKey);
    const error = await rejection(azure, token);
    expect([error.check, error.message]).toEqual([
      "expired",
      "token rejected (expired): the token has no valid exp claim; tokens without expiry are refused",
    ]);
  });
});

describe("GIVEN an Azure-style verifier", () => {
  it("WHEN aud and scp match THEN the token is accepted", async () => {
    const verified = await azure.verify(
      await issuer.sign({ aud: "api-app", scp: "orders.read profile", azp: "spa" }),
      ["orders.read"],
    );
    expect([verified.clientId, verified.scopes]).toEqual(["spa", ["orders.read", "profile"]]);
  });

  it("WHEN aud is another app THEN the audience check fails", async () => {
    const error = await rejection(azure, await issuer.sign({ aud: "other-app" }));
    expect(error.message).toBe('token rejected (audience): expected one of "api-app"; received "other-app"');
  });
});

describe("GIVEN verifier options out of range", () => {
  it.each([
    [
      { algorithms: ["HS256"] },
      'algorithms: must contain only asymmetric algorithms (RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA, Ed25519); received "HS256"',
    ],
    [
      { algorithms: [] },
      "algorithms: must list at least one of RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA, Ed25519; received []",
    ],
    [
      { clockSkewSeconds: 301 },
      "clockSkewSeconds: must be an integer between 0 and 300 (inclusive); received 301",
    ],
    [{ audiences: [] }, "audiences: must list at least one client ID or audience; received []"],
  ])("WHEN given %j THEN construction fails", (override, message) => {
    const options = {
      cloud: "aws" as const,
      issuer: "https://issuer",
      audiences: ["a"],
      jwks: { jwksUrl: "https://issuer/jwks" },
    };
    // @ts-expect-error deliberately invalid algorithms
    expect(() => new TokenVerifier({ ...options, ...override })).toThrow(message);
  });
});
