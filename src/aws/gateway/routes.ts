import type { AwsContext } from "../context";
import { tokenScopes } from "../identity/resourceServer";

/** One HTTP_PROXY integration: every route on a path shares it and keeps its own method. */
export interface IntegrationPlan {
  /** Resource-name fragment, e.g. `orders-id` for /orders/{id}. */
  readonly key: string;
  readonly uri: string;
}

export interface RoutePlan {
  readonly key: string;
  /** API Gateway route key, e.g. `GET /orders/{id}`. */
  readonly routeKey: string;
  readonly integrationKey: string;
  /** Full scope names as access tokens carry them (`<identifier>/<scope>`); ID tokens have none. */
  readonly authorizationScopes: readonly string[];
}

/** Name fragment of a path: /orders/{id} → orders-id, / → root. */
export function pathKey(path: string): string {
  const key = path
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return key === "" ? "root" : key;
}

/** The upstream URL of a route path; greedy `{proxy+}` becomes `{proxy}` in the integration URI. */
export function upstreamUri(upstreamUrl: string, path: string): string {
  return `${upstreamUrl.replace(/\/+$/, "")}${path.replace(/\{([A-Za-z][A-Za-z0-9_]*)\+\}/g, "{$1}")}`;
}

/** Integrations and routes for `api.routes`; no `$default` route, so unknown paths get 404. Pure. */
export function routePlans(config: AwsContext["config"]): {
  integrations: IntegrationPlan[];
  routes: RoutePlan[];
} {
  const api = config.api;
  if (!api) return { integrations: [], routes: [] };
  const scopes = tokenScopes(config);
  const integrations = new Map<string, IntegrationPlan>();
  const routes = api.routes.map((route) => {
    const integrationKey = pathKey(route.path);
    if (!integrations.has(integrationKey)) {
      integrations.set(integrationKey, {
        key: integrationKey,
        uri: upstreamUri(api.upstreamUrl, route.path),
      });
    }
    return {
      key: `${route.method.toLowerCase()}-${integrationKey}`,
      routeKey: `${route.method} ${route.path}`,
      integrationKey,
      authorizationScopes: route.scopes.map((s) => scopes[s] ?? s),
    };
  });
  return { integrations: [...integrations.values()], routes };
}
