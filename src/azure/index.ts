import * as resources from "@pulumi/azure-native/resources";
import * as pulumi from "@pulumi/pulumi";
import { azureProblems } from "../config/rules/azure";
import { clientSecretsOutput } from "../platform/clientIds";
import type { CloudImplementation } from "../platform/clouds";
import { CLIENT_SECRET_ROTATION_OUTPUT } from "../platform/contract";
import { physicalName } from "../platform/options";
import { createAppRegistrations } from "./appRegistrations";
import { createIdentityExperienceFramework } from "./appRegistrations/ief";
import { parseRecord, rotate } from "./appRegistrations/rotation";
import { AZURE_CONFORMANCE } from "./conformance";
import { createDefender } from "./defender";
import {
  AUTOMATION_SECRET_VARIABLE,
  automationIdentity,
  awaitingAutomationApp,
  bootstrapNextSteps,
} from "./directory/automation";
import { createCustomPolicies } from "./directory/customPolicies";
import { directoryProvider } from "./directory/provider";
import { createDirectory } from "./directory/tenant";
import { createB2CUserFlows, createExternalIdFlow } from "./directory/userFlows";
import { createGateway } from "./gateway";
import { directoryEndpoints } from "./identity/endpoints";
import { azureImmutableSettings } from "./immutable";
import { createMonitoring } from "./monitoring";
import type { AzureScope, TenantScope } from "./scope";
import { createSessionStore } from "./sessionStore";

/**
 * AD B2C / Entra External ID, API Management, Azure Cache for Redis, Monitor and
 * Defender behind the neutral platform.
 */
export const azureCloud: CloudImplementation<"azure"> = {
  regionKey: "azure-native:location",
  conformance: AZURE_CONFORMANCE,
  immutableSettings: azureImmutableSettings,
  problems: azureProblems,
  secretVariables: [AUTOMATION_SECRET_VARIABLE],
  resolve: async (config, deployment) => {
    if (!awaitingAutomationApp(config)) automationIdentity(config, deployment.environment);
    return config;
  },
  notBuilt: [
    "token lifetimes and session settings of B2C user flows (Graph has no API for them: set them in the portal)",
    "admin consent for openid/offline_access on Microsoft Graph (one click per tenant, see docs/azure.md)",
  ],
  create(name, config, parent, deployment) {
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
    const gateway = apps.api
      ? createGateway(scope, {
          openIdConfigUrl: endpoints.openIdConfigurationUrl,
          issuer: endpoints.issuerUrl,
          apiClientId: apps.api.clientId,
          clientIds: clientIdList,
          after: signIn,
        })
      : undefined;
    const sessionStore = createSessionStore(scope);
    const monitoring = createMonitoring(scope, {
      tenantId: directory.tenantId,
      apim: gateway && {
        id: gateway.service.id,
        consumption: config.azure.apiManagement.sku === "Consumption",
      },
      sessionStore: sessionStore?.monitored,
    });
    createDefender(scope, {
      gateway: gateway && { serviceName: gateway.service.name, apiId: gateway.apiId, api: gateway.api },
    });
    return {
      ...endpoints,
      clientIds: apps.clientIds,
      clientSecrets: clientSecretsOutput(apps.clientSecrets),
      clientSecretRotation: pulumi.output({ ...rotation } as Record<string, string>),
      apiScopes: pulumi.output(apiScopesOf(config)),
      ...(gateway ? { apiEndpoint: gateway.endpoint } : {}),
      ...(sessionStore ? { sessionStore: sessionStore.facts } : {}),
      alertTarget: monitoring.alertTarget,
    };
  },
};

/** B2C and External ID put the bare scope name in the `scp` claim. */
function apiScopesOf(config: AzureScope["config"]): Record<string, string> {
  return Object.fromEntries(Object.keys(config.api?.scopes ?? {}).map((s) => [s, s]));
}
