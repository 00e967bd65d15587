import express, { type Express } from "express";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireToken } from "../src/express/index.js";
import { TokenVerifier } from "../src/tokens/verifier.js";
import { LocalIssuer } from "./helpers/issuer.js";

const CLIENT_IDS = ["3f1a8c2e-5b7d-4e9a-8c1f-2d6b9e4a7c3f", "b7e2c9d4-1a3f-4e8b-9c2d-6f5a4b3c2d1e"];
let issuer: LocalIssuer;
let app: Express;
/** What the app's own logging sees: the failed check, kept on the server. */
const logged: unknown[] = [];

beforeAll(async () => {
  issuer = await LocalIssuer.start();
  const verifier = new TokenVerifier({
    cloud: "azure",
    issuer: issuer.url,
    audiences: CLIENT_IDS,
    apiScopes: { read: "orders.read", write: "orders.write" },
    jwks: { openIdConfigurationUrl: issuer.discoveryUrl },
  });
  app = express();
  app.use((_req, res, next) => {
    res.on("finish", () => logged.push(res.locals.tokenError?.check));
    next();
  });
  app.get("/orders", requireToken(verifier, "read", "write"), (_req, res) => {
    res.json({ ok: true });
  });
});
afterAll(() => issuer.stop());

async function get(claims: Record<string, unknown>): Promise<request.Response> {
  const token = await issuer.sign(claims);
  return request(app).get("/orders").set("Authorization", `Bearer ${token}`);
}

describe("GIVEN a route behind requireToken", () => {
  it.each([
    [
      "another audience",
      { aud: "attacker-app", scp: "orders.read orders.write" },
      401,
      { error: "invalid_token", error_description: "the token was not issued for this API" },
      'Bearer realm="api", error="invalid_token", error_description="the token was not issued for this API"',
    ],
    [
      "another issuer",
      { aud: CLIENT_IDS[0], scp: "orders.read orders.write", iss: "https://evil.example/" },
      401,
      { error: "invalid_token", error_description: "the token was not issued for this API" },
      'Bearer realm="api", error="invalid_token", error_description="the token was not issued for this API"',
    ],
    [
      "one scope of two",
      { aud: CLIENT_IDS[0], scp: "orders.read profile.secret" },
      403,
      { error: "insufficient_scope", error_description: "the token lacks a scope this route requires" },
      'Bearer realm="api", error="insufficient_scope", error_description="the token lacks a scope this route requires"',
    ],
  ])(
    "WHEN the token has %s THEN the answer discloses no configuration or token content",
    async (_l, claims, status, body, header) => {
      const response = await get(claims);
      expect([response.status, response.body, response.headers["www-authenticate"]]).toEqual([
        status,
        body,
        header,
      ]);
      for (const secret of [...CLIENT_IDS, issuer.url, "profile.secret", "orders.write"]) {
        expect(
          response.text.includes(secret) || String(response.headers["www-authenticate"]).includes(secret),
        ).toBe(false);
      }
    },
  );

  it("WHEN the issuer's keys cannot be fetched THEN it answers 503 with Retry-After, not invalid_token", async () => {
    const cold = express();
    const verifier = new TokenVerifier({
      cloud: "azure",
      issuer: issuer.url,
      audiences: CLIENT_IDS,
      apiScopes: { read: "orders.read" },
      jwks: { openIdConfigurationUrl: issuer.discoveryUrl },
    });
    cold.get("/orders", requireToken(verifier, "read"), (_req, res) => {
      res.json({ ok: true });
    });
    issuer.jwksStatus = 500;
    const token = await issuer.sign({ aud: CLIENT_IDS[0], scp: "orders.read" });
    const response = await request(cold).get("/orders").set("Authorization", `Bearer ${token}`);
    issuer.jwksStatus = 200;
    expect([
      response.status,
      response.headers["retry-after"],
      response.headers["www-authenticate"],
      response.body,
    ]).toEqual([
      503,
      "1",
      undefined,
      {
        error: "temporarily_unavailable",
        error_description: "the issuer's signing keys are unavailable; retry later",
      },
    ]);
  });
});
