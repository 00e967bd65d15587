import { fields } from "../../platform/checks";
import { integerIn, lengthIn, matches, oneOf } from "../../platform/constraintKinds";
import { awsTags, custom, free, type ServiceAudit, T } from "./common";
import { SOURCES } from "./sources";

const src = (file: string) => `${SOURCES.apigw}/${file}`;
const HTTP_API = `${SOURCES.apigwGuide}/http-api`;
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"];

/** What the API Gateway v2 provider and API Gateway enforce on the HTTP API, its authorizer, integrations and routes. */
export const API_GATEWAY: ServiceAudit = {
  constraints: [
    lengthIn({ id: "apigw-api-name", type: T.api, input: "name", source: src("api.go") }, 1, 128),
    oneOf({ id: "apigw-api-protocol", type: T.api, input: "protocolType", source: src("api.go") }, [
      "HTTP",
      "WEBSOCKET",
    ]),
    custom(
      {
        id: "apigw-api-cors",
        type: T.api,
        input: "corsConfiguration",
        source: `${HTTP_API}-cors.html`,
        rule: 'origins without "*" when credentials are allowed, methods among GET..DELETE/HEAD/OPTIONS/*, maxAge -1..86,400',
      },
      (p) => {
        if (p.corsConfiguration === undefined) return [];
        const cors = fields(p.corsConfiguration);
        const out: string[] = [];
        const origins = Array.isArray(cors.allowOrigins) ? (cors.allowOrigins as unknown[]) : [];
        if (cors.allowCredentials === true && origins.includes("*"))
          out.push('allowOrigins has "*" with allowCredentials');
        for (const m of Array.isArray(cors.allowMethods) ? (cors.allowMethods as unknown[]) : [])
          if (!METHODS.includes(String(m)) && m !== "*") out.push(`allowMethods has ${JSON.stringify(m)}`);
        if (
          cors.maxAge !== undefined &&
          !(
            Number.isInteger(cors.maxAge) &&
            (cors.maxAge as number) >= -1 &&
            (cors.maxAge as number) <= 86_400
          )
        )
          out.push(`maxAge is ${JSON.stringify(cors.maxAge)}`);
        return out;
      },
    ),
    awsTags("aws-tags-api", T.api),
    lengthIn(
      { id: "apigw-authorizer-name", type: T.authorizer, input: "name", source: src("authorizer.go") },
      1,
      128,
    ),
    oneOf(
      {
        id: "apigw-authorizer-type",
        type: T.authorizer,
        input: "authorizerType",
        source: src("authorizer.go"),
      },
      ["JWT", "REQUEST"],
    ),
    custom(
      {
        id: "apigw-jwt-configuration",
        type: T.authorizer,
        input: "jwtConfiguration",
        source: `${HTTP_API}-jwt-authorizer.html`,
        rule: "an https issuer and at least one audience for a JWT authorizer",
      },
      (p) => {
        if (p.authorizerType !== "JWT") return [];
        const jwt = fields(p.jwtConfiguration);
        const out: string[] = [];
        if (typeof jwt.issuer === "string" && !jwt.issuer.startsWith("https://"))
          out.push(`jwtConfiguration.issuer is ${JSON.stringify(jwt.issuer)}`);
        if (!Array.isArray(jwt.audiences) || jwt.audiences.length === 0)
          out.push("jwtConfiguration.audiences is empty");
        return out;
      },
    ),
    custom(
      {
        id: "apigw-jwt-identity-source",
        type: T.authorizer,
        input: "identitySources",
        source: `${HTTP_API}-jwt-authorizer.html`,
        rule: "exactly one request header for a JWT authorizer",
      },
      (p) => {
        if (p.authorizerType !== "JWT") return [];
        const sources = Array.isArray(p.identitySources) ? (p.identitySources as unknown[]) : [];
        return sources.length === 1 && /^\$request\.header\.[A-Za-z0-9-]+$/.test(String(sources[0]))
          ? []
          : [`identitySources is ${JSON.stringify(p.identitySources)}`];
      },
    ),
    custom(
      {
        id: "apigw-jwt-no-result-cache",
        type: T.authorizer,
        input: "authorizerResultTtlInSeconds",
        source: `${SOURCES.apigwGuide}/http-api-jwt-authorizer.html; ${src("authorizer.go")}`,
        rule: "absent for a JWT authorizer (result caching is for Lambda authorizers only)",
      },
      (p) =>
        p.authorizerType === "JWT" && p.authorizerResultTtlInSeconds !== undefined
          ? [`authorizerResultTtlInSeconds is ${JSON.stringify(p.authorizerResultTtlInSeconds)}`]
          : [],
    ),
    oneOf(
      {
        id: "apigw-integration-type",
        type: T.integration,
        input: "integrationType",
        source: src("integration.go"),
      },
      ["AWS", "AWS_PROXY", "HTTP", "HTTP_PROXY", "MOCK"],
    ),
    oneOf(
      {
        id: "apigw-integration-method",
        type: T.integration,
        input: "integrationMethod",
        source: src("integration.go"),
      },
      METHODS,
    ),
    custom(
      {
        id: "apigw-integration-payload",
        type: T.integration,
        input: "payloadFormatVersion",
        source: `${HTTP_API}-develop-integrations-http.html`,
        rule: '"1.0" for HTTP_PROXY integrations ("2.0" only for Lambda)',
      },
      (p) =>
        p.integrationType === "HTTP_PROXY" && p.payloadFormatVersion !== "1.0"
          ? [`payloadFormatVersion is ${JSON.stringify(p.payloadFormatVersion)}`]
          : [],
    ),
    integerIn(
      {
        id: "apigw-integration-timeout",
        type: T.integration,
        input: "timeoutMilliseconds",
        source: `${SOURCES.apigwGuide}/http-api-quotas.html`,
      },
      50,
      30_000,
    ),
    matches(
      {
        id: "apigw-integration-uri",
        type: T.integration,
        input: "integrationUri",
        source: `${HTTP_API}-develop-integrations-http.html`,
      },
      /^https?:\/\/[^\s]+$/,
      "an absolute http(s) URL",
    ),
    custom(
      {
        id: "apigw-route-key",
        type: T.route,
        input: "routeKey",
        source: `${HTTP_API}-develop-routes.html`,
        rule: '"$default" or "METHOD /path" with a method API Gateway knows',
      },
      (p) => {
        const key = String(p.routeKey);
        const [method, path, extra] = key.split(" ");
        return key === "$default" ||
          (extra === undefined && METHODS.includes(String(method)) && /^\/\S*$/.test(String(path)))
          ? []
          : [`routeKey is ${JSON.stringify(p.routeKey)}`];
      },
    ),
    oneOf(
      { id: "apigw-route-auth-type", type: T.route, input: "authorizationType", source: src("route.go") },
      ["NONE", "AWS_IAM", "CUSTOM", "JWT"],
    ),
    custom(
      {
        id: "apigw-route-scopes",
        type: T.route,
        input: "authorizationScopes",
        source: `${HTTP_API}-jwt-authorizer.html`,
        rule: "scopes only on JWT routes, each a non-empty name",
      },
      (p) => {
        const scopes = Array.isArray(p.authorizationScopes) ? (p.authorizationScopes as unknown[]) : [];
        if (scopes.length > 0 && p.authorizationType !== "JWT")
          return [`authorizationScopes on a ${String(p.authorizationType)} route`];
        return scopes.flatMap((s, i) =>
          typeof s === "string" && s.length > 0 ? [] : [`authorizationScopes[${i}] is ${JSON.stringify(s)}`],
        );
      },
    ),
    custom(
      {
        id: "apigw-route-target",
        type: T.route,
        input: "target",
        source: src("route.go"),
        rule: "integrations/<id>, at most 128 characters",
      },
      (p) =>
        p.target === undefined ||
        (String(p.target).length <= 128 && String(p.target).startsWith("integrations/"))
          ? []
          : [`target is ${JSON.stringify(p.target)}`],
    ),
  ],
  unconstrained: [
    free(T.authorizer, "apiId", "the API's ID output"),
    free(T.integration, "apiId", "the API's ID output"),
    free(T.route, "apiId", "the API's ID output"),
    free(T.route, "authorizerId", "the authorizer's ID output"),
  ],
};
