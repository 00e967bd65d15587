import type * as cognito from "@pulumi/aws/cognito";
import * as pulumi from "@pulumi/pulumi";
import type { AwsContext } from "../context";
import { type AwsClients, createBranding, createClients } from "./clients";
import { createDomain, signInBaseUrl } from "./domain";
import { cognitoIdp } from "./providerDetails";
import { createIdentityProviders } from "./providers";
import { createResourceServer } from "./resourceServer";
import { createUserPool } from "./userPool";

export interface AwsIdentity {
  readonly userPool: cognito.UserPool;
  readonly clients: AwsClients;
  readonly domain: cognito.UserPoolDomain;
  readonly identityProviders: cognito.IdentityProvider[];
  readonly issuerUrl: pulumi.Output<string>;
  readonly signInUrl: string;
}

/** The Cognito side of the platform: pool, external IdPs, API scopes, one client per channel, hosted domain. */
export function createIdentity(ctx: AwsContext): AwsIdentity {
  const userPool = createUserPool(ctx);
  const resourceServer = createResourceServer(ctx, userPool);
  const identityProviders = createIdentityProviders(ctx, userPool);
  const clients = createClients(ctx, {
    userPool,
    dependsOn: [...(resourceServer ? [resourceServer] : []), ...identityProviders],
    identityProviderNames: ctx.config.identity.providers.map((p) => cognitoIdp(p).providerName),
  });
  createBranding(ctx, clients, userPool);
  const domain = createDomain(ctx, userPool);
  return {
    userPool,
    clients,
    domain,
    identityProviders,
    issuerUrl: pulumi.interpolate`https://${userPool.endpoint}`,
    signInUrl: signInBaseUrl(ctx.config),
  };
}
