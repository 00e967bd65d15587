import { beforeAll, describe, expect, it } from "vitest";
import { ACCESS_LOG_FORMAT } from "../../src/aws/gateway/accessLog";
import { pathKey, upstreamUri } from "../../src/aws/gateway/routes";
import type { Plan } from "../../src/plan/model";
import { all, only } from "../support/harness";
import { ACCOUNT, POOL_ID, planExample, planVariant, TAGS } from "./support";

const API_ID = "guvq9fr6x5";
const UPSTREAM = "https://orders.internal.hanbit.co.kr";

let plan: Plan;
beforeAll(async () => {
  plan = await planExample();
});

describe("GIVEN the example stack WHEN planned", () => {
  it("THEN the HTTP API allows the configured origins, never credentials", () => {
    expect(only(plan, "aws:apigatewayv2/api:Api").inputs).toEqual({
      name: "hanbit-aws-api",
      protocolType: "HTTP",
      corsConfiguration: {
        allowOrigins: ["https://app.hanbit.co.kr", "https://www.hanbit.co.kr"],
        allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE"],
        allowHeaders: ["authorization", "content-type"],
        maxAge: 600,
        allowCredentials: false,
      },
      tags: TAGS,
    });
  });

  it("THEN the JWT authorizer trusts the pool's issuer and every app client", () => {
    const clientIds = all(plan, "aws:cognito/userPoolClient:UserPoolClient").length;
    const authorizer = only(plan, "aws:apigatewayv2/authorizer:Authorizer").inputs;
    expect(authorizer).toMatchObject({
      apiId: API_ID,
      name: "cognito-jwt",
      authorizerType: "JWT",
      identitySources: ["$request.header.Authorization"],
      jwtConfiguration: { issuer: `https://cognito-idp.ap-northeast-2.amazonaws.com/${POOL_ID}` },
    });
    const audiences = (authorizer.jwtConfiguration as { audiences: string[] }).audiences;
    expect(audiences.length).toBe(clientIds);
    for (const id of audiences) expect(id).toMatch(/^[a-z0-9]{26}$/);
  });

  // Issue 13's request path: API Gateway evaluates one JWT authorizer per request, checking the
  // signature with the issuer's keys it caches (up to two hours); result caching is for Lambda
  // authorizers only, so there is nothing to tune beyond sharing the one authorizer.
  it("THEN every route shares the one JWT authorizer, which asks for no result cache", () => {
    const authorizer = only(plan, "aws:apigatewayv2/authorizer:Authorizer");
    expect(authorizer.inputs.authorizerResultTtlInSeconds).toBeUndefined();
    const routes = all(plan, "aws:apigatewayv2/route:Route");
    expect(routes.length).toBe(5);
    expect(new Set(routes.map((r) => r.inputs.authorizerId)).size).toBe(1);
    for (const route of routes) expect(route.dependsOn).toContain(authorizer.urn);
  });

  it("THEN one HTTP_PROXY integration per path forwards to the upstream path", () => {
    const integrations = all(plan, "aws:apigatewayv2/integration:Integration")
      .map((r) => [r.name, r.inputs.integrationUri])
      .sort();
    expect(integrations).toEqual([
      ["hanbit-api-upstream-me", `${UPSTREAM}/me`],
      ["hanbit-api-upstream-orders", `${UPSTREAM}/orders`],
      ["hanbit-api-upstream-orders-id", `${UPSTREAM}/orders/{id}`],
      ["hanbit-api-upstream-partner-orders-id", `${UPSTREAM}/partner/orders/{id}`],
    ]);
    expect(only(plan, "aws:apigatewayv2/integration:Integration", "hanbit-api-upstream-me").inputs).toEqual({
      apiId: API_ID,
      integrationType: "HTTP_PROXY",
      integrationMethod: "ANY",
      integrationUri: `${UPSTREAM}/me`,
      payloadFormatVersion: "1.0",
      timeoutMilliseconds: 29_000,
    });
  });

  it("THEN every route needs a JWT with full scope names", () => {
    const routes = all(plan, "aws:apigatewayv2/route:Route")
      .map(
        (r): Record<string, unknown> => ({
          ...r.inputs,
          target: String(r.inputs.target).replace(/[a-z0-9]{7}$/, "<id>"),
        }),
      )
      .sort((a, b) => String(a.routeKey).localeCompare(String(b.routeKey)));
    const route = (routeKey: string, scope: string) => ({
      apiId: API_ID,
      routeKey,
      authorizationType: "JWT",
      authorizerId: expect.stringMatching(/^[a-z0-9]{6}$/),
      authorizationScopes: [`hanbit-api/${scope}`],
      target: "integrations/<id>",
    });
    expect(routes).toEqual([
      route("GET /me", "profile.read"),
      route("GET /orders", "orders.read"),
      route("GET /orders/{id}", "orders.read"),
      route("GET /partner/orders/{id}", "partner.orders.read"),
      route("POST /orders", "orders.write"),
    ]);
  });

  it("THEN the $default stage auto-deploys, logs JSON to its log group and sets both throttling limits", () => {
    const stage = only(plan, "aws:apigatewayv2/stage:Stage").inputs;
    expect(stage).toEqual({
      apiId: API_ID,
      name: "$default",
      autoDeploy: true,
      accessLogSettings: {
        destinationArn: `arn:aws:logs:ap-northeast-2:${ACCOUNT}:log-group:/aws/apigateway/hanbit-aws-api`,
        format: JSON.stringify(ACCESS_LOG_FORMAT),
      },
      defaultRouteSettings: { throttlingRateLimit: 500, throttlingBurstLimit: 1000 },
      tags: TAGS,
    });
    expect(Object.values(ACCESS_LOG_FORMAT).every((v) => v.startsWith("$context."))).toBe(true);
  });

  it("THEN the API endpoint output is the execute-api URL", () => {
    expect(plan.outputs.apiEndpoint).toBe(`https://${API_ID}.execute-api.ap-northeast-2.amazonaws.com`);
  });
});

describe("GIVEN a custom API domain WHEN planned", () => {
  it("THEN a regional TLS 1.2 domain is mapped to the stage and becomes the API endpoint", async () => {
    const certificateArn = `arn:aws:acm:ap-northeast-2:${ACCOUNT}:certificate/0a1b2c3d-1111-2222-3333-444455556666`;
    const custom = await planVariant((v) => {
      (v.aws as Record<string, unknown>).apiDomain = { domainName: "api.hanbit.co.kr", certificateArn };
    });
    expect(only(custom, "aws:apigatewayv2/domainName:DomainName").inputs).toEqual({
      domainName: "api.hanbit.co.kr",
      domainNameConfiguration: { certificateArn, endpointType: "REGIONAL", securityPolicy: "TLS_1_2" },
      tags: TAGS,
    });
    expect(only(custom, "aws:apigatewayv2/apiMapping:ApiMapping").inputs).toEqual({
      apiId: API_ID,
      domainName: "api.hanbit.co.kr",
      stage: "$default",
    });
    expect(custom.outputs.apiEndpoint).toBe("https://api.hanbit.co.kr");
  });
});

describe("GIVEN route paths WHEN turned into names and upstream URIs", () => {
  it.each([
    ["/", "root", `${UPSTREAM}/`],
    ["/orders/{id}", "orders-id", `${UPSTREAM}/orders/{id}`],
    ["/files/{proxy+}", "files-proxy", `${UPSTREAM}/files/{proxy}`],
  ])("THEN %s is named %s and forwards to %s", (path, key, uri) => {
    expect(pathKey(path)).toBe(key);
    expect(upstreamUri(`${UPSTREAM}/`, path)).toBe(uri);
  });
});
