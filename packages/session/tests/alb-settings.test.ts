import { describe, expect, it } from "vitest";
import { ConfigError } from "../src/errors.js";
import { AlbClaimsVerifier, albSignOut } from "../src/index.js";
import { albToken } from "./helpers/alb.js";
import { CLIENT, ISSUER, SIGNER, useAlbKeyServer } from "./helpers/albFixture.js";

const alb = useAlbKeyServer();
const { header, claims, verifier } = alb;

describe("GIVEN the verifier's settings", () => {
  it("THEN the key endpoint is the signer's region by default", async () => {
    const urls: string[] = [];
    const v = new AlbClaimsVerifier({
      signer: SIGNER,
      clientId: CLIENT,
      issuer: ISSUER,
      fetch: async (url) => {
        urls.push(String(url));
        return new Response(alb.key.publicPem);
      },
    });
    await v.verify(albToken(alb.key, header(), claims()));
    expect(urls).toEqual([`https://public-keys.auth.elb.ap-northeast-2.amazonaws.com/${alb.key.kid}`]);
  });

  it.each([
    [{ signer: "arn:aws:elasticloadbalancing:ap-northeast-2:123456789012:targetgroup/x/1" }, "signer"],
    [{ clientId: "" }, "clientId"],
    [{ keyEndpoint: "http://keys.example.com" }, "keyEndpoint"],
    [{ clockSkewSeconds: 301 }, "clockSkewSeconds"],
    [
      {
        signer: "arn:aws-cn:elasticloadbalancing:cn-north-1:123456789012:loadbalancer/app/x/1a",
        keyEndpoint: undefined,
      },
      "keyEndpoint",
    ],
  ])("THEN %j is refused as a ConfigError on %s", (over, field) => {
    let error: unknown;
    try {
      verifier(over as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).field).toBe(field);
  });
});

describe("GIVEN a user signing out of an app behind the load balancer", () => {
  it("THEN every session-cookie shard expires and the browser goes to Cognito's logout with the signed-out page", () => {
    expect(
      albSignOut({
        signInUrl: "https://hanbit-login.auth.ap-northeast-2.amazoncognito.com/oauth2/authorize",
        clientId: CLIENT,
        logoutUri: "https://www.hanbit.co.kr/signed-out",
      }),
    ).toEqual({
      setCookie: [0, 1, 2, 3].map(
        (i) =>
          `AWSELBAuthSessionCookie-${i}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Secure; HttpOnly`,
      ),
      location: `https://hanbit-login.auth.ap-northeast-2.amazoncognito.com/logout?client_id=${CLIENT}&logout_uri=https%3A%2F%2Fwww.hanbit.co.kr%2Fsigned-out`,
    });
  });

  it("THEN a cookie name that could split the header is refused", () => {
    expect(() =>
      albSignOut({
        cookieName: "a;b",
        signInUrl: "https://x.example.com/",
        clientId: CLIENT,
        logoutUri: "https://x.example.com/",
      }),
    ).toThrow('cookieName: must be 1..64 cookie-name characters (RFC 6265 token); received "a;b"');
  });
});
