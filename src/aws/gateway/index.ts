import * as apigatewayv2 from "@pulumi/aws/apigatewayv2";
import type * as kms from "@pulumi/aws/kms";
import * as pulumi from "@pulumi/pulumi";
import { type AwsContext, childOf, cloudName } from "../context";
import { createLogGroup } from "../monitoring/logGroups";
import { ACCESS_LOG_FORMAT } from "./accessLog";
import { routePlans } from "./routes";

export interface GatewayInputs {
  /** The `iss` of the platform's tokens. */
  readonly issuerUrl: pulumi.Input<string>;
  /** Every app client ID: access tokens carry one as `client_id`, ID tokens as `aud`. */
  readonly audiences: pulumi.Input<string>[];
  /** Encrypts the access log group when `aws.encryptLogs` is set. */
  readonly logKey: kms.Key;
}

export interface AwsGateway {
  readonly api: apigatewayv2.Api;
  readonly stage: apigatewayv2.Stage;
  /** The base URL clients call: the custom domain when configured, else the execute-api endpoint. */
  readonly endpoint: pulumi.Output<string>;
}

/**
 * The HTTP API in front of `api.upstreamUrl`: every route needs a Cognito access token with the
 * route's scopes; the `$default` stage deploys automatically, logs each request as JSON and is
 * throttled with both rate and burst set. Undefined when no `api` section is configured.
 */
export function createGateway(ctx: AwsContext, inputs: GatewayInputs): AwsGateway | undefined {
  const { config } = ctx;
  const apiConfig = config.api;
  if (!apiConfig) return undefined;
  const cors = apiConfig.cors;
  const api = new apigatewayv2.Api(
    `${ctx.name}-api`,
    {
      name: cloudName(ctx, "api"),
      protocolType: "HTTP",
      corsConfiguration:
        cors.allowOrigins.length > 0
          ? {
              allowOrigins: cors.allowOrigins,
              allowMethods: cors.allowMethods,
              allowHeaders: cors.allowHeaders,
              maxAge: cors.maxAge.seconds,
              allowCredentials: false,
            }
          : undefined,
      tags: config.tags,
    },
    childOf(ctx),
  );
  const authorizer = new apigatewayv2.Authorizer(
    `${ctx.name}-api-authorizer`,
    {
      apiId: api.id,
      name: "cognito-jwt",
      authorizerType: "JWT",
      identitySources: ["$request.header.Authorization"],
      jwtConfiguration: { issuer: inputs.issuerUrl, audiences: inputs.audiences },
    },
    childOf(ctx),
  );
  const plan = routePlans(config);
  const integrations = new Map(
    plan.integrations.map((i) => [
      i.key,
      new apigatewayv2.Integration(
        `${ctx.name}-api-upstream-${i.key}`,
        {
          apiId: api.id,
          integrationType: "HTTP_PROXY",
          integrationMethod: "ANY",
          integrationUri: i.uri,
          payloadFormatVersion: "1.0",
          timeoutMilliseconds: 29_000,
        },
        childOf(ctx),
      ),
    ]),
  );
  for (const route of plan.routes) {
    const integration = integrations.get(route.integrationKey);
    new apigatewayv2.Route(
      `${ctx.name}-api-route-${route.key}`,
      {
        apiId: api.id,
        routeKey: route.routeKey,
        authorizationType: "JWT",
        authorizerId: authorizer.id,
        authorizationScopes: [...route.authorizationScopes],
        target: pulumi.interpolate`integrations/${integration?.id}`,
      },
      childOf(ctx),
    );
  }
  const accessLogs = createLogGroup(
    ctx,
    "api-access",
    `/aws/apigateway/${cloudName(ctx, "api")}`,
    config.aws.encryptLogs ? inputs.logKey : undefined,
  );
  const stage = new apigatewayv2.Stage(
    `${ctx.name}-api-stage`,
    {
      apiId: api.id,
      name: "$default",
      autoDeploy: true,
      accessLogSettings: { destinationArn: accessLogs.arn, format: JSON.stringify(ACCESS_LOG_FORMAT) },
      // Setting one throttling field leaves the other at 0 (every request 429): always set both.
      defaultRouteSettings: {
        throttlingRateLimit: apiConfig.throttling.rateLimit,
        throttlingBurstLimit: apiConfig.throttling.burstLimit,
      },
      tags: config.tags,
    },
    childOf(ctx),
  );
  return { api, stage, endpoint: createApiDomain(ctx, api, stage) ?? api.apiEndpoint };
}

/** The optional custom domain (TLS 1.2 minimum) mapped to the `$default` stage; its https URL. */
function createApiDomain(
  ctx: AwsContext,
  api: apigatewayv2.Api,
  stage: apigatewayv2.Stage,
): pulumi.Output<string> | undefined {
  const apiDomain = ctx.config.aws.apiDomain;
  if (!apiDomain) return undefined;
  const domain = new apigatewayv2.DomainName(
    `${ctx.name}-api-domain`,
    {
      domainName: apiDomain.domainName,
      domainNameConfiguration: {
        certificateArn: apiDomain.certificateArn,
        endpointType: "REGIONAL",
        securityPolicy: "TLS_1_2",
      },
      tags: ctx.config.tags,
    },
    childOf(ctx),
  );
  new apigatewayv2.ApiMapping(
    `${ctx.name}-api-mapping`,
    { apiId: api.id, domainName: domain.id, stage: stage.id },
    childOf(ctx),
  );
  return pulumi.interpolate`https://${domain.domainName}`;
}
