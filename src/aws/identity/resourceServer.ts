import * as cognito from "@pulumi/aws/cognito";
import type { ResolvedConfig } from "../../config/validate";
import { type AwsContext, childOf } from "../context";

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
  ctx: AwsContext,
  userPool: cognito.UserPool,
): cognito.ResourceServer | undefined {
  const { config } = ctx;
  if (!config.api) return undefined;
  return new cognito.ResourceServer(
    `${ctx.name}-api-scopes`,
    {
      userPoolId: userPool.id,
      identifier: apiIdentifier(config),
      name: `${config.name} API`,
      scopes: Object.entries(config.api.scopes).map(([scopeName, scopeDescription]) => ({
        scopeName,
        scopeDescription,
      })),
    },
    childOf(ctx),
  );
}
