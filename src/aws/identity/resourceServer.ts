import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import type { ResolvedConfig } from "../../config/validate";

/** The identifier of the API's resource server; scopes appear in tokens as `<identifier>/<scope>`. */
export function apiIdentifier(config: ResolvedConfig<"aws">): string {
  return `${config.name}-api`;
}

/** Scope names as they appear in Cognito access tokens. */
export function tokenScopes(config: ResolvedConfig<"aws">): Record<string, string> {
  const identifier = apiIdentifier(config);
  return Object.fromEntries(Object.keys(config.api?.scopes ?? {}).map((s) => [s, `${identifier}/${s}`]));
}

/** The resource server that owns the API's scopes; undefined when no API is configured. */
export function createResourceServer(
  name: string,
  config: ResolvedConfig<"aws">,
  userPool: aws.cognito.UserPool,
  parent: pulumi.Resource,
): aws.cognito.ResourceServer | undefined {
  if (!config.api) return undefined;
  return new aws.cognito.ResourceServer(
    `${name}-api-scopes`,
    {
      userPoolId: userPool.id,
      identifier: apiIdentifier(config),
      name: `${config.name} API`,
      scopes: Object.entries(config.api.scopes).map(([scopeName, scopeDescription]) => ({
        scopeName,
        scopeDescription,
      })),
    },
    { parent },
  );
}
