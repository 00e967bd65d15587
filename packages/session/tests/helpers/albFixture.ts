import { afterAll, beforeAll, beforeEach } from "vitest";
import { AlbClaimsVerifier } from "../../src/index.js";
import { type AlbKeyPair, AlbKeyServer, albKeyPair } from "./alb.js";

/** The example stack's load balancer, web client, user pool and one of its users. */
export const SIGNER =
  "arn:aws:elasticloadbalancing:ap-northeast-2:123456789012:loadbalancer/app/hanbit-aws-edge/46cf4d5aae87d766";
export const CLIENT = "b5200zfr8o4klcusw5ei0noq1c";
export const ISSUER = "https://cognito-idp.ap-northeast-2.amazonaws.com/ap-northeast-2_BvHmNAyOx";
export const USER = {
  sub: "5f1c9e2a-7b3d-4e8f-9a0b-1c2d3e4f5a6b",
  email: "minji@hanbit.co.kr",
  username: "minji",
};

const now = () => Math.floor(Date.now() / 1000);

/**
 * A local key endpoint serving one load-balancer key for the file's tests (started before
 * them, emptied of requests and failures before each), with the header, claims and verifier
 * the tests change one field of.
 */
export function useAlbKeyServer() {
  let server: AlbKeyServer | undefined;
  let key: AlbKeyPair | undefined;
  beforeAll(async () => {
    server = await AlbKeyServer.start();
    key = albKeyPair();
    server.serve(key);
  });
  afterAll(() => server?.stop());
  beforeEach(() => {
    if (!server) return;
    server.requests.length = 0;
    server.failWith = undefined;
  });
  const started = () => {
    if (!server || !key) throw new Error("the ALB key server starts in beforeAll");
    return { server, key };
  };
  return {
    get server(): AlbKeyServer {
      return started().server;
    },
    get key(): AlbKeyPair {
      return started().key;
    },
    header: (over: Record<string, unknown> = {}) => ({
      signer: SIGNER,
      iss: ISSUER,
      client: CLIENT,
      exp: now() + 120,
      ...over,
    }),
    claims: (over: Record<string, unknown> = {}) => ({ ...USER, exp: now() + 120, iss: ISSUER, ...over }),
    verifier: (over: Partial<ConstructorParameters<typeof AlbClaimsVerifier>[0]> = {}) =>
      new AlbClaimsVerifier({
        signer: SIGNER,
        clientId: CLIENT,
        issuer: ISSUER,
        keyEndpoint: started().server.url,
        ...over,
      }),
  };
}
