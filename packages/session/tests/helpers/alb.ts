import { generateKeyPairSync, type KeyObject, randomUUID, sign } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** Base64url WITH the trailing padding, as the Application Load Balancer writes its segments. */
export function paddedBase64Url(data: Buffer | string): string {
  return Buffer.from(data).toString("base64").replace(/\+/g, "-").replace(/\//g, "_");
}

export interface AlbKeyPair {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicPem: string;
}

/** A P-256 key pair under a UUID kid, like the load balancer's regional keys. */
export function albKeyPair(kid: string = randomUUID()): AlbKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return { kid, privateKey, publicPem: publicKey.export({ type: "spki", format: "pem" }).toString() };
}

/**
 * A token shaped exactly like `x-amzn-oidc-data`: header `alg`, `kid`, `signer`, `iss`, `client`,
 * `exp`; the user-info claims as payload; padded base64url; an ES256 signature (r||s, 64 bytes)
 * over the padded segments.
 */
export function albToken(
  key: AlbKeyPair,
  header: Record<string, unknown>,
  claims: Record<string, unknown>,
): string {
  const input = `${paddedBase64Url(JSON.stringify({ alg: "ES256", kid: key.kid, ...header }))}.${paddedBase64Url(JSON.stringify(claims))}`;
  const signature = sign("sha256", Buffer.from(input), { key: key.privateKey, dsaEncoding: "ieee-p1363" });
  return `${input}.${paddedBase64Url(signature)}`;
}

/** A local stand-in for `https://public-keys.auth.elb.<region>.amazonaws.com/<kid>`: PEM by kid, 404 otherwise. */
export class AlbKeyServer {
  readonly keys = new Map<string, string>();
  readonly requests: string[] = [];
  /** When set, every request answers this status. */
  failWith: number | undefined;
  private constructor(private readonly server: Server) {}

  static async start(): Promise<AlbKeyServer> {
    let instance: AlbKeyServer | undefined;
    const server = createServer((req, res) => {
      const path = req.url ?? "/";
      instance?.requests.push(path);
      const pem = instance?.keys.get(path.slice(1));
      if (instance?.failWith !== undefined) {
        res.writeHead(instance.failWith).end();
      } else if (pem === undefined) {
        res.writeHead(404, { "content-type": "text/plain" }).end("Not Found");
      } else {
        res.writeHead(200, { "content-type": "text/plain" }).end(pem);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    instance = new AlbKeyServer(server);
    return instance;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  serve(key: AlbKeyPair): void {
    this.keys.set(key.kid, key.publicPem);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
