import { eachValue, matches, oneOf } from "../../platform/constraintKinds";
import type { ConformanceAudit, Constraint } from "../../platform/constraints";
import { FROM_RESOURCE_GROUP, fixed, LEARN, regionRule, sdkEnum, spec, tagsRule } from "./common";

const GROUP = "azure-native:resources:ResourceGroup";
const ENDPOINT = "azure-native:network:PrivateEndpoint";
const ROLE = "azure-native:authorization:RoleAssignment";
const B2C = "azure-native:azureactivedirectory:B2CTenant";
const CIAM = "azure-native:azureactivedirectory:CIAMTenant";
const TENANTS = "cpim/microsoft.azureactivedirectory/2023-05-17-preview";
const NAMES = `${LEARN}/azure-resource-manager/management/resource-name-rules`;
const B2C_END_OF_SALE =
  "Microsoft's Azure AD B2C FAQ, 'Azure AD B2C end of sale': since 2025-05-01 new tenants can only be created with Azure AD B2C P1; P2 discontinued 2026-03-15 (https://learn.microsoft.com/azure/active-directory-b2c/faq)";
const DATA_LOCATIONS = ["United States", "Europe", "Asia Pacific", "Australia"];

function groupAndNetwork(): Constraint[] {
  return [
    matches(
      {
        id: "resource-group-name",
        type: GROUP,
        input: "resourceGroupName",
        source: `${NAMES}#microsoftresources (1-90 of letters, digits, _ . - ( ); not ending with a period)`,
      },
      /^[-\w.()]{0,89}[-\w()]$/,
      "1..90 letters, digits, _ . - ( ), not ending with a period",
    ),
    regionRule(GROUP, "resource-group-location"),
    tagsRule(GROUP, "resource-group-tags"),
    matches(
      {
        id: "private-endpoint-name",
        type: ENDPOINT,
        input: "privateEndpointName",
        source: `${NAMES}#microsoftnetwork (privateEndpoints: 2-64, alphanumerics, _ . -, starting with an alphanumeric, ending with an alphanumeric or _)`,
      },
      /^[A-Za-z0-9][\w.-]{0,62}[A-Za-z0-9_]$/,
      "2..64 letters, digits, _ . -",
    ),
    eachValue(
      {
        id: "private-endpoint-group",
        type: ENDPOINT,
        input: "privateLinkServiceConnections[]",
        source: `${LEARN}/private-link/private-endpoint-overview#private-link-resource (Microsoft.Cache/Redis: redisCache; Microsoft.Cache/redisEnterprise: redisEnterprise)`,
        rule: "the sub-resource (group) of the target's type: redisCache for a cache, redisEnterprise for Managed Redis",
      },
      (value) => {
        const c = (value ?? {}) as { privateLinkServiceId?: unknown; groupIds?: unknown };
        if (typeof c.privateLinkServiceId !== "string") return undefined;
        const expected = /\/Microsoft\.Cache\/redisEnterprise\//i.test(c.privateLinkServiceId)
          ? "redisEnterprise"
          : /\/Microsoft\.Cache\/Redis\//i.test(c.privateLinkServiceId)
            ? "redisCache"
            : undefined;
        return expected && JSON.stringify(c.groupIds) !== JSON.stringify([expected])
          ? `has groupIds ${JSON.stringify(c.groupIds)} for ${c.privateLinkServiceId}`
          : undefined;
      },
    ),
    matches(
      {
        id: "private-endpoint-subnet",
        type: ENDPOINT,
        input: "subnet.id",
        source: spec("network/microsoft.network/2024-05-01", "Subnet id"),
      },
      /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network\/virtualNetworks\/[^/]+\/subnets\/[^/]+$/i,
      "a subnet's resource ID",
    ),
    regionRule(ENDPOINT, "private-endpoint-location"),
    tagsRule(ENDPOINT, "private-endpoint-tags"),
    oneOf(
      {
        id: "role-assignment-principal-type",
        type: ROLE,
        input: "principalType",
        source: sdkEnum("authorization", "PrincipalType"),
      },
      ["User", "Group", "ServicePrincipal", "ForeignGroup", "Device"],
    ),
    matches(
      {
        id: "role-assignment-definition",
        type: ROLE,
        input: "roleDefinitionId",
        source: spec("authorization/microsoft.authorization/2022-04-01", "roleDefinitionId"),
      },
      /^\/subscriptions\/[0-9a-f-]{36}\/providers\/Microsoft\.Authorization\/roleDefinitions\/[0-9a-f-]{36}$/i,
      "a role definition's resource ID",
    ),
  ];
}

function tenants(): Constraint[] {
  const base = (id: string, type: string, input: string, what: string) => ({
    id,
    type,
    input,
    source: spec(TENANTS, what),
  });
  return [
    oneOf(
      base(
        "b2c-tenant-location",
        B2C,
        "location",
        "location: United States, Europe, Asia Pacific, Australia",
      ),
      DATA_LOCATIONS,
    ),
    oneOf(
      base(
        "ciam-tenant-location",
        CIAM,
        "location",
        "location: United States, Europe, Asia Pacific, Australia",
      ),
      DATA_LOCATIONS,
    ),
    matches(
      base("b2c-tenant-name", B2C, "resourceName", "b2cDirectories name: the initial domain"),
      /^[a-z0-9]{1,26}\.onmicrosoft\.com$/,
      "name.onmicrosoft.com",
    ),
    matches(
      base("ciam-tenant-name", CIAM, "resourceName", "ciamDirectories name maxLength 26"),
      /^[a-zA-Z0-9]{1,26}$/,
      "1..26 letters and digits",
    ),
    // The REST API's B2CResourceSKUName also lists Standard and PremiumP2, but Microsoft sells
    // new B2C tenants only with P1 (config: azure.directory.create.sku, rules/azure/tenant.ts).
    oneOf(
      {
        id: "b2c-tenant-sku",
        type: B2C,
        input: "sku.name",
        source: `${spec(TENANTS, "B2CResourceSKUName")}; ${B2C_END_OF_SALE}`,
      },
      ["PremiumP1"],
    ),
    oneOf(base("ciam-tenant-sku", CIAM, "sku.name", "CIAMResourceSKUName"), [
      "Standard",
      "PremiumP1",
      "PremiumP2",
    ]),
    matches(
      base("b2c-tenant-country", B2C, "countryCode", "countryCode"),
      /^[A-Z]{2}$/,
      "an ISO 3166 country code",
    ),
    matches(
      base("ciam-tenant-country", CIAM, "createTenantProperties.countryCode", "countryCode"),
      /^[A-Z]{2}$/,
      "an ISO 3166 country code",
    ),
    tagsRule(B2C, "b2c-tenant-tags"),
    tagsRule(CIAM, "ciam-tenant-tags"),
  ];
}

/** Resource group, private endpoint, role assignment and created tenants. */
export const PLATFORM_AUDIT: ConformanceAudit = {
  constraints: [...groupAndNetwork(), ...tenants()],
  unconstrained: [
    ...fixed(ENDPOINT, { resourceGroupName: FROM_RESOURCE_GROUP }),
    ...fixed(ROLE, {
      principalId: "the cache's managed identity, taken from it",
      scope: "azure.sessionStore.persistence.storageAccountId, a resource ID by the configuration's schema",
    }),
    ...fixed(B2C, {
      resourceGroupName: FROM_RESOURCE_GROUP,
      displayName:
        "azure.directory.create.displayName, text of 1..256 characters by the configuration's schema",
    }),
    ...fixed(CIAM, { resourceGroupName: FROM_RESOURCE_GROUP }),
  ],
};
