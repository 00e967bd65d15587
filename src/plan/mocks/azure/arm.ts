import { type IdFactory, type Inputs, MOCK_ACCOUNT, type MockFor, uuid } from "../common";

// Azure Resource Manager's ID formats, shared by the mocks of every ARM resource type.

export const SUBSCRIPTION = `/subscriptions/${MOCK_ACCOUNT.azureSubscriptionId}`;
export const str = (value: unknown): string => (typeof value === "string" ? value : "");

/** `/subscriptions/…/resourceGroups/{rg}/providers/{path}`, the ARM ID format. */
export function armId(inputs: Inputs, path: string): string {
  return `${SUBSCRIPTION}/resourceGroups/${str(inputs.resourceGroupName)}/providers/${path}`;
}

/** An ARM resource whose name comes from one input and whose ID is `providers/{type}/{name}`. */
export function arm(
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
export function armChild(parentType: string, parentKey: string, childType: string, nameKey: string): MockFor {
  return ({ inputs }) => {
    const name = str(inputs[nameKey]);
    return {
      id: armId(inputs, `${parentType}/${str(inputs[parentKey])}/${childType}/${name}`),
      state: { ...inputs, name },
    };
  };
}

/** A system-assigned identity, when the inputs ask for one. */
export const managedIdentity = (inputs: Inputs, id: IdFactory) =>
  inputs.identity
    ? { identity: { type: "SystemAssigned", principalId: uuid(id), tenantId: MOCK_ACCOUNT.azureTenantId } }
    : {};
