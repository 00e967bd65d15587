import { createServer, type Server } from "node:http";
import { exportJWK, generateKeyPair } from "jose";
import Provider from "oidc-provider";
import { freePort } from "./redis-server.js";

/**
 * A local oidc-provider that issues RS256 JWT access tokens through client_credentials, shaped
 * like AD B2C / Entra External ID access tokens: scopes in `scp`, the client in `azp`.
 */
export class LocalOpenIdProvider {
  private constructor(
    readonly issuer: string,
    private readonly server: Server,
  ) {}

  static async start(audience: string, scope: string): Promise<LocalOpenIdProvider> {
    const azureShape = async (_ctx: unknown, _token: unknown, jwt: { payload: Record<string, unknown> }) => {
      jwt.payload.scp = jwt.payload.scope;
      jwt.payload.azp = jwt.payload.client_id;
      delete jwt.payload.scope;
      delete jwt.payload.client_id;
    };
    const port = await freePort();
    const issuer = `http://127.0.0.1:${port}`;
    const { privateKey } = await generateKeyPair("RS256", { extractable: true });
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: "machine-client",
          client_secret: "test-client-secret",
          grant_types: ["client_credentials"],
          redirect_uris: [],
          response_types: [],
          token_endpoint_auth_method: "client_secret_post",
        },
      ],
      jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: "op-key", alg: "RS256", use: "sig" }] },
      formats: { customizers: { jwt: azureShape } },
      features: {
        clientCredentials: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => "https://api.example",
          useGrantedResource: () => true,
          getResourceServerInfo: () => ({
            scope,
            audience,
            accessTokenFormat: "jwt",
            jwt: { sign: { alg: "RS256" } },
          }),
        },
      },
    });
    const server = createServer(provider.callback());
    await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
    return new LocalOpenIdProvider(issuer, server);
  }

  get discoveryUrl(): string {
    return `${this.issuer}/.well-known/openid-configuration`;
  }

  /** Gets an access token the way a machine client would. */
  async token(scope: string): Promise<string> {
    const response = await fetch(`${this.issuer}/token`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_id: "machine-client",
        client_secret: "test-client-secret",
        scope,
        resource: "https://api.example",
      }),
    });
    const body: unknown = await response.json();
    const token =
      typeof body === "object" && body !== null && "access_token" in body ? body.access_token : undefined;
    if (typeof token !== "string") {
      throw new Error(`no access token: HTTP ${response.status}`);
    }
    return token;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
