import { createServer, type Server } from "node:http";
import { type CryptoKey, exportJWK, generateKeyPair, type JWK, type JWTPayload, SignJWT } from "jose";

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  jwk: JWK;
}

export async function newSigningKey(kid: string, alg: "RS256" | "ES256" = "RS256"): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg, use: "sig" };
  return { kid, privateKey, publicKey, jwk };
}

/** A local issuer: discovery document and JWKS over HTTP, with request counters. */
export class LocalIssuer {
  readonly keys: SigningKey[] = [];
  discoveryHits = 0;
  jwksHits = 0;
  /** Artificial delay of JWKS answers, to hold fetches open while others pile up. */
  jwksDelayMs = 0;
  /** HTTP status of JWKS answers (500 simulates an outage). */
  jwksStatus = 200;
  /** While set, JWKS answers wait for it (a slow issuer, held open by the test). */
  jwksHold: Promise<void> | undefined;
  /** Spaces appended to JWKS answers (an oversized key set). */
  jwksPaddingBytes = 0;
  private server: Server | undefined;
  url = "";

  static async start(): Promise<LocalIssuer> {
    const issuer = new LocalIssuer();
    issuer.keys.push(await newSigningKey("key-1"));
    issuer.server = createServer((req, res) => {
      if (req.url === "/.well-known/openid-configuration") {
        issuer.discoveryHits++;
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify({ issuer: issuer.url, jwks_uri: `${issuer.url}/jwks` }));
      } else if (req.url === "/jwks") {
        issuer.jwksHits++;
        void (async () => {
          await new Promise((resolve) => setTimeout(resolve, issuer.jwksDelayMs));
          await issuer.jwksHold;
          res.statusCode = issuer.jwksStatus;
          res.setHeader("content-type", "application/json");
          res.end(
            JSON.stringify({ keys: issuer.keys.map((k) => k.jwk) }) + " ".repeat(issuer.jwksPaddingBytes),
          );
        })();
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>((resolve) => issuer.server?.listen(0, "127.0.0.1", resolve));
    const address = issuer.server.address();
    issuer.url = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
    return issuer;
  }

  get discoveryUrl(): string {
    return `${this.url}/.well-known/openid-configuration`;
  }

  async sign(
    claims: JWTPayload,
    options: { key?: SigningKey; expiresIn?: string | number } = {},
  ): Promise<string> {
    const key = options.key ?? this.keys[0];
    if (key === undefined) {
      throw new Error("no key");
    }
    const jwt = new SignJWT({ iss: this.url, ...claims })
      .setProtectedHeader({ alg: key.jwk.alg ?? "RS256", kid: key.kid, typ: "JWT" })
      .setIssuedAt();
    if (claims.exp === undefined) {
      jwt.setExpirationTime(options.expiresIn ?? "5m");
    }
    return await jwt.sign(key.privateKey);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
