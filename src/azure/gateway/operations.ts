import type { HttpMethod, RouteConfig } from "../../config/schema/api";

/** An API Management operation derived from a configured route. */
export interface OperationShape {
  /** Stable operation ID: `get-orders-by-id`. */
  readonly operationId: string;
  readonly method: string;
  /** URL template with greedy parameters written APIM's way: `/files/{*path}`. */
  readonly urlTemplate: string;
  readonly templateParameters: { name: string; type: string; required: boolean }[];
  readonly displayName: string;
}

const METHOD: Readonly<Record<HttpMethod, string>> = {
  GET: "GET",
  POST: "POST",
  PUT: "PUT",
  PATCH: "PATCH",
  DELETE: "DELETE",
  ANY: "*",
};

/** Maps `GET /orders/{id}` to operation `get-orders-by-id` with a required `id` template parameter. */
export function operationShape(route: RouteConfig): OperationShape {
  const params = [...route.path.matchAll(/\{([A-Za-z][A-Za-z0-9_]*)\+?\}/g)].map((m) => m[1] ?? "");
  const slug = route.path
    .split("/")
    .filter(Boolean)
    .map((segment) => segment.replace(/^\{([A-Za-z0-9_]+)\+?\}$/, "by-$1"))
    .join("-")
    .toLowerCase();
  return {
    operationId: `${route.method.toLowerCase()}-${slug || "root"}`.replace(/[^a-z0-9-]/g, "-"),
    method: METHOD[route.method],
    urlTemplate: route.path.replace(/\{([A-Za-z][A-Za-z0-9_]*)\+\}/g, "{*$1}"),
    templateParameters: params.map((name) => ({ name, type: "string", required: true })),
    displayName: `${route.method} ${route.path}`,
  };
}
