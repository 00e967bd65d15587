import { type CallMockFor, MOCK_ACCOUNT, type MockFor } from "./common";

/** Azure resource outputs in the providers' real formats, keyed by resource type. */
export const AZURE_MOCK_OUTPUTS: Readonly<Record<string, MockFor>> = {
  "azure-native:resources:ResourceGroup": ({ inputs }) => {
    const rgId = `/subscriptions/${MOCK_ACCOUNT.azureSubscriptionId}/resourceGroups/${String(inputs.resourceGroupName)}`;
    return { id: rgId, state: { ...inputs, name: inputs.resourceGroupName, provisioningState: "Succeeded" } };
  },
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
