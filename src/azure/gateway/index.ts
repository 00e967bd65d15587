import * as apimanagement from "@pulumi/azure-native/apimanagement";
import * as pulumi from "@pulumi/pulumi";
import type { AzureScope } from "../scope";
import { operationShape } from "./operations";
import { apiPolicyXml, operationPolicyXml, POLICY_FORMAT, type TokenRules } from "./policy";
import { createService } from "./service";

export interface Gateway {
  readonly service: apimanagement.ApiManagementService;
  readonly api: apimanagement.Api;
  /** The API's ID within the service (the `apis/{apiId}` segment). */
  readonly apiId: string;
  /** `https://{service}.azure-api.net/{path}`. */
  readonly endpoint: pulumi.Output<string>;
}

/** Token rules as Outputs: the tenant ID and application IDs are known only after creation. */
export interface GatewayTokenInputs {
  readonly openIdConfigUrl: pulumi.Input<string>;
  readonly issuer: pulumi.Input<string>;
  readonly apiClientId: pulumi.Input<string>;
  readonly clientIds: pulumi.Input<string[]>;
  /** The sign-in policies or flows whose metadata the token check reads: uploaded before the policies. */
  readonly after?: pulumi.Resource[];
}

/**
 * API Management in front of the upstream: one API (HTTPS only, no subscription key: the
 * caller's token is the credential), one operation per route, an API policy validating tokens
 * once and throttling each subject, and an operation policy per route checking the validated
 * token's scopes. The API policy is rendered inside an apply over the IDs; the resources are
 * registered outside it.
 */
export function createGateway(scope: AzureScope, tokens: GatewayTokenInputs): Gateway | undefined {
  const { config, name, parent } = scope;
  const api = config.api;
  if (!api) return undefined;
  const apim = config.azure.apiManagement;
  const service = createService(scope);
  const apiId = `${config.name}-api`;
  const common = { resourceGroupName: scope.resourceGroupName, serviceName: service.name };
  const gatewayApi = new apimanagement.Api(
    `${name}-api`,
    {
      ...common,
      apiId,
      displayName: `${config.name} API`,
      path: config.name,
      protocols: ["https"],
      serviceUrl: api.upstreamUrl,
      subscriptionRequired: false,
      apiType: "http",
    },
    { parent },
  );
  const rules: pulumi.Output<TokenRules> = pulumi
    .all([tokens.openIdConfigUrl, tokens.issuer, tokens.apiClientId, tokens.clientIds])
    .apply(([openIdConfigUrl, issuer, apiClientId, clientIds]) => ({
      openIdConfigUrl,
      issuers: [issuer],
      audiences: [apiClientId],
      authorizedParties: clientIds,
      clockSkewSeconds: apim.clockSkew.seconds,
    }));
  const apiPolicy = new apimanagement.ApiPolicy(
    `${name}-api-policy`,
    {
      ...common,
      apiId: gatewayApi.name,
      policyId: "policy",
      format: POLICY_FORMAT,
      value: rules.apply((r) =>
        apiPolicyXml({
          ...r,
          rateLimitPerSubject: apim.sku === "Consumption" ? undefined : apim.rateLimitPerSubject,
          cors: api.cors,
        }),
      ),
    },
    { parent, dependsOn: tokens.after ?? [] },
  );
  for (const route of api.routes) {
    const shape = operationShape(route);
    const operation = new apimanagement.ApiOperation(
      `${name}-op-${shape.operationId}`,
      {
        ...common,
        apiId: gatewayApi.name,
        operationId: shape.operationId,
        displayName: shape.displayName,
        method: shape.method,
        urlTemplate: shape.urlTemplate,
        templateParameters: shape.templateParameters,
      },
      { parent },
    );
    new apimanagement.ApiOperationPolicy(
      `${name}-op-${shape.operationId}-policy`,
      {
        ...common,
        apiId: gatewayApi.name,
        operationId: operation.name,
        policyId: "policy",
        format: POLICY_FORMAT,
        value: operationPolicyXml(route.scopes),
      },
      // The scope check reads the token the API policy validated: that policy goes first.
      { parent, dependsOn: [apiPolicy] },
    );
  }
  return {
    service,
    api: gatewayApi,
    apiId,
    endpoint: pulumi.interpolate`${service.gatewayUrl}/${config.name}`,
  };
}
