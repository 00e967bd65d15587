import * as cognito from "@pulumi/aws/cognito";
import type * as pulumi from "@pulumi/pulumi";
import type { Channel } from "../../platform/contract";
import { type AwsContext, childOf, cloudName } from "../context";
import { CHANNEL_SHAPES, type OAuthFlow, refreshPolicy, tokenValidity } from "./clientFlows";
import { tokenScopes } from "./resourceServer";

/** OpenID scopes every interactive client may request. */
const OPENID_SCOPES = ["openid", "email", "profile"];

export type AwsClients = Partial<Record<Channel, cognito.UserPoolClient>>;

export interface ClientDependencies {
  readonly userPool: cognito.UserPool;
  /** Resources the clients must wait for: the resource server owning their scopes, the IdPs they list. */
  readonly dependsOn: pulumi.Resource[];
  /** Names of the external identity providers interactive clients offer. */
  readonly identityProviderNames: readonly string[];
}

/** One app client per configured channel, with the flows that channel needs and nothing more. */
export function createClients(ctx: AwsContext, deps: ClientDependencies): AwsClients {
  const clients: AwsClients = {};
  for (const channel of Object.keys(CHANNEL_SHAPES) as Channel[]) {
    if (ctx.config.clients[channel] === undefined) continue;
    clients[channel] = new cognito.UserPoolClient(
      `${ctx.name}-${channel}-client`,
      {
        ...clientArgs(ctx.config, channel, deps.identityProviderNames),
        name: cloudName(ctx, channel),
        userPoolId: deps.userPool.id,
      },
      childOf(ctx, deps.dependsOn),
    );
  }
  return clients;
}

/** The client's arguments, apart from its name and pool; pure, so tests can read it directly. */
export function clientArgs(
  config: AwsContext["config"],
  channel: Channel,
  identityProviderNames: readonly string[],
) {
  const shape = CHANNEL_SHAPES[channel];
  const scopes = tokenScopes(config);
  const refresh = refreshPolicy(channel, config.session);
  const common = {
    generateSecret: shape.confidential,
    preventUserExistenceErrors: "ENABLED",
    enableTokenRevocation: true,
    authSessionValidity: 3,
    ...tokenValidity(config.session),
    allowedOauthFlowsUserPoolClient: true,
    allowedOauthFlows: [shape.flow] as [OAuthFlow],
    explicitAuthFlows: [...refresh.explicitAuthFlows],
    refreshTokenRotation: refresh.refreshTokenRotation,
  };
  const machine = config.clients.machine;
  if (channel === "machine" && machine) {
    return {
      ...common,
      allowedOauthScopes: machine.scopes.map((s) => scopes[s] ?? s),
      supportedIdentityProviders: ["COGNITO"],
    };
  }
  const interactive = config.clients[channel as Exclude<Channel, "machine">];
  const requested = interactive?.scopes ?? Object.keys(scopes);
  return {
    ...common,
    allowedOauthScopes: [...OPENID_SCOPES, ...requested.map((s) => scopes[s] ?? s)],
    callbackUrls: [...(interactive?.callbackUrls ?? []), ...edgeUrls(config, channel).callback],
    logoutUrls: [...(interactive?.logoutUrls ?? []), ...edgeUrls(config, channel).logout],
    supportedIdentityProviders: ["COGNITO", ...identityProviderNames],
  };
}

/**
 * Managed login needs a style per interactive client; Cognito's default look. None on Lite, which
 * has only the classic hosted UI and no branding editor.
 */
export function createBranding(
  ctx: AwsContext,
  clients: AwsClients,
  userPool: cognito.UserPool,
): cognito.ManagedLoginBranding[] {
  if (ctx.config.aws.userPoolTier === "lite") return [];
  return (["web", "spa", "mobile"] as const).flatMap((channel) => {
    const client = clients[channel];
    if (!client) return [];
    return [
      new cognito.ManagedLoginBranding(
        `${ctx.name}-${channel}-login-style`,
        { userPoolId: userPool.id, clientId: client.id, useCognitoProvidedValues: true },
        childOf(ctx),
      ),
    ];
  });
}

/**
 * The load balancer signs users in with the web client: Cognito must accept its callback,
 * `https://<domain>/oauth2/idpresponse` (ALB user guide), and its signed-out page as a logout URL.
 */
export function edgeUrls(
  config: AwsContext["config"],
  channel: Channel,
): { callback: string[]; logout: string[] } {
  const edge = config.aws.loadBalancer;
  if (channel !== "web" || !edge) return { callback: [], logout: [] };
  const base = `https://${edge.domainName}`;
  return { callback: [`${base}/oauth2/idpresponse`], logout: [`${base}${edge.signedOutPath}`] };
}
