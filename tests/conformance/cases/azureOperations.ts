/** Monitoring, network, tenants and Defender inputs broken one at a time, with exact messages. */
import { type Case, inputsOf, manyTags } from "../azureCases";

const CACHE_ID =
  "/subscriptions/3c1e9f2a-5b7d-4c8e-a6f0-9d2b4e1c7a53/resourceGroups/rg-hanbit-auth-prod/providers/Microsoft.Cache/Redis/redis-hanbit-sessions-prod";

export const OPERATIONS_CASES: readonly Case[] = [
  [
    "metric-alert-severity",
    "example",
    "hanbit-redis-memory",
    (i) => {
      i.severity = 5;
    },
    ["severity is 5"],
  ],
  [
    "metric-alert-frequency",
    "example",
    "hanbit-redis-memory",
    (i) => {
      i.evaluationFrequency = "PT2M";
    },
    ['evaluationFrequency is "PT2M"'],
  ],
  [
    "metric-alert-window",
    "example",
    "hanbit-redis-memory",
    (i) => {
      i.windowSize = "PT2M";
    },
    ['windowSize is "PT2M"'],
  ],
  [
    "metric-alert-window",
    "example",
    "hanbit-redis-memory",
    (i) => {
      i.evaluationFrequency = "PT15M";
    },
    ["windowSize PT5M is shorter than PT15M"],
  ],
  [
    "metric-alert-aggregation",
    "example",
    "hanbit-redis-memory",
    (i) => {
      i.criteria.allOf[0].timeAggregation = "Median";
    },
    ['criteria.allOf[0].timeAggregation is "Median"'],
  ],
  [
    "metric-alert-operator",
    "example",
    "hanbit-redis-memory",
    (i) => {
      i.criteria.allOf[0].operator = "Above";
    },
    ['criteria.allOf[0].operator is "Above"'],
  ],
  [
    "metric-alert-apim-capacity-metric",
    "example",
    "hanbit-apim-gateway-cpu",
    (i) => {
      i.criteria.allOf[0].metricName = "Capacity";
    },
    ["Capacity is not reported on StandardV2 (it reads 0 there)"],
  ],
  [
    "metric-alert-apim-capacity-metric",
    "userflows",
    "lindqvist-apim-capacity",
    (i) => {
      i.criteria.allOf[0].metricName = "CpuPercent_Gateway";
    },
    ["CpuPercent_Gateway is not reported on Premium (it reads 0 there)"],
  ],
  [
    "metric-alert-location",
    "example",
    "hanbit-redis-memory",
    (i) => {
      i.location = "koreacentral";
    },
    ['location is "koreacentral"'],
  ],
  [
    "metric-alert-tags",
    "example",
    "hanbit-redis-memory",
    (i) => {
      i.tags = manyTags(51);
    },
    ["tags has 51 tags"],
  ],
  [
    "log-alert-severity",
    "example",
    "hanbit-unauthorized-surge",
    (i) => {
      i.severity = 7;
    },
    ["severity is 7"],
  ],
  [
    "log-alert-kind",
    "example",
    "hanbit-unauthorized-surge",
    (i) => {
      i.kind = "Scheduled";
    },
    ['kind is "Scheduled"'],
  ],
  [
    "log-alert-frequency",
    "example",
    "hanbit-unauthorized-surge",
    (i) => {
      i.evaluationFrequency = "PT3M";
    },
    ['evaluationFrequency is "PT3M"'],
  ],
  [
    "log-alert-window",
    "example",
    "hanbit-unauthorized-surge",
    (i) => {
      i.windowSize = "PT2H";
    },
    ['windowSize is "PT2H"'],
  ],
  [
    "log-alert-location",
    "example",
    "hanbit-unauthorized-surge",
    (i) => {
      i.location = "Korea Central";
    },
    ['location is "Korea Central"'],
  ],
  [
    "log-alert-tags",
    "example",
    "hanbit-unauthorized-surge",
    (i) => {
      i.tags = manyTags(51);
    },
    ["tags has 51 tags"],
  ],
  [
    "action-group-short-name",
    "example",
    "hanbit-alerts",
    (i) => {
      i.groupShortName = "hanbit-platform";
    },
    ["groupShortName has 15 characters"],
  ],
  [
    "action-group-location",
    "example",
    "hanbit-alerts",
    (i) => {
      i.location = "koreacentral";
    },
    ['location is "koreacentral"'],
  ],
  [
    "action-group-tags",
    "example",
    "hanbit-alerts",
    (i) => {
      i.tags = manyTags(51);
    },
    ["tags has 51 tags"],
  ],
  [
    "diagnostic-log-categories",
    "example",
    "hanbit-redis-diagnostics",
    (i) => {
      i.logs[0].category = "GatewayLogs";
    },
    ['logs[0].category is "GatewayLogs" for Microsoft.Cache/Redis'],
  ],
  [
    "diagnostic-destination-type",
    "example",
    "hanbit-redis-diagnostics",
    (i) => {
      i.logAnalyticsDestinationType = "Resource";
    },
    ['logAnalyticsDestinationType is "Resource"'],
  ],
  [
    "directory-diagnostic-categories",
    "userflows",
    "lindqvist-directory-diagnostics",
    (i) => {
      i.logs[1].category = "RiskyUsers";
    },
    ['logs[1].category is "RiskyUsers"'],
  ],
  [
    "workspace-name",
    "example",
    "hanbit-logs",
    (i) => {
      i.workspaceName = "log";
    },
    ['workspaceName is "log"'],
  ],
  [
    "workspace-retention",
    "example",
    "hanbit-logs",
    (i) => {
      i.retentionInDays = 7;
    },
    ["retentionInDays is 7"],
  ],
  [
    "workspace-sku",
    "example",
    "hanbit-logs",
    (i) => {
      i.sku.name = "Free";
    },
    ['sku.name is "Free"'],
  ],
  [
    "workspace-location",
    "example",
    "hanbit-logs",
    (i) => {
      i.location = "Korea Central";
    },
    ['location is "Korea Central"'],
  ],
  [
    "workspace-tags",
    "example",
    "hanbit-logs",
    (i) => {
      i.tags = manyTags(51);
    },
    ["tags has 51 tags"],
  ],
  [
    "resource-group-name",
    "example",
    "hanbit-resource-group",
    (i) => {
      i.resourceGroupName = "rg-hanbit.";
    },
    ['resourceGroupName is "rg-hanbit."'],
  ],
  [
    "resource-group-location",
    "example",
    "hanbit-resource-group",
    (i) => {
      i.location = "Korea Central";
    },
    ['location is "Korea Central"'],
  ],
  [
    "resource-group-tags",
    "example",
    "hanbit-resource-group",
    (i) => {
      i.tags = manyTags(51);
    },
    ["tags has 51 tags"],
  ],
  [
    "private-endpoint-name",
    "example",
    "hanbit-redis-private-endpoint",
    (i) => {
      i.privateEndpointName = "-pe";
    },
    ['privateEndpointName is "-pe"'],
  ],
  [
    "private-endpoint-group",
    "example",
    "hanbit-redis-private-endpoint",
    (i) => {
      i.privateLinkServiceConnections[0].groupIds = ["redisEnterprise"];
    },
    [`privateLinkServiceConnections[0] has groupIds ["redisEnterprise"] for ${CACHE_ID}`],
  ],
  [
    "private-endpoint-subnet",
    "example",
    "hanbit-redis-private-endpoint",
    (i) => {
      i.subnet.id = "snet-private-endpoints";
    },
    ['subnet.id is "snet-private-endpoints"'],
  ],
  [
    "private-endpoint-location",
    "example",
    "hanbit-redis-private-endpoint",
    (i) => {
      i.location = "Korea Central";
    },
    ['location is "Korea Central"'],
  ],
  [
    "private-endpoint-tags",
    "example",
    "hanbit-redis-private-endpoint",
    (i) => {
      i.tags = manyTags(51);
    },
    ["tags has 51 tags"],
  ],
  [
    "role-assignment-principal-type",
    "example",
    "hanbit-redis-persistence-access",
    (i) => {
      i.principalType = "Application";
    },
    ['principalType is "Application"'],
  ],
  [
    "role-assignment-definition",
    "example",
    "hanbit-redis-persistence-access",
    (i) => {
      i.roleDefinitionId = "Storage Blob Data Contributor";
    },
    ['roleDefinitionId is "Storage Blob Data Contributor"'],
  ],
  [
    "b2c-tenant-location",
    "b2cTenant",
    "hanbit-b2c-tenant",
    (i) => {
      i.location = "Korea";
    },
    ['location is "Korea"'],
  ],
  [
    "b2c-tenant-name",
    "b2cTenant",
    "hanbit-b2c-tenant",
    (i) => {
      i.resourceName = "hanbitb2c";
    },
    ['resourceName is "hanbitb2c"'],
  ],
  [
    "b2c-tenant-sku",
    "b2cTenant",
    "hanbit-b2c-tenant",
    (i) => {
      i.sku.name = "Free";
    },
    ['sku.name is "Free"'],
  ],
  [
    "b2c-tenant-country",
    "b2cTenant",
    "hanbit-b2c-tenant",
    (i) => {
      i.countryCode = "KOR";
    },
    ['countryCode is "KOR"'],
  ],
  [
    "b2c-tenant-tags",
    "b2cTenant",
    "hanbit-b2c-tenant",
    (i) => {
      i.tags = manyTags(51);
    },
    ["tags has 51 tags"],
  ],
  [
    "ciam-tenant-location",
    "externalid",
    "tsubame-external-tenant",
    (i) => {
      i.location = "Japan";
    },
    ['location is "Japan"'],
  ],
  [
    "ciam-tenant-name",
    "externalid",
    "tsubame-external-tenant",
    (i) => {
      i.resourceName = "tsubame-id";
    },
    ['resourceName is "tsubame-id"'],
  ],
  [
    "ciam-tenant-sku",
    "externalid",
    "tsubame-external-tenant",
    (i) => {
      i.sku.name = "Basic";
    },
    ['sku.name is "Basic"'],
  ],
  [
    "ciam-tenant-country",
    "externalid",
    "tsubame-external-tenant",
    (i) => {
      i.createTenantProperties.countryCode = "Japan";
    },
    ['createTenantProperties.countryCode is "Japan"'],
  ],
  [
    "ciam-tenant-tags",
    "externalid",
    "tsubame-external-tenant",
    (i) => {
      i.tags = manyTags(51);
    },
    ["tags has 51 tags"],
  ],
  [
    "defender-plan",
    "example",
    "hanbit-defender-arm",
    (i) => {
      i.pricingName = "Apis";
    },
    ['pricingName is "Apis"'],
  ],
  [
    "defender-tier",
    "example",
    "hanbit-defender-arm",
    (i) => {
      i.pricingTier = "Premium";
    },
    ['pricingTier is "Premium"'],
  ],
  [
    "defender-sub-plan",
    "example",
    "hanbit-defender-arm",
    (i) => {
      i.subPlan = "P1";
    },
    ['subPlan "P1" on Arm'],
  ],
  [
    "security-contact-name",
    "example",
    "hanbit-defender-contact",
    (i) => {
      i.securityContactName = "security";
    },
    ['securityContactName is "security"'],
  ],
  [
    "security-contact-roles",
    "example",
    "hanbit-defender-contact",
    (i) => {
      i.notificationsByRole.roles = ["Reader"];
    },
    ['notificationsByRole.roles[0] is "Reader"'],
  ],
  [
    "security-contact-severity",
    "example",
    "hanbit-defender-contact",
    (i) => {
      i.notificationsSources[0].minimalSeverity = "Critical";
    },
    ['notificationsSources[0].minimalSeverity is "Critical"'],
  ],
  [
    "defender-apis-tier",
    "userflows",
    "lindqvist-defender-api-collection",
    (_, p) => {
      inputsOf(p, "lindqvist-apim").sku = { name: "StandardV2", capacity: 1 };
    },
    ["serviceName is on StandardV2"],
  ],
];
