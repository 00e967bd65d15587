import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { ResolvedConfig } from "../../config/validate";
import type { Channel } from "../../platform/contract";
import { createBranding, createClients } from "./clients";
import { createDomain, signInBaseUrl } from "./domain";
import { createResourceServer } from "./resourceServer";
import { createUserPool } from "./userPool";

export interface AwsIdentity {
  readonly userPool: aws.cognito.UserPool;
  readonly clients: Partial<Record<Channel, aws.cognito.UserPoolClient>>;
  readonly domain: aws.cognito.UserPoolDomain;
  readonly issuerUrl: pulumi.Output<string>;
  readonly signInUrl: string;
}

/** The Cognito side of the platform: pool, API scopes, one client per channel, hosted domain. */
export function createIdentity(
  name: string,
  config: ResolvedConfig<"aws">,
  parent: pulumi.Resource,
): AwsIdentity {
  const stack = pulumi.getStack();
  const userPool = createUserPool(name, config, stack, parent);
  const resourceServer = createResourceServer(name, config, userPool, parent);
  const clients = createClients(
    name,
    config,
    stack,
    { userPool, dependsOn: resourceServer ? [resourceServer] : [], identityProviderNames: [] },
    parent,
  );
  createBranding(name, clients, userPool, parent);
  const domain = createDomain(name, config, userPool, parent);
  return {
    userPool,
    clients,
    domain,
    issuerUrl: pulumi.interpolate`https://${userPool.endpoint}`,
    signInUrl: signInBaseUrl(config),
  };
}
