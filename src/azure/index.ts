import * as resources from "@pulumi/azure-native/resources";
import * as pulumi from "@pulumi/pulumi";
import { clientSecretsOutput } from "../platform/clientIds";
import { CLIENT_SECRET_ROTATION_OUTPUT } from "../platform/contract";
import type { CreatePlatform } from "../platform/implementation";
import { physicalName } from "../platform/options";
import { createAppRegistrations } from "./appRegistrations";
import { createIdentityExperienceFramework } from "./appRegistrations/ief";
import { parseRecord, rotate } from "./appRegistrations/rotation";
import { createDefender } from "./defender";
import { automationIdentity, awaitingAutomationApp, bootstrapNextSteps } from "./directory/automation";
import { createCustomPolicies } from "./directory/customPolicies";
import { directoryProvider } from "./directory/provider";
import { createDirectory } from "./directory/tenant";
import { createB2CUserFlows, createExternalIdFlow } from "./directory/userFlows";
import { createEdge, createFrontDoor } from "./edge";
import { createGateway } from "./gateway";
import { customDomainEndpoints, directoryEndpoints } from "./identity/endpoints";
import { createMonitoring } from "./monitoring";
import type { AzureScope, TenantScope } from "./scope";
import { createSessionStore } from "./sessionStore";

/**
 * Registers the Azure platform: AD B2C / Entra External ID, API Management (optionally behind
 * Front Door with a WAF), Azure Cache for Redis, Monitor and Defender. Loaded through
 * `azureCloud.load()` (./cloud.ts) only when Azure is built.
 */
export const createAzurePlatform: CreatePlatform<"azure"> = (name, config, parent, deployment) => {
  const stack = pulumi.getStack();
  const group = new resources.ResourceGroup(
    `${name}-resource-group`,
    {
      resourceGroupName: config.azure.resourceGroupName ?? physicalName(config.name, stack, "rg"),
      location: config.region,
      tags: config.tags,
    },
    { parent },
  );
  const tenantScope: TenantScope = { name, config, parent, stack, resourceGroupName: group.name };
  const directory = createDirectory(tenantScope);
  const endpoints = directoryEndpoints(config, directory.tenantId);
  const customDomain = customDomainEndpoints(config, directory.tenantId);
  if (awaitingAutomationApp(config)) {
    // Bootstrap, first run: the tenant only; nextSteps says what to do before the second.
    return {
      ...endpoints,
      clientIds: pulumi.output({}),
      clientSecrets: clientSecretsOutput({}),
      apiScopes: pulumi.output(apiScopesOf(config)),
      nextSteps: bootstrapNextSteps(config, directory.tenantId),
    };
  }
  const scope: AzureScope = {
    ...tenantScope,
    automation: automationIdentity(config, deployment.environment),
  };
  const provider = directoryProvider(scope, directory);
  const rotation = rotate(
    parseRecord(deployment.previousOutputs[CLIENT_SECRET_ROTATION_OUTPUT]),
    deployment.now,
  );
  const apps = createAppRegistrations(scope, provider, rotation);
  const clientIdList = apps.clientIds.apply((ids) => Object.values(ids));
  const d = config.azure.directory;
  const signIn: pulumi.Resource[] =
    d.mode === "externalId"
      ? [createExternalIdFlow(scope, directory, clientIdList)]
      : d.policyMode === "userFlows"
        ? createB2CUserFlows(scope, directory)
        : createCustomPolicies(scope, directory, createIdentityExperienceFramework(scope, provider));
  const frontDoor = createFrontDoor(scope);
  const gateway = apps.api
    ? createGateway(scope, {
        openIdConfigUrl: endpoints.openIdConfigurationUrl,
        issuer: endpoints.issuerUrl,
        apiClientId: apps.api.clientId,
        clientIds: clientIdList,
        after: signIn,
        ...(frontDoor ? { frontDoorId: frontDoor.frontDoorId } : {}),
        ...(customDomain ? { otherIssuers: [customDomain.issuerUrl] } : {}),
      })
    : undefined;
  const sessionStore = createSessionStore(scope);
  const monitoring = createMonitoring(scope, {
    tenantId: directory.tenantId,
    apim: gateway && {
      id: gateway.service.id,
      sku: config.azure.apiManagement.sku,
      behindFrontDoor: frontDoor !== undefined,
    },
    sessionStore: sessionStore?.monitored,
  });
  const edge =
    frontDoor &&
    gateway &&
    createEdge(scope, frontDoor, {
      gatewayUrl: gateway.service.gatewayUrl,
      workspaceId: monitoring.workspaceId,
      actionGroupId: monitoring.alertTarget,
    });
  createDefender(scope, {
    gateway: gateway && { serviceName: gateway.service.name, apiId: gateway.apiId, api: gateway.api },
  });
  return {
    ...(customDomain && config.azure.frontDoor?.publishSignInDomain ? customDomain : endpoints),
    clientIds: apps.clientIds,
    clientSecrets: clientSecretsOutput(apps.clientSecrets),
    clientSecretRotation: pulumi.output({ ...rotation } as Record<string, string>),
    apiScopes: pulumi.output(apiScopesOf(config)),
    ...(gateway ? { apiEndpoint: edge ? edge.apiUrl : gateway.endpoint } : {}),
    ...(edge ? { edgeEndpoint: edge.url, edgeDnsTarget: edge.dnsTarget } : {}),
    ...(sessionStore ? { sessionStore: sessionStore.facts } : {}),
    alertTarget: monitoring.alertTarget,
  };
};

/** B2C and External ID put the bare scope name in the `scp` claim. */
function apiScopesOf(config: AzureScope["config"]): Record<string, string> {
  return Object.fromEntries(Object.keys(config.api?.scopes ?? {}).map((s) => [s, s]));
}
