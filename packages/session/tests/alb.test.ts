import { describe, expect, it } from "vitest";
import { AlbClaimsError, type AlbClaimsVerifier } from "../src/index.js";
import { albKeyPair, albToken, paddedBase64Url } from "./helpers/alb.js";
import { CLIENT, ISSUER, SIGNER, USER, useAlbKeyServer } from "./helpers/albFixture.js";

const alb = useAlbKeyServer();
const { header, claims, verifier } = alb;

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
    const token = albToken(alb.key, header(), claims());
    const [, payload, signature] = token.split(".");
    expect([payload?.endsWith("="), signature?.endsWith("==")]).toEqual([true, true]);
    const result = await verifier().verify(token);
    expect(result.subject).toBe(USER.sub);
    expect(result.claims).toMatchObject(USER);
    expect(alb.server.requests).toEqual([`/${alb.key.kid}`]);
  });

  it("THEN a padded header segment is accepted too", async () => {
    const client = `${CLIENT}x`;
    const token = albToken(alb.key, header({ client }), claims());
    expect(token.split(".")[0]?.endsWith("=")).toBe(true);
    expect((await verifier({ clientId: client }).verify(token)).subject).toBe(USER.sub);
  });

  it("THEN the key is fetched once for many and for concurrent headers", async () => {
    const v = verifier();
    const token = albToken(alb.key, header(), claims());
    await Promise.all(Array.from({ length: 10 }, () => v.verify(token)));
    await v.verify(token);
    expect([v.keyFetches, alb.server.requests.length]).toEqual([1, 1]);
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
      () => albToken(alb.key, header({ signer: SIGNER.replace("hanbit-aws-edge", "evil-edge") }), claims()),
      {
        check: "signer",
        status: 401,
        message: `load balancer claims rejected (signer): expected "${SIGNER}"; received "${SIGNER.replace("hanbit-aws-edge", "evil-edge")}"`,
      },
      0,
    ],
    [
      "another client's header",
      () => albToken(alb.key, header({ client: "spa-client" }), claims()),
      {
        check: "client",
        status: 401,
        message: `load balancer claims rejected (client): expected "${CLIENT}"; received "spa-client"`,
      },
      0,
    ],
    [
      "another issuer",
      () => albToken(alb.key, header({ iss: "https://idp.example.com" }), claims()),
      {
        check: "issuer",
        status: 401,
        message: `load balancer claims rejected (issuer): expected "${ISSUER}"; received "https://idp.example.com"`,
      },
      0,
    ],
    [
      "an expired header",
      () => albToken(alb.key, header({ exp: 1_700_000_000 }), claims()),
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
      () => albToken(alb.key, header({ alg: "HS256" }), claims()),
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
      () => albToken(alb.key, header({ kid: "../../etc/passwd" }), claims()),
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
      () => albToken({ ...other, kid: alb.key.kid }, header(), claims()),
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
        const [h, , s] = albToken(alb.key, header(), claims()).split(".");
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
      () => albToken(alb.key, header(), claims({ exp: 1_700_000_000 })),
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
      () => albToken(alb.key, header(), { email: USER.email }),
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
        message: expected.message.replace("KEY_URL", alb.server.url.replace(/\/$/, "")),
      });
      expect(v.keyFetches).toBe(fetches);
      if (text) expect(result.message).not.toContain(text.split(".")[2]);
    },
  );

  it("THEN a key endpoint failing with 500 is a 503, and the failure is not cached", async () => {
    const v = verifier();
    const token = albToken(alb.key, header(), claims());
    alb.server.failWith = 500;
    expect(await rejection(v, token)).toEqual({
      check: "keys-unavailable",
      status: 503,
      message: `load balancer claims rejected (keys-unavailable): the key endpoint ${alb.server.url}/${alb.key.kid} answered HTTP 500`,
    });
    alb.server.failWith = undefined;
    expect((await v.verify(token)).subject).toBe(USER.sub);
    expect(v.keyFetches).toBe(2);
  });
});
