/** API Management and Redis inputs broken one at a time, with the exact messages their constraints report. */
import { type Case, edit, inputsOf, manyTags } from "../azureCases";

const CIPHER = "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Ciphers.TripleDes168";
const big = (text: string) => text.replace("<inbound>", `<inbound><!--${"x".repeat(262_144)}-->`);

export const SERVICE_CASES: readonly Case[] = [
  [
    "apim-service-name-length",
    "example",
    "hanbit-apim",
    (i) => {
      i.serviceName = "a".repeat(51);
    },
    ["serviceName has 51 characters"],
  ],
  [
    "apim-service-name-pattern",
    "example",
    "hanbit-apim",
    (i) => {
      i.serviceName = "1apim";
    },
    ['serviceName is "1apim"'],
  ],
  [
    "apim-sku-name",
    "example",
    "hanbit-apim",
    (i) => {
      i.sku.name = "Free";
    },
    ['sku.name is "Free"'],
  ],
  [
    "apim-sku-capacity",
    "example",
    "hanbit-apim",
    (i) => {
      i.sku.capacity = 11;
    },
    ["sku has 11 units on StandardV2 (allowed 1..10)"],
  ],
  [
    "apim-sku-capacity",
    "userflows",
    "lindqvist-apim",
    (i) => {
      i.sku = { name: "Developer", capacity: 2 };
    },
    ["sku has 2 units on Developer (allowed 1..1)"],
  ],
  [
    "apim-publisher-email-length",
    "example",
    "hanbit-apim",
    (i) => {
      i.publisherEmail = `${"a".repeat(91)}@hanbit.kr`;
    },
    ["publisherEmail has 101 characters"],
  ],
  [
    "apim-publisher-name-length",
    "example",
    "hanbit-apim",
    (i) => {
      i.publisherName = "";
    },
    ["publisherName has 0 characters"],
  ],
  [
    "apim-custom-properties",
    "example",
    "hanbit-apim",
    (i) => {
      i.customProperties[CIPHER] = "False";
    },
    [`customProperties sets ${CIPHER} on StandardV2, whose cipher configuration cannot be changed`],
  ],
  [
    "apim-custom-properties",
    "userflows",
    "lindqvist-apim",
    (i) => {
      i.customProperties["Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls13"] = "False";
    },
    [
      'customProperties holds "Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.Tls13": "False"',
    ],
  ],
  [
    "apim-location",
    "example",
    "hanbit-apim",
    (i) => {
      i.location = "Korea Central";
    },
    ['location is "Korea Central"'],
  ],
  [
    "apim-tags",
    "example",
    "hanbit-apim",
    (i) => {
      i.tags = manyTags(51);
    },
    ["tags has 51 tags"],
  ],
  [
    "apim-api-id-length",
    "example",
    "hanbit-api",
    (i) => {
      i.apiId = "a".repeat(257);
    },
    ["apiId has 257 characters"],
  ],
  [
    "apim-api-id-pattern",
    "example",
    "hanbit-api",
    (i) => {
      i.apiId = "orders:v1";
    },
    ['apiId is "orders:v1"'],
  ],
  [
    "apim-api-display-name",
    "example",
    "hanbit-api",
    (i) => {
      i.displayName = "";
    },
    ["displayName has 0 characters"],
  ],
  [
    "apim-api-path",
    "example",
    "hanbit-api",
    (i) => {
      i.path = "p".repeat(401);
    },
    ["path has 401 characters"],
  ],
  [
    "apim-api-service-url",
    "example",
    "hanbit-api",
    (i) => {
      i.serviceUrl = `https://x/${"p".repeat(1991)}`;
    },
    ["serviceUrl has 2001 characters"],
  ],
  [
    "apim-api-protocols",
    "example",
    "hanbit-api",
    (i) => {
      i.protocols = ["https", "ftp"];
    },
    ['protocols[1] is "ftp"'],
  ],
  [
    "apim-api-type",
    "example",
    "hanbit-api",
    (i) => {
      i.apiType = "rest";
    },
    ['apiType is "rest"'],
  ],
  [
    "apim-operation-id",
    "example",
    "hanbit-op-get-orders-by-id",
    (i) => {
      i.operationId = "o".repeat(81);
    },
    ["operationId has 81 characters"],
  ],
  [
    "apim-operation-display-name",
    "example",
    "hanbit-op-get-orders-by-id",
    (i) => {
      i.displayName = "d".repeat(301);
    },
    ["displayName has 301 characters"],
  ],
  [
    "apim-operation-url-template",
    "example",
    "hanbit-op-get-orders-by-id",
    (i) => {
      i.urlTemplate = "";
    },
    ["urlTemplate has 0 characters"],
  ],
  [
    "apim-operation-template-parameters",
    "example",
    "hanbit-op-get-orders-by-id",
    (i) => {
      i.templateParameters = [];
    },
    ["templateParameters declare [] for /orders/{id}"],
  ],
  [
    "apim-api-policy-format",
    "example",
    "hanbit-api-policy",
    (i) => {
      i.format = "json";
    },
    ['format is "json"'],
  ],
  [
    "apim-api-policy-id",
    "example",
    "hanbit-api-policy",
    (i) => {
      i.policyId = "custom";
    },
    ['policyId is "custom"'],
  ],
  [
    "apim-api-policy-content",
    "example",
    "hanbit-api-policy",
    (i) => {
      i.format = "rawxml";
    },
    ["value is XML-encoded inside a policy expression but sent as rawxml"],
  ],
  [
    "apim-api-policy-content",
    "example",
    "hanbit-api-policy",
    edit("value", (v) => v.replace("</policies>", "")),
    ["value is not well-formed XML (Unclosed tag 'policies'.)"],
  ],
  // A value the plan does not know yet holds: the provider checks it once it is known.
  [
    "apim-api-policy-content",
    "example",
    "hanbit-api-policy",
    (i) => {
      i.value = "[unknown]";
    },
    [],
  ],
  ["apim-api-policy-size", "example", "hanbit-api-policy", edit("value", big), ["value has 264018 bytes"]],
  [
    "apim-operation-policy-format",
    "example",
    "hanbit-op-get-orders-policy",
    (i) => {
      i.format = "xml-inline";
    },
    ['format is "xml-inline"'],
  ],
  [
    "apim-operation-policy-id",
    "example",
    "hanbit-op-get-orders-policy",
    (i) => {
      i.policyId = "scopes";
    },
    ['policyId is "scopes"'],
  ],
  [
    "apim-operation-policy-content",
    "example",
    "hanbit-op-get-orders-policy",
    (i) => {
      i.format = "rawxml";
    },
    ["value is XML-encoded inside a policy expression but sent as rawxml"],
  ],
  [
    "apim-operation-policy-size",
    "example",
    "hanbit-op-get-orders-policy",
    edit("value", big),
    ["value has 263090 bytes"],
  ],
  [
    "redis-name-length",
    "example",
    "hanbit-redis",
    (i) => {
      i.name = "r".repeat(64);
    },
    ["name has 64 characters"],
  ],
  [
    "redis-name-pattern",
    "example",
    "hanbit-redis",
    (i) => {
      i.name = "redis--x";
    },
    ['name is "redis--x"'],
  ],
  [
    "redis-sku",
    "example",
    "hanbit-redis",
    (i) => {
      i.sku.capacity = 6;
    },
    ['sku is {"capacity":6,"family":"P","name":"Premium"}'],
  ],
  [
    "redis-sku",
    "externalid",
    "tsubame-redis",
    (i) => {
      i.sku.family = "P";
    },
    ['sku is {"capacity":1,"family":"P","name":"Standard"}'],
  ],
  [
    "redis-minimum-tls",
    "example",
    "hanbit-redis",
    (i) => {
      i.minimumTlsVersion = "1.3";
    },
    ['minimumTlsVersion is "1.3"'],
  ],
  [
    "redis-public-network-access",
    "example",
    "hanbit-redis",
    (i) => {
      i.publicNetworkAccess = "Private";
    },
    ['publicNetworkAccess is "Private"'],
  ],
  [
    "redis-version",
    "example",
    "hanbit-redis",
    (i) => {
      i.redisVersion = "7";
    },
    ['redisVersion is "7"'],
  ],
  [
    "redis-rdb-frequency",
    "example",
    "hanbit-redis",
    (i) => {
      i.redisConfiguration.rdbBackupFrequency = "45";
    },
    ['redisConfiguration.rdbBackupFrequency is "45"'],
  ],
  [
    "redis-maxmemory-policy",
    "example",
    "hanbit-redis",
    (i) => {
      i.redisConfiguration.maxmemoryPolicy = "lru";
    },
    ['redisConfiguration.maxmemoryPolicy is "lru"'],
  ],
  [
    "redis-zones-premium",
    "example",
    "hanbit-redis",
    (i) => {
      i.sku = { name: "Standard", family: "C", capacity: 1 };
    },
    ['zones ["1","2"] on Standard'],
  ],
  [
    "redis-geo-replication-zones",
    "georeplica",
    "corrib-redis",
    (i) => {
      i.zones = ["1", "2"];
    },
    ['zones ["1","2"] on a geo-replicated cache'],
  ],
  [
    "redis-geo-replication-persistence",
    "georeplica",
    "corrib-redis-geo",
    (i) => {
      i.redisConfiguration.rdbBackupEnabled = "true";
    },
    ["persistence is on for a geo-replicated cache"],
  ],
  [
    "redis-location",
    "example",
    "hanbit-redis",
    (i) => {
      i.location = "Korea Central";
    },
    ['location is "Korea Central"'],
  ],
  [
    "redis-tags",
    "example",
    "hanbit-redis",
    (i) => {
      i.tags = { "cost/center": "1" };
    },
    ['tags has the tag "cost/center"'],
  ],
  [
    "redis-link-role",
    "georeplica",
    "corrib-redis-geo-link",
    (i) => {
      i.serverRole = "Tertiary";
    },
    ['serverRole is "Tertiary"'],
  ],
  [
    "redis-link-location",
    "georeplica",
    "corrib-redis-geo-link",
    (i) => {
      i.linkedRedisCacheLocation = "West Europe";
    },
    ['linkedRedisCacheLocation is "West Europe"'],
  ],
  [
    "redis-link-premium-sizes",
    "georeplica",
    "corrib-redis-geo-link",
    (_, p) => {
      inputsOf(p, "corrib-redis").sku.capacity = 3;
    },
    ["links a secondary of P2 to a primary of P3"],
  ],
  [
    "redis-link-premium-sizes",
    "georeplica",
    "corrib-redis-geo-link",
    (_, p) => {
      inputsOf(p, "corrib-redis-geo").sku = { name: "Standard", family: "C", capacity: 2 };
    },
    ["links a cache that is not Premium"],
  ],
  [
    "redis-access-assignment-name",
    "example",
    "hanbit-redis-app-access",
    (i) => {
      i.accessPolicyAssignmentName = "ab";
    },
    ['accessPolicyAssignmentName is "ab"'],
  ],
  [
    "redis-access-policy-name",
    "example",
    "hanbit-redis-app-access",
    (i) => {
      i.accessPolicyName = "Data Contributor!";
    },
    ['accessPolicyName is "Data Contributor!"'],
  ],
  [
    "redis-access-policy-exists",
    "example",
    "hanbit-redis-app-access",
    (i) => {
      i.accessPolicyName = "auth-platform-session";
    },
    ['accessPolicyName "auth-platform-session" is neither built in nor defined on the cache'],
  ],
  [
    "redis-custom-policy-name",
    "example",
    "hanbit-redis-app-policy",
    (i) => {
      i.accessPolicyName = "ab";
    },
    ['accessPolicyName is "ab"'],
  ],
  [
    "redis-custom-policy-permissions",
    "example",
    "hanbit-redis-app-policy",
    (i) => {
      i.permissions = "+get sess:*";
    },
    ['permissions holds "sess:*"'],
  ],
  [
    "managed-redis-name",
    "managed",
    "wattle-managed-redis",
    (i) => {
      i.clusterName = "amr--x";
    },
    ['clusterName is "amr--x"'],
  ],
  [
    "managed-redis-sku",
    "managed",
    "wattle-managed-redis",
    (i) => {
      i.sku.name = "Balanced_B7";
    },
    ['sku.name is "Balanced_B7"'],
  ],
  [
    "managed-redis-minimum-tls",
    "managed",
    "wattle-managed-redis",
    (i) => {
      i.minimumTlsVersion = "1.1";
    },
    ['minimumTlsVersion is "1.1"'],
  ],
  [
    "managed-redis-high-availability",
    "managed",
    "wattle-managed-redis",
    (i) => {
      i.highAvailability = "On";
    },
    ['highAvailability is "On"'],
  ],
  [
    "managed-redis-public-network-access",
    "managed",
    "wattle-managed-redis",
    (i) => {
      i.publicNetworkAccess = "Open";
    },
    ['publicNetworkAccess is "Open"'],
  ],
  [
    "managed-redis-database-name",
    "managed",
    "wattle-managed-redis-db",
    (i) => {
      i.databaseName = "my_db";
    },
    ['databaseName is "my_db"'],
  ],
  [
    "managed-redis-client-protocol",
    "managed",
    "wattle-managed-redis-db",
    (i) => {
      i.clientProtocol = "TLS";
    },
    ['clientProtocol is "TLS"'],
  ],
  [
    "managed-redis-clustering",
    "managed",
    "wattle-managed-redis-db",
    (i) => {
      i.clusteringPolicy = "Cluster";
    },
    ['clusteringPolicy is "Cluster"'],
  ],
  [
    "managed-redis-eviction",
    "managed",
    "wattle-managed-redis-db",
    (i) => {
      i.evictionPolicy = "volatile-lru";
    },
    ['evictionPolicy is "volatile-lru"'],
  ],
  [
    "managed-redis-access-keys",
    "managed",
    "wattle-managed-redis-db",
    (i) => {
      i.accessKeysAuthentication = "Off";
    },
    ['accessKeysAuthentication is "Off"'],
  ],
  [
    "managed-redis-access-assignment-name",
    "managed",
    "wattle-managed-redis-app-access",
    (i) => {
      i.accessPolicyAssignmentName = "auth-platform-app";
    },
    ['accessPolicyAssignmentName is "auth-platform-app"'],
  ],
  [
    "managed-redis-access-policy",
    "managed",
    "wattle-managed-redis-app-access",
    (i) => {
      i.accessPolicyName = "Data Contributor";
    },
    ['accessPolicyName is "Data Contributor"'],
  ],
  [
    "managed-redis-location",
    "managed",
    "wattle-managed-redis",
    (i) => {
      i.location = "Australia East";
    },
    ['location is "Australia East"'],
  ],
  [
    "managed-redis-tags",
    "managed",
    "wattle-managed-redis",
    (i) => {
      i.tags = manyTags(51);
    },
    ["tags has 51 tags"],
  ],
];
