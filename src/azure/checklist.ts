import type { Plan, PlannedResource } from "../plan/model";

/**
 * Security checks over an offline plan, named after the Checkov and PSRule rules they mirror.
 * Pure predicates over the plan's JSON, so a policy pack or CI can run them unchanged.
 */
export interface PlanCheck {
  readonly id: string;
  readonly title: string;
  /** The resources the check looks at. */
  readonly appliesTo: (resource: PlannedResource, plan: Plan) => boolean;
  readonly passes: (resource: PlannedResource) => boolean;
}

export interface CheckResult {
  readonly id: string;
  readonly title: string;
  /** Names of the resources checked. */
  readonly checked: string[];
  /** Names of the resources that fail. */
  readonly failed: string[];
}

const REDIS = "azure-native:redis:Redis";
const APIM = "azure-native:apimanagement:ApiManagementService";
const TLS_SWITCHES = ["Ssl30", "Tls10", "Tls11"].flatMap((p) => [
  `Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Protocols.${p}`,
  `Microsoft.WindowsAzure.ApiManagement.Gateway.Security.Backend.Protocols.${p}`,
]);

const ofType = (type: string) => (r: PlannedResource) => r.type === type;
const field = (r: PlannedResource, key: string): unknown => r.inputs[key];
const record = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
const hasRedisPrivateEndpoint = (plan: Plan) =>
  plan.resources.some(
    (r) =>
      r.type === "azure-native:network:PrivateEndpoint" &&
      JSON.stringify(field(r, "privateLinkServiceConnections") ?? []).includes('"redisCache"'),
  );

export const AZURE_CHECKS: readonly PlanCheck[] = [
  {
    id: "CKV_AZURE_91",
    title: "Redis cache serves TLS only (non-SSL port 6379 off)",
    appliesTo: ofType(REDIS),
    passes: (r) => field(r, "enableNonSslPort") === false,
  },
  {
    id: "CKV_AZURE_148",
    title: "Redis cache requires TLS 1.2 or later",
    appliesTo: ofType(REDIS),
    passes: (r) => field(r, "minimumTlsVersion") === "1.2",
  },
  {
    id: "CKV_AZURE_230",
    title: "Redis cache is Standard or Premium (replicated)",
    appliesTo: ofType(REDIS),
    passes: (r) => ["Standard", "Premium"].includes(String(record(field(r, "sku")).name)),
  },
  {
    id: "CKV_AZURE_89",
    title: "Redis cache has public network access off when reached privately",
    appliesTo: (r, plan) => r.type === REDIS && hasRedisPrivateEndpoint(plan),
    passes: (r) => field(r, "publicNetworkAccess") === "Disabled",
  },
  {
    id: "CKV_AZURE_173",
    title: "API Management refuses SSL 3.0, TLS 1.0 and TLS 1.1 towards clients and backends",
    appliesTo: ofType(APIM),
    passes: (r) => {
      const props = record(field(r, "customProperties"));
      return TLS_SWITCHES.every((key) => props[key] === "False");
    },
  },
  {
    id: "CKV_AZURE_215",
    title: "API Management calls its backends over HTTPS",
    appliesTo: (r) =>
      r.type === "azure-native:apimanagement:Api" || r.type === "azure-native:apimanagement:Backend",
    passes: (r) => String(field(r, "serviceUrl") ?? field(r, "url") ?? "").startsWith("https://"),
  },
  {
    id: "Azure.APIM.ManagedIdentity",
    title: "API Management has a managed identity",
    appliesTo: ofType(APIM),
    passes: (r) => /Assigned/.test(String(record(field(r, "identity")).type ?? "")),
  },
];

/** Runs every check over a plan; a check with nothing to look at reports empty lists. */
export function runChecklist(plan: Plan, checks: readonly PlanCheck[] = AZURE_CHECKS): CheckResult[] {
  return checks.map((check) => {
    const targets = plan.resources.filter((r) => check.appliesTo(r, plan));
    return {
      id: check.id,
      title: check.title,
      checked: targets.map((r) => r.name),
      failed: targets.filter((r) => !check.passes(r)).map((r) => r.name),
    };
  });
}
