import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import type { ResolvedConfig } from "../../config/validate";
import type { Channel } from "../../platform/contract";
import { physicalName } from "../../platform/options";
import { tokenScopes } from "./resourceServer";

type AwsConfig = ResolvedConfig<"aws">;

/** OpenID scopes every interactive client may request. */
const OPENID_SCOPES = ["openid", "email", "profile"];

/** What distinguishes one channel's client from another's. */
interface ChannelShape {
  /** Confidential clients get a secret; public clients (browser, device) use PKCE instead. */
  readonly confidential: boolean;
  readonly flow: "code" | "client_credentials";
}

export const CHANNEL_SHAPES: Readonly<Record<Channel, ChannelShape>> = {
  web: { confidential: true, flow: "code" },
  spa: { confidential: false, flow: "code" },
  mobile: { confidential: false, flow: "code" },
  machine: { confidential: true, flow: "client_credentials" },
};

export interface ClientDependencies {
  readonly userPool: aws.cognito.UserPool;
  /** Resources the clients must wait for: the resource server owning their scopes, the IdPs they list. */
  readonly dependsOn: pulumi.Resource[];
  /** Names of the external identity providers interactive clients offer. */
  readonly identityProviderNames: string[];
}

/** One app client per configured channel, with the flows that channel needs and nothing more. */
export function createClients(
  name: string,
  config: AwsConfig,
  stack: string,
  deps: ClientDependencies,
  parent: pulumi.Resource,
): Partial<Record<Channel, aws.cognito.UserPoolClient>> {
  const clients: Partial<Record<Channel, aws.cognito.UserPoolClient>> = {};
  for (const channel of Object.keys(CHANNEL_SHAPES) as Channel[]) {
    if (config.clients[channel] === undefined) continue;
    clients[channel] = new aws.cognito.UserPoolClient(
      `${name}-${channel}-client`,
      {
        ...clientArgs(config, channel, deps.identityProviderNames),
        name: physicalName(config.name, stack, channel),
        userPoolId: deps.userPool.id,
      },
      { parent, dependsOn: deps.dependsOn },
    );
  }
  return clients;
}

/** The client's arguments, apart from its name and pool; pure, so tests can read it directly. */
export function clientArgs(config: AwsConfig, channel: Channel, identityProviderNames: string[]) {
  const shape = CHANNEL_SHAPES[channel];
  const scopes = tokenScopes(config);
  const session = config.session;
  const rotation = session.refreshTokenRotation.enabled && shape.flow === "code";
  const common = {
    generateSecret: shape.confidential,
    preventUserExistenceErrors: "ENABLED",
    enableTokenRevocation: true,
    authSessionValidity: 3,
    accessTokenValidity: session.accessTokenLifetime.seconds,
    idTokenValidity: session.idTokenLifetime.seconds,
    refreshTokenValidity: Math.floor(session.refreshTokenLifetime.seconds / 60),
    tokenValidityUnits: { accessToken: "seconds", idToken: "seconds", refreshToken: "minutes" },
    allowedOauthFlowsUserPoolClient: true,
  };
  const machine = config.clients.machine;
  if (channel === "machine" && machine) {
    return {
      ...common,
      allowedOauthFlows: ["client_credentials"],
      allowedOauthScopes: machine.scopes.map((s) => scopes[s] ?? s),
      explicitAuthFlows: ["ALLOW_REFRESH_TOKEN_AUTH"],
      supportedIdentityProviders: ["COGNITO"],
    };
  }
  const interactive = config.clients[channel as Exclude<Channel, "machine">];
  const requested = interactive?.scopes ?? Object.keys(scopes);
  return {
    ...common,
    allowedOauthFlows: ["code"],
    allowedOauthScopes: [...OPENID_SCOPES, ...requested.map((s) => scopes[s] ?? s)],
    callbackUrls: interactive?.callbackUrls ?? [],
    logoutUrls: interactive?.logoutUrls ?? [],
    supportedIdentityProviders: ["COGNITO", ...identityProviderNames],
    // Rotation replaces ALLOW_REFRESH_TOKEN_AUTH: Cognito refuses the two together.
    explicitAuthFlows: rotation
      ? ["ALLOW_USER_SRP_AUTH"]
      : ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    refreshTokenRotation: rotation
      ? { feature: "ENABLED", retryGracePeriodSeconds: session.refreshTokenRotation.gracePeriod.seconds }
      : undefined,
  };
}

/** Managed login v2 needs a style per interactive client; Cognito's default look. */
export function createBranding(
  name: string,
  clients: Partial<Record<Channel, aws.cognito.UserPoolClient>>,
  userPool: aws.cognito.UserPool,
  parent: pulumi.Resource,
): aws.cognito.ManagedLoginBranding[] {
  return (["web", "spa", "mobile"] as const).flatMap((channel) => {
    const client = clients[channel];
    if (!client) return [];
    return [
      new aws.cognito.ManagedLoginBranding(
        `${name}-${channel}-login-style`,
        { userPoolId: userPool.id, clientId: client.id, useCognitoProvidedValues: true },
        { parent },
      ),
    ];
  });
}
