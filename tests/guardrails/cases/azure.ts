import { AZURE_REGIONS } from "../../../src/config/regions";
import { type BadCase, bad, HOSTILE, REMOVE } from "../support";

const SUBSCRIPTION = "/subscriptions/3c1e9f2a-5b7d-4c8e-a6f0-9d2b4e1c7a53";

/** The azure section and the Azure location. */
export const AZURE_CASES: readonly BadCase[] = [
  bad("azure", "a path in the resource group name", "azure.resourceGroupName", "rg/../prod", [
    'azure.resourceGroupName: must be 1..90 letters, digits, _ . ( ) -, not ending with a dot; received "rg/../prod"',
  ]),
  bad("azure", "a resource group name ending with a dot", "azure.resourceGroupName", "rg-hanbit.", [
    'azure.resourceGroupName: must be 1..90 letters, digits, _ . ( ) -, not ending with a dot; received "rg-hanbit."',
  ]),
  bad("azure", "an unknown directory mode", "azure.directory.mode", "adb2c", [
    'azure.directory.mode: must be one of "b2c", "externalId"; received "adb2c"',
  ]),
  bad("azure", "a tenant name with capitals and a hyphen", "azure.directory.domainName", "Hanbit-B2C", [
    'azure.directory.domainName: must be 1..26 lowercase letters and digits; received "Hanbit-B2C"',
  ]),
  bad("azure", "a 100 KB tenant name", "azure.directory.domainName", HOSTILE.huge, [
    'azure.directory.domainName: must be 1..26 lowercase letters and digits; received "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (100002 characters)',
  ]),
  bad("azure", "a tenant ID that is not a GUID", "azure.directory.tenantId", "hanbit", [
    'azure.directory.tenantId: must be a GUID such as 00000000-0000-0000-0000-000000000000; received "hanbit"',
  ]),
  bad("azure", "an existing tenant without its ID", "azure.directory.tenantId", REMOVE, [
    'azure.directory.tenantId: is required when azure.directory.tenant is "existing"; received nothing',
  ]),
  bad(
    "azure",
    "no automation client",
    "azure.directory.automationClientId",
    REMOVE,
    [
      'azure.directory.automationClientId: is required when azure.directory.tenant is "existing": the app registration the platform deploys into the tenant as (docs/azure.md, "Bootstrap"); received nothing',
    ],
    { cli: true },
  ),
  bad("azure", "an unknown policy mode", "azure.directory.policyMode", "custom", [
    'azure.directory.policyMode: must be one of "userFlows", "customPolicies"; received "custom"',
  ]),
  bad("azure", "an unknown SSO scope", "azure.directory.ssoScope", "Global", [
    'azure.directory.ssoScope: must be one of "Suppressed", "Tenant", "Application", "Policy"; received "Global"',
  ]),
  bad("azure", "keep me signed in over 90 days", "azure.directory.keepMeSignedInDays", 91, [
    "azure.directory.keepMeSignedInDays: must be at most 90; received 91",
  ]),
  bad(
    "azure",
    "a language name instead of a tag",
    "azure.directory.languages",
    ["korean"],
    ['azure.directory.languages[0]: must be a language tag such as ko or en-US; received "korean"'],
  ),
  bad(
    "azure",
    "no language",
    "azure.directory.languages",
    [],
    ["azure.directory.languages: must have at least 1 item; received []"],
  ),
  bad(
    "azure",
    "tenant creation settings on an existing tenant",
    "azure.directory.create",
    { countryCode: "KR", displayName: "Hanbit" },
    [
      'azure.directory.create: is only used when azure.directory.tenant is "create"; received {"location":"Asia Pacific","countryCode":"KR","displayName":"Hanbit"}',
    ],
  ),
  bad(
    "azure",
    "a NUL in a new tenant's display name",
    "azure.directory.create.displayName",
    HOSTILE.nul,
    [
      'azure.directory.create.displayName: must not contain control characters or bidirectional overrides; received "nul\\u0000byte"',
    ],
    {
      before: [
        ["azure.directory.tenant", "create"],
        ["azure.directory.tenantId", REMOVE],
        ["azure.directory.create", { countryCode: "KR" }],
      ],
    },
  ),
  bad("azure", "an API Management name starting with a digit", "azure.apiManagement.name", "1apim", [
    'azure.apiManagement.name: must be 1..50 letters, digits and hyphens, starting with a letter and not ending with a hyphen; received "1apim"',
  ]),
  bad("azure", "markup in the API Management name", "azure.apiManagement.name", `apim-${HOSTILE.script}`, [
    'azure.apiManagement.name: must be 1..50 letters, digits and hyphens, starting with a letter and not ending with a hyphen; received "apim-<script>alert(\\"x\\")</script>"',
  ]),
  bad("azure", "an unknown API Management SKU", "azure.apiManagement.sku", "Premium2", [
    'azure.apiManagement.sku: must be one of "Consumption", "Developer", "Basic", "Standard", "Premium", "BasicV2", "StandardV2"; received "Premium2"',
  ]),
  bad("azure", "Consumption with an API", "azure.apiManagement.sku", "Consumption", [
    'azure.apiManagement.sku: must not be "Consumption" when an api is configured: Consumption has no rate-limit-by-key, which throttles each token subject; use "BasicV2" or "StandardV2"; received "Consumption"',
  ]),
  bad("azure", "13 scale units", "azure.apiManagement.capacity", 13, [
    "azure.apiManagement.capacity: must be at most 12; received 13",
  ]),
  bad(
    "azure",
    "a publisher address without a domain",
    "azure.apiManagement.publisherEmail",
    "platform-team",
    ['azure.apiManagement.publisherEmail: must be an e-mail address; received "platform-team"'],
  ),
  bad("azure", "a 100 KB publisher name", "azure.apiManagement.publisherName", HOSTILE.huge, [
    'azure.apiManagement.publisherName: must be text of 1..100 characters; received "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (100002 characters)',
  ]),
  bad(
    "azure",
    "a header injection in the publisher name",
    "azure.apiManagement.publisherName",
    HOSTILE.crlf,
    [
      'azure.apiManagement.publisherName: must not contain control characters or bidirectional overrides; received "Hanbit\\r\\nX-Injected: 1"',
    ],
    { cli: true },
  ),
  bad(
    "azure",
    "a terminal escape in the publisher name",
    "azure.apiManagement.publisherName",
    HOSTILE.escape,
    [
      'azure.apiManagement.publisherName: must not contain control characters or bidirectional overrides; received "\\u001b[31mred"',
    ],
  ),
  bad("azure", "a zero rate limit per subject", "azure.apiManagement.rateLimitPerSubject", 0, [
    "azure.apiManagement.rateLimitPerSubject: must be at least 1; received 0",
  ]),
  bad("azure", "a clock skew over 5 minutes", "azure.apiManagement.clockSkew", "10m", [
    'azure.apiManagement.clockSkew: must be between 0s and 5m (inclusive) for the gateway\'s token check (validate-jwt clock-skew); received "10m"',
  ]),
  bad("azure", "an unknown session store kind", "azure.sessionStore.kind", "memcached", [
    'azure.sessionStore.kind: must be one of "cache", "managed"; received "memcached"',
  ]),
  bad("azure", "two hyphens in the cache name", "azure.sessionStore.name", "redis--hanbit", [
    'azure.sessionStore.name: must not contain two hyphens in a row; received "redis--hanbit"',
  ]),
  bad("azure", "a cache name starting with a hyphen", "azure.sessionStore.name", "-redis", [
    'azure.sessionStore.name: must be 1..63 letters, digits and hyphens, not starting or ending with a hyphen; received "-redis"',
  ]),
  bad("azure", "the Basic cache SKU", "azure.sessionStore.sku", "Basic", [
    'azure.sessionStore.sku: must be one of "Standard", "Premium"; received "Basic"',
  ]),
  bad("azure", "a Premium cache of size 6", "azure.sessionStore.capacity", 6, [
    "azure.sessionStore.capacity: must be between 1 and 5 (P1..P5) for Premium; received 6",
  ]),
  bad(
    "azure",
    "zone 4",
    "azure.sessionStore.zones",
    ["4"],
    ['azure.sessionStore.zones[0]: must be one of "1", "2", "3"; received "4"'],
  ),
  bad(
    "azure",
    "a geo-replica in the primary region (beside the example's zones and persistence, which it excludes)",
    "azure.sessionStore.geoReplicaLocation",
    "koreacentral",
    [
      'azure.sessionStore.zones: must be empty with azure.sessionStore.geoReplicaLocation: Azure Cache for Redis geo-replication does not support zone redundancy; received ["1","2"]',
      'azure.sessionStore.persistence: must be false or left out with azure.sessionStore.geoReplicaLocation: Azure Cache for Redis geo-replication does not support data persistence; received {"storageAccountId":"/subscriptions/3c1e9f2a-5b7d-4c8e-a6f0-9d2b4e1c7a53/resourc… (187 characters)',
      'azure.sessionStore.geoReplicaLocation: must differ from the primary region; received "koreacentral"',
    ],
  ),
  bad(
    "azure",
    "a display name as the replica region",
    "azure.sessionStore.geoReplicaLocation",
    "Japan East",
    [
      'azure.sessionStore.geoReplicaLocation: must be an Azure region name such as japaneast; received "Japan East"',
    ],
  ),
  bad("azure", "a relative subnet ID", "azure.sessionStore.privateEndpointSubnetId", "../subnets/snet", [
    'azure.sessionStore.privateEndpointSubnetId: must be an Azure resource ID (/subscriptions/…/resourceGroups/…/providers/…); received "../subnets/snet"',
  ]),
  bad(
    "azure",
    "a template as the principal ID",
    "azure.sessionStore.applicationPrincipalId",
    HOSTILE.mustache,
    [
      'azure.sessionStore.applicationPrincipalId: must be a GUID such as 00000000-0000-0000-0000-000000000000; received "{{constructor.constructor}}"',
    ],
  ),
  bad("azure", "no principal for data access", "azure.sessionStore.applicationPrincipalId", REMOVE, [
    "azure.sessionStore.applicationPrincipalId: is required: access keys are disabled, so the applications' Entra identity (object ID) must be granted data access; received nothing",
  ]),
  bad("azure", "a subscription as the log group", "azure.b2cLogsResourceGroupId", SUBSCRIPTION, [
    'azure.b2cLogsResourceGroupId: must be a resource group ID (/subscriptions/…/resourceGroups/…); received "/subscriptions/3c1e9f2a-5b7d-4c8e-a6f0-9d2b4e1c7a53"',
  ]),
  bad("azure", "Defender for APIs as text", "azure.defender.apis", "yes", [
    'azure.defender.apis: must be a boolean; received "yes"',
  ]),
  bad(
    "azure",
    "a security contact without a domain",
    "azure.defender.contactEmails",
    ["secops"],
    ['azure.defender.contactEmails[0]: must be an e-mail address; received "secops"'],
  ),
  bad("azure", "a typo in an azure key", "azure.defnder", {}, [
    'azure.defnder: unknown key; did you mean "defender"? allowed keys: resourceGroupName, directory, apiManagement, frontDoor, sessionStore, b2cLogsResourceGroupId, defender',
  ]),
  bad("azure", "a display name as the location", "azure-native:location", "Korea Central", [
    `azure-native:location: must be an Azure region (did you mean "koreacentral"?): ${AZURE_REGIONS.join(", ")}; received "Korea Central"`,
  ]),
  bad("azure", "no location", "azure-native:location", REMOVE, [
    'azure-native:location: must be an Azure region such as "koreacentral" (pulumi config set azure-native:location koreacentral); received nothing',
  ]),
];
