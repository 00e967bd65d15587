import {
  APIM_CIPHERS_SOURCE,
  APIM_FIXED_CIPHER_TIERS,
  APIM_PUBLISHER_MAX_LENGTH,
  APIM_UNITS,
  APIM_UNITS_SOURCE,
  type ApimSku,
} from "../../config/rules/azure/limits";
import { eachValue, lengthIn, matches, oneOf } from "../../platform/constraintKinds";
import type { ConformanceAudit, Constraint } from "../../platform/constraints";
import { policyConstraints } from "./apimPolicies";
import { FROM_RESOURCE_GROUP, fixed, known, regionRule, sdkEnum, spec, tagsRule } from "./common";

const SERVICE = "azure-native:apimanagement:ApiManagementService";
const API = "azure-native:apimanagement:Api";
const OPERATION = "azure-native:apimanagement:ApiOperation";
const API_POLICY = "azure-native:apimanagement:ApiPolicy";
const OPERATION_POLICY = "azure-native:apimanagement:ApiOperationPolicy";
const TYPES = "apimanagement/microsoft.apimanagement/2024-05-01";
const SEC = "Microsoft.WindowsAzure.ApiManagement.Gateway";

/** customProperties keys the REST API documents (protocols, 3DES, HTTP/2, and cipher switches). */
const CUSTOM_PROPERTY = new RegExp(
  `^${SEC.replace(/\./g, "\\.")}\\.(Security\\.(Backend\\.)?Protocols\\.(Ssl30|Tls10|Tls11)|Security\\.Ciphers\\.[A-Za-z0-9_]+|Protocols\\.Server\\.Http2)$`,
);

function serviceConstraints(): Constraint[] {
  const base = (id: string, input: string, source: string) => ({ id, type: SERVICE, input, source });
  const name = spec(TYPES, "Microsoft.ApiManagement/service name");
  return [
    lengthIn(base("apim-service-name-length", "serviceName", name), 1, 50),
    matches(
      base("apim-service-name-pattern", "serviceName", name),
      /^[a-zA-Z](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/,
      "letters, digits and hyphens, starting with a letter and ending with a letter or digit",
    ),
    oneOf(base("apim-sku-name", "sku.name", sdkEnum("apimanagement", "SkuType")), [
      "Developer",
      "Standard",
      "Premium",
      "Basic",
      "Consumption",
      "Isolated",
      "BasicV2",
      "StandardV2",
    ]),
    eachValue(
      { ...base("apim-sku-capacity", "sku", APIM_UNITS_SOURCE), rule: "capacity within the tier's units" },
      (value) => {
        const sku = value as { name?: ApimSku; capacity?: unknown };
        const units = sku.name ? APIM_UNITS[sku.name] : undefined;
        if (!units || typeof sku.capacity !== "number") return undefined;
        return sku.capacity >= units.min && sku.capacity <= units.max
          ? undefined
          : `has ${sku.capacity} units on ${sku.name} (allowed ${units.min}..${units.max})`;
      },
    ),
    lengthIn(
      base("apim-publisher-email-length", "publisherEmail", spec(TYPES, "publisherEmail maxLength")),
      1,
      APIM_PUBLISHER_MAX_LENGTH,
    ),
    lengthIn(
      base("apim-publisher-name-length", "publisherName", spec(TYPES, "publisherName maxLength")),
      1,
      APIM_PUBLISHER_MAX_LENGTH,
    ),
    eachValue(
      {
        ...base(
          "apim-custom-properties",
          "customProperties",
          `${spec(TYPES, "customProperties")}, ${APIM_CIPHERS_SOURCE}`,
        ),
        rule: '"True"/"False" switches the REST API documents; no cipher switch on Consumption and v2 tiers',
      },
      (value, resource) => {
        const entries = Object.entries((value ?? {}) as Record<string, unknown>);
        const unknown = entries.find(
          ([k, v]) => !CUSTOM_PROPERTY.test(k) || !["True", "False"].includes(String(v)),
        );
        if (unknown) return `holds ${JSON.stringify(unknown[0])}: ${JSON.stringify(unknown[1])}`;
        const sku = (resource.props.sku as { name?: ApimSku } | undefined)?.name;
        const cipher = entries.find(([k]) => k.includes(".Ciphers."));
        return cipher && sku && APIM_FIXED_CIPHER_TIERS.includes(sku)
          ? `sets ${cipher[0]} on ${sku}, whose cipher configuration cannot be changed`
          : undefined;
      },
    ),
    regionRule(SERVICE, "apim-location"),
    tagsRule(SERVICE, "apim-tags"),
  ];
}

function apiConstraints(): Constraint[] {
  const base = (id: string, type: string, input: string, what: string) => ({
    id,
    type,
    input,
    source: spec(TYPES, what),
  });
  return [
    lengthIn(base("apim-api-id-length", API, "apiId", "service/apis name"), 1, 256),
    matches(
      base("apim-api-id-pattern", API, "apiId", "service/apis name"),
      /^[^*#&+:<>?]+$/,
      "no * # & + : < > ?",
    ),
    lengthIn(
      base("apim-api-display-name", API, "displayName", "ApiCreateOrUpdateProperties.displayName"),
      1,
      300,
    ),
    lengthIn(base("apim-api-path", API, "path", "ApiCreateOrUpdateProperties.path"), 0, 400),
    lengthIn(
      base("apim-api-service-url", API, "serviceUrl", "ApiCreateOrUpdateProperties.serviceUrl"),
      0,
      2000,
    ),
    oneOf(base("apim-api-protocols", API, "protocols[]", "Protocol enum"), ["http", "https", "ws", "wss"]),
    oneOf(base("apim-api-type", API, "apiType", "apiType enum"), [
      "http",
      "soap",
      "websocket",
      "graphql",
      "odata",
      "grpc",
    ]),
    lengthIn(base("apim-operation-id", OPERATION, "operationId", "service/apis/operations name"), 1, 80),
    lengthIn(
      base(
        "apim-operation-display-name",
        OPERATION,
        "displayName",
        "OperationContractProperties.displayName",
      ),
      1,
      300,
    ),
    lengthIn(
      base(
        "apim-operation-url-template",
        OPERATION,
        "urlTemplate",
        "OperationContractProperties.urlTemplate",
      ),
      1,
      1000,
    ),
    {
      ...base(
        "apim-operation-template-parameters",
        OPERATION,
        "templateParameters",
        "ParameterContract: name and type required",
      ),
      rule: "exactly the {parameters} of urlTemplate, each with a name and a type (APIM: all template parameters used in the UriTemplate must be defined in the operation, and vice versa)",
      violations: (r) => {
        const url = r.props.urlTemplate;
        const params = r.props.templateParameters;
        if (typeof url !== "string" || !known(url) || !Array.isArray(params)) return [];
        const used = [...url.matchAll(/\{\*?([^}]+)\}/g)].map((m) => m[1]).sort();
        const declared = (params as { name?: unknown; type?: unknown }[]).map((p) => String(p.name)).sort();
        const typed = (params as { name?: unknown; type?: unknown }[]).every((p) => p.name && p.type);
        return JSON.stringify(used) === JSON.stringify(declared) && typed
          ? []
          : [`templateParameters declare ${JSON.stringify(declared)} for ${url}`];
      },
    },
  ];
}

const SERVICE_NAME = "the API Management service's name, taken from the service (apim-service-name-pattern)";
const API_ID = "the API's ID, taken from the Api resource (apim-api-id-pattern)";

/** API Management: the service, the API, its operations and their policies. */
export const APIM_AUDIT: ConformanceAudit = {
  constraints: [
    ...serviceConstraints(),
    ...apiConstraints(),
    ...policyConstraints(API_POLICY, "apim-api-policy"),
    ...policyConstraints(OPERATION_POLICY, "apim-operation-policy"),
  ],
  unconstrained: [
    ...fixed(SERVICE, {
      resourceGroupName: FROM_RESOURCE_GROUP,
      identity: 'fixed to { type: "SystemAssigned" }, a value of ApimIdentityType',
      developerPortalStatus: 'fixed to "Disabled", a value of DeveloperPortalStatus (Enabled | Disabled)',
      legacyPortalStatus: 'fixed to "Disabled", a value of LegacyPortalStatus (Enabled | Disabled)',
      disableGateway: "the azure-native SDK's default (false), a boolean",
      enableClientCertificate: "the azure-native SDK's default (false), a boolean",
      natGatewayState: 'the azure-native SDK\'s default ("Disabled"), a value of NatGatewayState',
      restore: "the azure-native SDK's default (false): no undelete of a soft-deleted service",
      virtualNetworkType: 'the azure-native SDK\'s default ("None"), a value of VirtualNetworkType',
    }),
    ...fixed(API, {
      resourceGroupName: FROM_RESOURCE_GROUP,
      serviceName: SERVICE_NAME,
      subscriptionRequired: "fixed to false (the caller's token is the credential), a boolean",
    }),
    ...fixed(OPERATION, {
      resourceGroupName: FROM_RESOURCE_GROUP,
      serviceName: SERVICE_NAME,
      apiId: API_ID,
      method:
        'the route\'s method (GET, POST, PUT, PATCH, DELETE, or "*" for ANY); the REST API accepts any HTTP method',
    }),
    ...[API_POLICY, OPERATION_POLICY].flatMap((type) =>
      fixed(type, {
        resourceGroupName: FROM_RESOURCE_GROUP,
        serviceName: SERVICE_NAME,
        apiId: API_ID,
      }),
    ),
    ...fixed(OPERATION_POLICY, {
      operationId: "the operation's ID, taken from the ApiOperation (apim-operation-id)",
    }),
  ],
};
