import { MOCK_ACCOUNT, type MockFor, uuid } from "../common";
import { arm, armChild, armId, managedIdentity, SUBSCRIPTION, str } from "./arm";

const APIM = "Microsoft.ApiManagement/service";

/** Azure services: resource group, API Management, Redis, network, roles, monitoring, Defender. */
export const SERVICE_MOCK_OUTPUTS: Readonly<Record<string, MockFor>> = {
  "azure-native:resources:ResourceGroup": ({ inputs }) => {
    const rgId = `/subscriptions/${MOCK_ACCOUNT.azureSubscriptionId}/resourceGroups/${String(inputs.resourceGroupName)}`;
    return { id: rgId, state: { ...inputs, name: inputs.resourceGroupName, provisioningState: "Succeeded" } };
  },
  "azure-native:apimanagement:ApiManagementService": arm(APIM, "serviceName", ({ inputs, id }) => {
    const name = str(inputs.serviceName);
    return {
      gatewayUrl: `https://${name}.azure-api.net`,
      developerPortalUrl: `https://${name}.developer.azure-api.net`,
      managementApiUrl: `https://${name}.management.azure-api.net`,
      publicIPAddresses: ["20.41.65.17"],
      platformVersion: "stv2",
      ...managedIdentity(inputs, id),
    };
  }),
  "azure-native:apimanagement:Api": armChild(APIM, "serviceName", "apis", "apiId"),
  "azure-native:apimanagement:ApiOperation": ({ inputs }) => ({
    id: armId(
      inputs,
      `${APIM}/${str(inputs.serviceName)}/apis/${str(inputs.apiId)}/operations/${str(inputs.operationId)}`,
    ),
    state: { ...inputs, name: inputs.operationId },
  }),
  "azure-native:apimanagement:ApiPolicy": ({ inputs }) => ({
    id: armId(inputs, `${APIM}/${str(inputs.serviceName)}/apis/${str(inputs.apiId)}/policies/policy`),
    state: { ...inputs, name: "policy" },
  }),
  "azure-native:apimanagement:ApiOperationPolicy": ({ inputs }) => ({
    id: armId(
      inputs,
      `${APIM}/${str(inputs.serviceName)}/apis/${str(inputs.apiId)}/operations/${str(inputs.operationId)}/policies/policy`,
    ),
    state: { ...inputs, name: "policy" },
  }),
  "azure-native:redis:Redis": arm("Microsoft.Cache/Redis", "name", ({ inputs, id }) => ({
    hostName: `${str(inputs.name)}.redis.cache.windows.net`,
    port: 6379,
    sslPort: 6380,
    ...managedIdentity(inputs, id),
  })),
  "azure-native:redis:AccessPolicy": armChild(
    "Microsoft.Cache/Redis",
    "cacheName",
    "accessPolicies",
    "accessPolicyName",
  ),
  "azure-native:redis:AccessPolicyAssignment": armChild(
    "Microsoft.Cache/Redis",
    "cacheName",
    "accessPolicyAssignments",
    "accessPolicyAssignmentName",
  ),
  "azure-native:redis:LinkedServer": ({ inputs }) => ({
    id: armId(
      inputs,
      `Microsoft.Cache/Redis/${str(inputs.name)}/linkedServers/${str(inputs.linkedServerName)}`,
    ),
    state: {
      ...inputs,
      name: inputs.linkedServerName,
      primaryHostName: `${str(inputs.name)}.redis.cache.windows.net`,
      geoReplicatedPrimaryHostName: `${str(inputs.name)}.geo.redis.cache.windows.net`,
      provisioningState: "Succeeded",
    },
  }),
  "azure-native:redisenterprise:RedisEnterprise": arm(
    "Microsoft.Cache/redisEnterprise",
    "clusterName",
    ({ inputs, region }) => ({
      hostName: `${str(inputs.clusterName)}.${region}.redis.azure.net`,
      redisVersion: "7.4",
      resourceState: "Running",
    }),
  ),
  "azure-native:redisenterprise:Database": armChild(
    "Microsoft.Cache/redisEnterprise",
    "clusterName",
    "databases",
    "databaseName",
  ),
  "azure-native:redisenterprise:AccessPolicyAssignment": ({ inputs }) => ({
    id: armId(
      inputs,
      `Microsoft.Cache/redisEnterprise/${str(inputs.clusterName)}/databases/${str(inputs.databaseName)}/accessPolicyAssignments/${str(inputs.accessPolicyAssignmentName)}`,
    ),
    state: { ...inputs, name: inputs.accessPolicyAssignmentName },
  }),
  "azure-native:network:PrivateEndpoint": arm(
    "Microsoft.Network/privateEndpoints",
    "privateEndpointName",
    ({ inputs }) => ({
      networkInterfaces: [
        { id: armId(inputs, `Microsoft.Network/networkInterfaces/${str(inputs.privateEndpointName)}.nic`) },
      ],
    }),
  ),
  "azure-native:authorization:RoleAssignment": ({ inputs, id }) => {
    const name = uuid(id);
    return {
      id: `${str(inputs.scope)}/providers/Microsoft.Authorization/roleAssignments/${name}`,
      state: { ...inputs, name, type: "Microsoft.Authorization/roleAssignments" },
    };
  },
  "azure-native:operationalinsights:Workspace": arm(
    "Microsoft.OperationalInsights/workspaces",
    "workspaceName",
    ({ id }) => ({
      customerId: uuid(id),
    }),
  ),
  "azure-native:monitor:DiagnosticSetting": ({ inputs }) => ({
    id: `${str(inputs.resourceUri)}/providers/Microsoft.Insights/diagnosticSettings/${str(inputs.name)}`,
    state: inputs,
  }),
  "azure-native:aadiam:DiagnosticSetting": ({ inputs }) => ({
    id: `/providers/microsoft.aadiam/diagnosticSettings/${str(inputs.name)}`,
    state: inputs,
  }),
  "azure-native:monitor:ActionGroup": arm("microsoft.insights/actionGroups", "actionGroupName"),
  "azure-native:monitor:MetricAlert": arm("Microsoft.Insights/metricAlerts", "ruleName"),
  "azure-native:monitor:ScheduledQueryRule": arm("Microsoft.Insights/scheduledQueryRules", "ruleName"),
  "azure-native:security:Pricing": ({ inputs }) => ({
    id: `${str(inputs.scopeId)}/providers/Microsoft.Security/pricings/${str(inputs.pricingName)}`,
    state: {
      ...inputs,
      name: inputs.pricingName,
      freeTrialRemainingTime: "PT0S",
      enablementTime: "2026-01-01T00:00:00Z",
    },
  }),
  "azure-native:security:APICollectionByAzureApiManagementService": ({ inputs }) => ({
    id: armId(
      inputs,
      `${APIM}/${str(inputs.serviceName)}/providers/Microsoft.Security/apiCollections/${str(inputs.apiId)}`,
    ),
    state: {
      ...inputs,
      name: inputs.apiId,
      provisioningState: "Succeeded",
      discoveredVia: armId(inputs, `${APIM}/${str(inputs.serviceName)}`),
    },
  }),
  "azure-native:security:SecurityContact": ({ inputs }) => ({
    id: `${SUBSCRIPTION}/providers/Microsoft.Security/securityContacts/${str(inputs.securityContactName)}`,
    state: { ...inputs, name: inputs.securityContactName },
  }),
};
