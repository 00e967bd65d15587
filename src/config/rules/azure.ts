import { DURATION_UNITS } from "../duration";
import { type ConfigProblem, problem } from "../problems";
import type { AzurePlatformConfig } from "../schema/root";
import { durationInRange } from "./range";
import { azureTagProblems } from "./tags";

const MINUTE = DURATION_UNITS.m;
const DAY = DURATION_UNITS.d;

/** Identity provider types each directory mode can federate with. */
const SUPPORTED_PROVIDERS: Record<string, ReadonlySet<string>> = {
  // Graph's social identity providers that user flows can link.
  "b2c/userFlows": new Set(["google", "facebook", "amazon", "linkedin", "microsoft"]),
  // What the policy generator federates with a client secret uploaded as a policy key.
  "b2c/customPolicies": new Set(["google", "facebook", "linkedin", "microsoft", "oidc"]),
  // Social providers an External ID sign-up flow offers through Graph.
  externalId: new Set(["google", "facebook"]),
};

/** Limits and combinations AD B2C / External ID, API Management and Redis impose (../shared/docs/FACTS.md). */
export function azureProblems(config: AzurePlatformConfig, context: { region?: string }): ConfigProblem[] {
  return [
    ...location(context.region),
    ...tokenLifetimes(config),
    ...directory(config),
    ...providers(config),
    ...apiManagement(config),
    ...sessionStore(config, context.region),
    ...managedStore(config),
    ...retention(config),
    ...monitoring(config),
    ...azureTagProblems(config.tags),
  ];
}

function location(value: string | undefined): ConfigProblem[] {
  if (value && /^[a-z0-9]+$/.test(value)) return [];
  return [
    problem(
      "azure-native:location",
      'must be an Azure region such as "koreacentral" (pulumi config set azure-native:location koreacentral)',
      value,
    ),
  ];
}

function tokenLifetimes(config: AzurePlatformConfig): ConfigProblem[] {
  const s = config.session;
  const who = config.azure.directory.mode === "b2c" ? "Azure AD B2C" : "Microsoft Entra External ID";
  const out = [
    ...durationInRange("session.accessTokenLifetime", s.accessTokenLifetime, 5 * MINUTE, DAY, who),
    ...durationInRange("session.idTokenLifetime", s.idTokenLifetime, 5 * MINUTE, DAY, who),
    ...durationInRange("session.refreshTokenLifetime", s.refreshTokenLifetime, DAY, 90 * DAY, who),
  ];
  if (config.azure.directory.policyMode === "customPolicies") {
    out.push(
      ...durationInRange(
        "session.absoluteTimeout",
        s.absoluteTimeout,
        15 * MINUTE,
        DAY,
        "the B2C web session (SessionExpiryInSeconds)",
      ),
    );
  }
  return out;
}

function directory(config: AzurePlatformConfig): ConfigProblem[] {
  const d = config.azure.directory;
  const out: ConfigProblem[] = [];
  if (d.mode === "externalId" && d.policyMode === "customPolicies") {
    out.push(
      problem(
        "azure.directory.policyMode",
        'must be "userFlows" when azure.directory.mode is "externalId" (External ID has no custom policies)',
        d.policyMode,
      ),
    );
  }
  if (d.tenant === "existing" && !d.tenantId) {
    out.push(
      problem(
        "azure.directory.tenantId",
        'is required when azure.directory.tenant is "existing"',
        d.tenantId,
      ),
    );
  }
  if (d.tenant === "create" && !d.create) {
    out.push(
      problem(
        "azure.directory.create",
        'is required when azure.directory.tenant is "create" (countryCode and displayName)',
        d.create,
      ),
    );
  }
  if (d.tenant === "existing" && d.create) {
    out.push(
      problem("azure.directory.create", 'is only used when azure.directory.tenant is "create"', d.create),
    );
  }
  if (d.tenant === "create" && d.tenantId) {
    out.push(
      problem(
        "azure.directory.tenantId",
        'is only used when azure.directory.tenant is "existing" (a created tenant gets its ID from Azure)',
        d.tenantId,
      ),
    );
  }
  if (d.mode === "externalId" && config.identity.mfa.factors.includes("totp")) {
    out.push(
      problem(
        "identity.mfa.factors",
        'must not include "totp" with External ID (it offers "email" and "sms")',
        config.identity.mfa.factors,
      ),
    );
  }
  if (d.mode === "b2c" && d.policyMode === "customPolicies") {
    if (config.identity.signInIdentifiers.includes("phone"))
      out.push(
        problem(
          "identity.signInIdentifiers",
          'must not include "phone" with B2C custom policies (local accounts sign in with "email" or "username")',
          config.identity.signInIdentifiers,
        ),
      );
    const refresh = config.session.refreshTokenLifetime;
    if (refresh.seconds % DAY !== 0)
      out.push(
        problem(
          "session.refreshTokenLifetime",
          "must be a whole number of days with B2C custom policies (refresh_token_lifetime_days)",
          refresh.text,
        ),
      );
  }
  if (d.keepMeSignedInDays !== undefined && d.policyMode !== "customPolicies") {
    out.push(
      problem(
        "azure.directory.keepMeSignedInDays",
        'is only used when azure.directory.policyMode is "customPolicies"',
        d.keepMeSignedInDays,
      ),
    );
  }
  return out;
}

function providers(config: AzurePlatformConfig): ConfigProblem[] {
  const d = config.azure.directory;
  const key = d.mode === "b2c" ? `b2c/${d.policyMode}` : "externalId";
  const supported = SUPPORTED_PROVIDERS[key] ?? new Set<string>();
  const where = d.mode === "b2c" ? `Azure AD B2C with ${d.policyMode}` : "Microsoft Entra External ID";
  return config.identity.providers.flatMap((p, i) =>
    supported.has(p.type)
      ? []
      : [
          problem(
            `identity.providers[${i}].type`,
            `must be one of ${[...supported].map((s) => `"${s}"`).join(", ")} on ${where}`,
            p.type,
          ),
        ],
  );
}

function apiManagement(config: AzurePlatformConfig): ConfigProblem[] {
  const apim = config.azure.apiManagement;
  const skew = durationInRange(
    "azure.apiManagement.clockSkew",
    apim.clockSkew,
    0,
    5 * MINUTE,
    "the gateway's token check (validate-jwt clock-skew)",
  );
  if (apim.sku === "Consumption" && config.api) {
    return [
      ...skew,
      problem(
        "azure.apiManagement.sku",
        'must not be "Consumption" when an api is configured: Consumption has no rate-limit-by-key, which throttles each token subject; use "BasicV2" or "StandardV2"',
        apim.sku,
      ),
    ];
  }
  return skew;
}

function sessionStore(config: AzurePlatformConfig, primary: string | undefined): ConfigProblem[] {
  const store = config.azure.sessionStore;
  if (!store) return [];
  const out: ConfigProblem[] = [];
  const premium = store.sku === "Premium";
  if (!premium && store.zones.length > 0)
    out.push(
      problem(
        "azure.sessionStore.zones",
        'must be empty unless azure.sessionStore.sku is "Premium"',
        store.zones,
      ),
    );
  if (!premium && store.geoReplicaLocation)
    out.push(
      problem(
        "azure.sessionStore.geoReplicaLocation",
        'needs azure.sessionStore.sku "Premium" (geo-replication is a Premium feature)',
        store.geoReplicaLocation,
      ),
    );
  if (!premium && store.persistence)
    out.push(
      problem(
        "azure.sessionStore.persistence",
        'needs azure.sessionStore.sku "Premium" (persistence is a Premium feature)',
        store.persistence,
      ),
    );
  if (premium && store.kind === "cache" && store.persistence === undefined)
    out.push(
      problem(
        "azure.sessionStore.persistence",
        "is required with Premium: { storageAccountId } for RDB snapshots, so sessions survive losing both nodes; or false to run without",
        store.persistence,
      ),
    );
  if (premium && (store.capacity < 1 || store.capacity > 5))
    out.push(
      problem("azure.sessionStore.capacity", "must be between 1 and 5 (P1..P5) for Premium", store.capacity),
    );
  if (!store.applicationPrincipalId)
    out.push(
      problem(
        "azure.sessionStore.applicationPrincipalId",
        "is required: access keys are disabled, so the applications' Entra identity (object ID) must be granted data access",
        store.applicationPrincipalId,
      ),
    );
  const replica = `${store.name}-${store.geoReplicaLocation ?? ""}`;
  if (store.geoReplicaLocation && replica.length > 63)
    out.push(
      problem(
        "azure.sessionStore.name",
        `must be short enough that the geo-replica's name "${replica}" fits in 63 characters`,
        store.name,
      ),
    );
  if (store.geoReplicaLocation && store.geoReplicaLocation === primary) {
    out.push(
      problem(
        "azure.sessionStore.geoReplicaLocation",
        "must differ from the primary region",
        store.geoReplicaLocation,
      ),
    );
  }
  return out;
}

/** Azure Managed Redis is zone-redundant by itself; geo-replication and persistence are not built for it here. */
function managedStore(config: AzurePlatformConfig): ConfigProblem[] {
  const store = config.azure.sessionStore;
  if (store?.kind !== "managed") return [];
  const cacheOnly = (key: string, value: unknown, present: boolean) =>
    present
      ? [problem(`azure.sessionStore.${key}`, 'is only used with azure.sessionStore.kind "cache"', value)]
      : [];
  return [
    ...cacheOnly("zones", store.zones, store.zones.length > 0),
    ...cacheOnly("geoReplicaLocation", store.geoReplicaLocation, store.geoReplicaLocation !== undefined),
    ...cacheOnly("persistence", store.persistence, store.persistence !== undefined),
  ];
}

/** Alerts go to an action group of e-mail receivers; directory logs need the workspace's group delegated. */
function monitoring(config: AzurePlatformConfig): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  if (config.monitoring.alertEmails.length === 0)
    out.push(
      problem(
        "monitoring.alertEmails",
        "must list at least one address on Azure (alerts go to an action group of e-mail receivers)",
        config.monitoring.alertEmails,
      ),
    );
  const logsGroup = config.azure.b2cLogsResourceGroupId;
  if (logsGroup) {
    const group = logsGroup.split("/")[4] ?? "";
    const own = config.azure.resourceGroupName;
    if (!own || own.toLowerCase() !== group.toLowerCase())
      out.push(
        problem(
          "azure.b2cLogsResourceGroupId",
          `must be the platform's own resource group (azure.resourceGroupName${own ? ` "${own}"` : ", which must then be set"}), which holds the Log Analytics workspace and is delegated to the tenant with Azure Lighthouse`,
          logsGroup,
        ),
      );
  }
  return out;
}

function retention(config: AzurePlatformConfig): ConfigProblem[] {
  const r = config.monitoring.logRetention;
  return durationInRange(
    "monitoring.logRetention",
    r,
    30 * DAY,
    730 * DAY,
    "a Log Analytics workspace",
  ).concat(
    r.seconds % DAY === 0
      ? []
      : [
          problem(
            "monitoring.logRetention",
            "must be a whole number of days for a Log Analytics workspace",
            r.text,
          ),
        ],
  );
}
