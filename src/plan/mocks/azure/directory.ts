import { MIXED_ALNUM, MOCK_ACCOUNT, type MockFor, uuid } from "../common";
import { arm, str } from "./arm";

/** The directory: B2C and External ID tenants and the Entra ID (azuread) objects in them. */
export const DIRECTORY_MOCK_OUTPUTS: Readonly<Record<string, MockFor>> = {
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
};
