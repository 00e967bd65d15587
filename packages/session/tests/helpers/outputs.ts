/**
 * Stack outputs as `pulumi stack output --json` prints them, for a store on a local server.
 * The issuer URLs are the shapes each cloud publishes; tests that verify tokens use their own.
 */
export function azureOutputs(store: {
  port: number;
  keyPrefix?: string;
  username?: string;
  clustered?: boolean;
}) {
  return {
    cloud: "azure",
    issuerUrl: "https://hanbit.b2clogin.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0/",
    openIdConfigurationUrl:
      "https://hanbit.b2clogin.com/hanbit.onmicrosoft.com/B2C_1A_SIGNIN/v2.0/.well-known/openid-configuration",
    jwksUrl: "https://hanbit.b2clogin.com/hanbit.onmicrosoft.com/B2C_1A_SIGNIN/discovery/v2.0/keys",
    clientIds: { web: "3f1a8c2e-5b7d-4e9a-8c1f-2d6b9e4a7c3f" },
    apiScopes: { read: "orders.read" },
    sessionStore: {
      host: "127.0.0.1",
      port: store.port,
      tls: false,
      authMode: "entra",
      keyPrefix: store.keyPrefix ?? "sess:",
      idleTimeoutSeconds: 1800,
      absoluteTimeoutSeconds: 43200,
      username: store.username ?? ENTRA_OID,
      clustered: store.clustered ?? false,
    },
  };
}

/** The application identity's object ID (the Redis username under Entra authentication). */
export const ENTRA_OID = "7e3d1b9a-2c4f-4a6e-8b0d-5f1a3c7e9b24";

/** An Entra credential whose token the local server accepts as the identity's password. */
export function entraCredential(token: string) {
  return { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3_600_000 }) };
}
