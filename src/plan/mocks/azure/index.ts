import { type CallMockFor, MOCK_ACCOUNT, type MockFor } from "../common";
import { DIRECTORY_MOCK_OUTPUTS } from "./directory";
import { GRAPH_MOCK_OUTPUTS } from "./graph";
import { SERVICE_MOCK_OUTPUTS } from "./services";

/** Azure resource outputs in the providers' real formats, keyed by resource type. */
export const AZURE_MOCK_OUTPUTS: Readonly<Record<string, MockFor>> = {
  ...GRAPH_MOCK_OUTPUTS,
  ...DIRECTORY_MOCK_OUTPUTS,
  ...SERVICE_MOCK_OUTPUTS,
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
