import {
  type CallMockFor,
  type IdFactory,
  type Inputs,
  MIXED_ALNUM,
  MOCK_ACCOUNT,
  type MockFor,
  uuid,
} from "./common";

const SUB = `/subscriptions/${MOCK_ACCOUNT.azureSubscriptionId}`;
const str = (value: unknown): string => (typeof value === "string" ? value : "");

/** `/subscriptions/…/resourceGroups/{rg}/providers/{path}`, the ARM ID format. */
function armId(inputs: Inputs, path: string): string {
  return `${SUB}/resourceGroups/${str(inputs.resourceGroupName)}/providers/${path}`;
}

/** An ARM resource whose name comes from one input and whose ID is `providers/{type}/{name}`. */
function arm(
  type: string,
  nameKey: string,
  extra: (ctx: { inputs: Inputs; id: IdFactory; region: string }) => Inputs = () => ({}),
): MockFor {
  return ({ inputs, id, region }) => {
    const name = str(inputs[nameKey]);
    return {
      id: armId(inputs, `${type}/${name}`),
      state: { ...inputs, name, provisioningState: "Succeeded", ...extra({ inputs, id, region }) },
    };
  };
}

/** A child of an ARM resource: `providers/{parentType}/{parent}/{childType}/{name}`. */
function armChild(parentType: string, parentKey: string, childType: string, nameKey: string): MockFor {
  return ({ inputs }) => {
    const name = str(inputs[nameKey]);
    return {
      id: armId(inputs, `${parentType}/${str(inputs[parentKey])}/${childType}/${name}`),
      state: { ...inputs, name },
    };
  };
}

const APIM = "Microsoft.ApiManagement/service";
const managedIdentity = (inputs: Inputs, id: IdFactory) =>
  inputs.identity
    ? { identity: { type: "SystemAssigned", principalId: uuid(id), tenantId: MOCK_ACCOUNT.azureTenantId } }
    : {};

const GRAPH = "pulumi-nodejs:dynamic/azure-graph";
const withPrefix = (prefix: string, name: string) => (name.startsWith(prefix) ? name : `${prefix}${name}`);
const sha256Hex = (id: IdFactory) => id(64, "0123456789abcdef");

/** Microsoft Graph objects (dynamic resources), with the IDs Graph gives them. */
const GRAPH_MOCK_OUTPUTS: Readonly<Record<string, MockFor>> = {
  [`${GRAPH}:SocialIdentityProvider`]: ({ inputs, id }) => ({
    id: `${str(inputs.identityProviderType)}-OAUTH`,
    state: { ...inputs, clientSecret: undefined, clientSecretFingerprint: sha256Hex(id) },
  }),
  [`${GRAPH}:B2CUserFlow`]: ({ inputs }) => {
    const flowId = withPrefix("B2C_1_", str(inputs.name));
    return { id: flowId, state: { ...inputs, flowId } };
  },
  [`${GRAPH}:UserFlowIdentityProviderLink`]: ({ inputs }) => ({
    id: `${str(inputs.userFlowId)}/${str(inputs.identityProviderId)}`,
    state: inputs,
  }),
  [`${GRAPH}:ExternalIdSignUpFlow`]: ({ inputs, id }) => ({ id: uuid(id), state: inputs }),
  [`${GRAPH}:PolicyKeySet`]: ({ inputs, id }) => {
    const keySetId = withPrefix("B2C_1A_", str(inputs.name));
    return {
      id: keySetId,
      state: { ...inputs, secret: undefined, keySetId, keyId: id(43, MIXED_ALNUM), kty: inputs.kty ?? "RSA" },
    };
  },
  [`${GRAPH}:TrustFrameworkPolicy`]: ({ inputs, id }) => ({
    id: str(inputs.policyId),
    state: { ...inputs, policyXml: undefined, contentSha256: sha256Hex(id) },
  }),
};

/** Azure resource outputs in the providers' real formats, keyed by resource type. */
export const AZURE_MOCK_OUTPUTS: Readonly<Record<string, MockFor>> = {
  ...GRAPH_MOCK_OUTPUTS,
  "azure-native:resources:ResourceGroup": ({ inputs }) => {
    const rgId = `/subscriptions/${MOCK_ACCOUNT.azureSubscriptionId}/resourceGroups/${String(inputs.resourceGroupName)}`;
    return { id: rgId, state: { ...inputs, name: inputs.resourceGroupName, provisioningState: "Succeeded" } };
  },
  "azure-native:azureactivedirectory:B2CTenant": arm(
    "Microsoft.AzureActiveDirectory/b2cDirectories",
    "resourceName",
    ({ id }) => ({
      tenantId: uuid(id),
      type: "Microsoft.AzureActiveDirectory/b2cDirectories",
      billingConfig: { billingType: "MAU", effectiveStartDateUtc: "2026-01-01T00:00:00Z" },
    }),
  ),
  "azure-native:azureactivedirectory:CIAMTenant": arm(
    "Microsoft.AzureActiveDirectory/ciamDirectories",
    "resourceName",
    ({ inputs, id }) => ({
      tenantId: uuid(id),
      domainName: `${str(inputs.resourceName)}.onmicrosoft.com`,
      billingType: "MAU",
      type: "Microsoft.AzureActiveDirectory/ciamDirectories",
    }),
  ),
  "azuread:index/application:Application": ({ inputs, id }) => {
    const objectId = uuid(id);
    return {
      id: `/applications/${objectId}`,
      state: {
        ...inputs,
        objectId,
        clientId: uuid(id),
        publisherDomain: "onmicrosoft.com",
        disabledByMicrosoft: "",
      },
    };
  },
  "azuread:index/servicePrincipal:ServicePrincipal": ({ inputs, id }) => {
    const objectId = uuid(id);
    return {
      id: `/servicePrincipals/${objectId}`,
      state: { ...inputs, objectId, applicationTenantId: MOCK_ACCOUNT.azureTenantId, type: "Application" },
    };
  },
  "azuread:index/applicationPassword:ApplicationPassword": ({ inputs, id }) => {
    const keyId = uuid(id);
    return {
      id: `${str(inputs.applicationId)}/password/${keyId}`,
      state: {
        ...inputs,
        keyId,
        value: `${id(3, MIXED_ALNUM)}8Q~${id(37, MIXED_ALNUM)}`,
        startDate: "2026-01-01T00:00:00Z",
        endDate: inputs.endDate ?? "2028-01-01T00:00:00Z", // as given; Graph's default is two years
      },
    };
  },
  "azuread:index/appRoleAssignment:AppRoleAssignment": ({ inputs, id }) => ({
    id: `/servicePrincipals/${str(inputs.resourceObjectId)}/appRoleAssignedTo/${id(43, MIXED_ALNUM)}`,
    state: { ...inputs, principalType: "ServicePrincipal" },
  }),
  "azuread:index/servicePrincipalDelegatedPermissionGrant:ServicePrincipalDelegatedPermissionGrant": ({
    inputs,
    id,
  }) => ({
    id: id(43, MIXED_ALNUM),
    state: inputs,
  }),
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
    id: `${SUB}/providers/Microsoft.Security/securityContacts/${str(inputs.securityContactName)}`,
    state: { ...inputs, name: inputs.securityContactName },
  }),
};

/** Results of Azure provider functions (invokes) the program calls. */
export const AZURE_MOCK_CALLS: Readonly<Record<string, CallMockFor>> = {
  "azure-native:authorization:getClientConfig": () => ({
    clientId: "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d",
    objectId: "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
    subscriptionId: MOCK_ACCOUNT.azureSubscriptionId,
    tenantId: MOCK_ACCOUNT.azureTenantId,
  }),
};
