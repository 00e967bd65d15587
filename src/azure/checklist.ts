import type { Plan } from "../plan/model";
import {
  type Check,
  type CheckedResource,
  type CheckResult,
  fail,
  fields,
  runChecks,
} from "../platform/checks";

const REDIS = "azure-native:redis:Redis";
const APIM = "azure-native:apimanagement:ApiManagementService";
const API = "azure-native:apimanagement:Api";
const BACKEND = "azure-native:apimanagement:Backend";
const FRONT_DOOR_WAF = "azure-native:frontdoor:Policy";
const TLS_SWITCHES = ["Ssl30", "Tls10", "Tls11"].flatMap((p) => [
  `Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.${p}`,
  `Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Backend.Protocols.${p}`,
]);

const hasRedisPrivateEndpoint = (all: readonly CheckedResource[]) =>
  all.some(
    (r) =>
      r.type === "azure-native:network:PrivateEndpoint" &&
      JSON.stringify(r.props.privateLinkServiceConnections ?? []).includes('"redisCache"'),
  );

/**
 * The Checkov and PSRule controls the Azure platform holds, as pure functions of planned
 * inputs, so the tests, `npm run policy` and the CrossGuard pack run the same code.
 */
export const AZURE_CHECKS: readonly Check[] = [
  {
    id: "CKV_AZURE_91",
    title: "Redis cache serves TLS only (non-SSL port 6379 off)",
    types: [REDIS],
    violations: (r) => (r.props.enableNonSslPort === false ? [] : [fail(r, "enableNonSslPort is not false")]),
  },
  {
    id: "CKV_AZURE_148",
    title: "Redis cache requires TLS 1.2 or later",
    types: [REDIS],
    violations: (r) =>
      r.props.minimumTlsVersion === "1.2"
        ? []
        : [fail(r, `minimumTlsVersion is ${String(r.props.minimumTlsVersion)}`)],
  },
  {
    id: "CKV_AZURE_230",
    title: "Redis cache is Standard or Premium (replicated)",
    types: [REDIS],
    violations: (r) => {
      const sku = String(fields(r.props.sku).name);
      return ["Standard", "Premium"].includes(sku) ? [] : [fail(r, `sku is ${sku}`)];
    },
  },
  {
    id: "CKV_AZURE_89",
    title: "Redis cache has public network access off when reached privately",
    types: [REDIS],
    violations: (r, all) =>
      !hasRedisPrivateEndpoint(all) || r.props.publicNetworkAccess === "Disabled"
        ? []
        : [
            fail(
              r,
              `publicNetworkAccess is ${String(r.props.publicNetworkAccess)} beside a private endpoint`,
            ),
          ],
  },
  {
    id: "CKV_AZURE_173",
    title: "API Management refuses SSL 3.0, TLS 1.0 and TLS 1.1 towards clients and backends",
    types: [APIM],
    violations: (r) => {
      const props = fields(r.props.customProperties);
      return TLS_SWITCHES.filter((key) => props[key] !== "False").map((key) =>
        fail(r, `${key} is not "False"`),
      );
    },
  },
  {
    id: "CKV_AZURE_215",
    title: "API Management calls its backends over HTTPS",
    types: [API, BACKEND],
    violations: (r) => {
      const url = String(r.props.serviceUrl ?? r.props.url ?? "");
      return url.startsWith("https://") ? [] : [fail(r, `backend URL ${url} is not https`)];
    },
  },
  {
    id: "Azure.FrontDoorWAF.Enabled",
    title: "Front Door WAF policy is enabled",
    types: [FRONT_DOOR_WAF],
    violations: (r) => {
      const state = fields(r.props.policySettings).enabledState;
      return state === "Enabled" ? [] : [fail(r, `policySettings.enabledState is ${String(state)}`)];
    },
  },
  {
    id: "Azure.FrontDoorWAF.PreventionMode",
    title: "Front Door WAF policy blocks what its rules match (Prevention mode)",
    types: [FRONT_DOOR_WAF],
    violations: (r) => {
      const mode = fields(r.props.policySettings).mode;
      return mode === "Prevention" ? [] : [fail(r, `policySettings.mode is ${String(mode)}`)];
    },
  },
  {
    id: "Azure.APIM.ManagedIdentity",
    title: "API Management has a managed identity",
    types: [APIM],
    violations: (r) => {
      const type = String(fields(r.props.identity).type ?? "None");
      return /Assigned/.test(type) ? [] : [fail(r, `identity type is ${type}`)];
    },
  },
];

/** Runs the Azure checklist over a plan. */
export function runChecklist(plan: Plan, checks: readonly Check[] = AZURE_CHECKS): CheckResult[] {
  return runChecks(plan, checks);
}
