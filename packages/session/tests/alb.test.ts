import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AlbClaimsError, AlbClaimsVerifier } from "../src/index.js";
import { type AlbKeyPair, AlbKeyServer, albKeyPair, albToken, paddedBase64Url } from "./helpers/alb.js";

const SIGNER =
  "arn:aws:elasticloadbalancing:ap-northeast-2:123456789012:loadbalancer/app/hanbit-aws-edge/46cf4d5aae87d766";
const CLIENT = "b5200zfr8o4klcusw5ei0noq1c";
const ISSUER = "https://cognito-idp.ap-northeast-2.amazonaws.com/ap-northeast-2_BvHmNAyOx";
const USER = { sub: "5f1c9e2a-7b3d-4e8f-9a0b-1c2d3e4f5a6b", email: "minji@hanbit.co.kr", username: "minji" };

let server: AlbKeyServer;
let key: AlbKeyPair;
beforeAll(async () => {
  server = await AlbKeyServer.start();
  key = albKeyPair();
  server.serve(key);
});
afterAll(() => server.stop());
beforeEach(() => {
  server.requests.length = 0;
  server.failWith = undefined;
});

const now = () => Math.floor(Date.now() / 1000);
const header = (over: Record<string, unknown> = {}) => ({
  signer: SIGNER,
  iss: ISSUER,
  client: CLIENT,
  exp: now() + 120,
  ...over,
});
const claims = (over: Record<string, unknown> = {}) => ({ ...USER, exp: now() + 120, iss: ISSUER, ...over });
const verifier = (over: Partial<ConstructorParameters<typeof AlbClaimsVerifier>[0]> = {}) =>
  new AlbClaimsVerifier({
    signer: SIGNER,
    clientId: CLIENT,
    issuer: ISSUER,
    keyEndpoint: server.url,
    ...over,
  });

async function rejection(v: AlbClaimsVerifier, token: string | undefined) {
  try {
    await v.verify(token);
  } catch (error) {
    if (error instanceof AlbClaimsError)
      return { check: error.check, status: error.status, message: error.message };
    throw error;
  }
  throw new Error("the header was accepted");
}

describe("GIVEN a header shaped exactly like the load balancer's (padded base64url, ES256)", () => {
  it("THEN the padding is really there and the claims are accepted with the user's subject", async () => {
    const token = albToken(key, header(), claims());
    const [, payload, signature] = token.split(".");
    expect([payload?.endsWith("="), signature?.endsWith("==")]).toEqual([true, true]);
    const result = await verifier().verify(token);
    expect(result.subject).toBe(USER.sub);
    expect(result.claims).toMatchObject(USER);
    expect(server.requests).toEqual([`/${key.kid}`]);
  });

  it("THEN a padded header segment is accepted too", async () => {
    const client = `${CLIENT}x`;
    const token = albToken(key, header({ client }), claims());
    expect(token.split(".")[0]?.endsWith("=")).toBe(true);
    expect((await verifier({ clientId: client }).verify(token)).subject).toBe(USER.sub);
  });

  it("THEN the key is fetched once for many and for concurrent headers", async () => {
    const v = verifier();
    const token = albToken(key, header(), claims());
    await Promise.all(Array.from({ length: 10 }, () => v.verify(token)));
    await v.verify(token);
    expect([v.keyFetches, server.requests.length]).toEqual([1, 1]);
  });
});

describe("GIVEN a header that must be refused WHEN verified", () => {
  const other = albKeyPair();
  const cases: [
    string,
    () => string | undefined,
    { check: string; status: number; message: string },
    number,
  ][] = [
    [
      "no header",
      () => undefined,
      {
        check: "format",
        status: 401,
        message:
          "load balancer claims rejected (format): the x-amzn-oidc-data header is missing or not a three-part JWT",
      },
      0,
    ],
    [
      "another load balancer's header",
      () => albToken(key, header({ signer: SIGNER.replace("hanbit-aws-edge", "evil-edge") }), claims()),
      {
        check: "signer",
        status: 401,
        message: `load balancer claims rejected (signer): expected "${SIGNER}"; received "${SIGNER.replace("hanbit-aws-edge", "evil-edge")}"`,
      },
      0,
    ],
    [
      "another client's header",
      () => albToken(key, header({ client: "spa-client" }), claims()),
      {
        check: "client",
        status: 401,
        message: `load balancer claims rejected (client): expected "${CLIENT}"; received "spa-client"`,
      },
      0,
    ],
    [
      "another issuer",
      () => albToken(key, header({ iss: "https://idp.example.com" }), claims()),
      {
        check: "issuer",
        status: 401,
        message: `load balancer claims rejected (issuer): expected "${ISSUER}"; received "https://idp.example.com"`,
      },
      0,
    ],
    [
      "an expired header",
      () => albToken(key, header({ exp: 1_700_000_000 }), claims()),
      {
        check: "expired",
        status: 401,
        message:
          "load balancer claims rejected (expired): exp 2023-11-14T22:13:20.000Z is in the past (clock skew 30 s)",
      },
      0,
    ],
    [
      "HS256",
      () => albToken(key, header({ alg: "HS256" }), claims()),
      {
        check: "algorithm",
        status: 401,
        message:
          'load balancer claims rejected (algorithm): alg "HS256" is not allowed; the load balancer signs with ES256',
      },
      0,
    ],
    [
      "a kid that is a path",
      () => albToken(key, header({ kid: "../../etc/passwd" }), claims()),
      {
        check: "format",
        status: 401,
        message: "load balancer claims rejected (format): the header's kid is not a UUID",
      },
      0,
    ],
    [
      "a kid the endpoint does not know",
      () => albToken(other, header(), claims()),
      {
        check: "key",
        status: 401,
        message: `load balancer claims rejected (key): no public key for kid ${other.kid} at ${"KEY_URL"}`,
      },
      1,
    ],
    [
      "a signature by another key under the right kid",
      () => albToken({ ...other, kid: key.kid }, header(), claims()),
      {
        check: "signature",
        status: 401,
        message:
          "load balancer claims rejected (signature): the signature does not match the load balancer's key",
      },
      1,
    ],
    [
      "claims changed after signing",
      () => {
        const [h, , s] = albToken(key, header(), claims()).split(".");
        return `${h}.${paddedBase64Url(JSON.stringify(claims({ email: "admin@hanbit.co.kr" })))}.${s}`;
      },
      {
        check: "signature",
        status: 401,
        message:
          "load balancer claims rejected (signature): the signature does not match the load balancer's key",
      },
      1,
    ],
    [
      "expired claims under a valid header",
      () => albToken(key, header(), claims({ exp: 1_700_000_000 })),
      {
        check: "expired",
        status: 401,
        message:
          "load balancer claims rejected (expired): payload exp 2023-11-14T22:13:20.000Z is in the past (clock skew 30 s)",
      },
      1,
    ],
    [
      "claims without sub",
      () => albToken(key, header(), { email: USER.email }),
      {
        check: "format",
        status: 401,
        message: "load balancer claims rejected (format): the claims carry no sub",
      },
      1,
    ],
  ];

  it.each(cases)(
    "THEN %s is refused, naming the check, with %# key fetches",
    async (_what, token, expected, fetches) => {
      const v = verifier();
      const text = token();
      const result = await rejection(v, text);
      expect(result).toEqual({
        ...expected,
        message: expected.message.replace("KEY_URL", server.url.replace(/\/$/, "")),
      });
      expect(v.keyFetches).toBe(fetches);
      if (text) expect(result.message).not.toContain(text.split(".")[2]);
    },
  );

  it("THEN a key endpoint failing with 500 is a 503, and the failure is not cached", async () => {
    const v = verifier();
    const token = albToken(key, header(), claims());
    server.failWith = 500;
    expect(await rejection(v, token)).toEqual({
      check: "keys-unavailable",
      status: 503,
      message: `load balancer claims rejected (keys-unavailable): the key endpoint ${server.url}/${key.kid} answered HTTP 500`,
    });
    server.failWith = undefined;
    expect((await v.verify(token)).subject).toBe(USER.sub);
    expect(v.keyFetches).toBe(2);
  });
});
