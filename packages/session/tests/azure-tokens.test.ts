import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TokenVerificationError } from "../src/errors.js";
import { TokenVerifier } from "../src/tokens/verifier.js";
import { LocalIssuer } from "./helpers/issuer.js";

// Claim sets in the shapes Microsoft documents: AD B2C tokens ("Overview of tokens in Azure AD
// B2C": v1.0, `tfp`, `scp` in access tokens only, `nonce` in ID tokens) and Entra External ID
// tokens (Microsoft identity platform v2.0 access- and ID-token claims references: `scp` for
// delegated access, `roles` for app-only access, neither in ID tokens).
const TENANT = "9188040d-6c67-4c5b-b112-36a304b66dad";
const API_APP = "a1b2c3d4-0000-4000-8000-00000000a9a1";
const WEB_CLIENT = "3f1a8c2e-5b7d-4e9a-8c1f-2d6b9e4a7c3f";
const USER = "0c1b3e9a-7f24-4d0a-9e1c-5b2f8a6d4c33";
const B2C = { ver: "1.0", tfp: "B2C_1A_SIGNIN", sub: USER, oid: USER, auth_time: 1_700_000_000 };
const EXTERNAL_ID = { ver: "2.0", tid: TENANT, sub: "x9pK2mVq", oid: USER, rh: "0.AX0", uti: "q1w2e3" };

const SHAPES = {
  "B2C access token": { ...B2C, aud: API_APP, azp: WEB_CLIENT, scp: "orders.read profile.read" },
  "B2C ID token": { ...B2C, aud: WEB_CLIENT, nonce: "defaultNonce", name: "Min-ji Kim" },
  "External ID delegated access token": {
    ...EXTERNAL_ID,
    aud: API_APP,
    azp: WEB_CLIENT,
    azpacr: "1",
    scp: "orders.read",
  },
  "External ID app-only access token": {
    ...EXTERNAL_ID,
    aud: API_APP,
    azp: WEB_CLIENT,
    idtyp: "app",
    roles: ["orders.read"],
  },
  "External ID ID token": {
    ...EXTERNAL_ID,
    aud: WEB_CLIENT,
    nonce: "n-0S6_WzA2Mj",
    preferred_username: "minji@example.com",
  },
} as const;
type Shape = keyof typeof SHAPES;

let issuer: LocalIssuer;
let access: TokenVerifier;
let id: TokenVerifier;

beforeAll(async () => {
  issuer = await LocalIssuer.start();
  // Both accept the client ID and the API as audiences, as the platform's default (every client ID) does.
  const common = {
    cloud: "azure" as const,
    issuer: issuer.url,
    audiences: [API_APP, WEB_CLIENT],
    apiScopes: { read: "orders.read" },
    jwks: { openIdConfigurationUrl: issuer.discoveryUrl },
  };
  access = new TokenVerifier({ ...common, tokenUse: "access" });
  id = new TokenVerifier({ ...common, tokenUse: "id" });
});
afterAll(() => issuer.stop());

async function outcome(verifier: TokenVerifier, shape: Shape, scopes: string[] = []): Promise<unknown> {
  const token = await issuer.sign({ ...SHAPES[shape] });
  return verifier.verify(token, scopes).then(
    (verified) => ["accepted", verified.scopes],
    (error: unknown) =>
      error instanceof TokenVerificationError ? [error.check, error.message] : String(error),
  );
}

describe("GIVEN an Azure API route that requires an access token", () => {
  it.each<[Shape, unknown]>([
    ["B2C access token", ["accepted", ["orders.read", "profile.read"]]],
    ["External ID delegated access token", ["accepted", ["orders.read"]]],
    ["External ID app-only access token", ["accepted", ["orders.read"]]],
    [
      "B2C ID token",
      [
        "token_use",
        'token rejected (token_use): expected "access"; received a token with neither scp nor roles (an ID token)',
      ],
    ],
    [
      "External ID ID token",
      [
        "token_use",
        'token rejected (token_use): expected "access"; received a token with neither scp nor roles (an ID token)',
      ],
    ],
  ])("WHEN it receives a %s THEN the outcome is %j", async (shape, expected) => {
    expect(await outcome(access, shape, access.scopes("read"))).toEqual(expected);
  });
});

describe("GIVEN a verifier for ID tokens (tokenUse: id)", () => {
  it.each<[Shape, unknown]>([
    ["B2C ID token", ["accepted", []]],
    ["External ID ID token", ["accepted", []]],
    [
      "B2C access token",
      [
        "token_use",
        'token rejected (token_use): expected "id"; received a token with scp or roles (an access token)',
      ],
    ],
    [
      "External ID app-only access token",
      [
        "token_use",
        'token rejected (token_use): expected "id"; received a token with scp or roles (an access token)',
      ],
    ],
  ])("WHEN it receives a %s THEN the outcome is %j", async (shape, expected) => {
    expect(await outcome(id, shape)).toEqual(expected);
  });
});
