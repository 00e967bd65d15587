import { DURATION_UNITS } from "../../duration";
import { type ConfigProblem, problem } from "../../problems";
import { AZURE_REGIONS, regionProblems } from "../../regions";
import type { AzurePlatformConfig } from "../../schema/root";
import { durationInRange } from "../range";
import {
  APIM_UNITS,
  DEFENDER_FOR_APIS_TIERS,
  LOG_ANALYTICS_RETENTION_DAYS,
  MANAGED_REDIS_NAME_MAX,
} from "./limits";

const MINUTE = DURATION_UNITS.m;
const DAY = DURATION_UNITS.d;

export function apiManagement(config: AzurePlatformConfig): ConfigProblem[] {
  const apim = config.azure.apiManagement;
  const out = durationInRange(
    "azure.apiManagement.clockSkew",
    apim.clockSkew,
    0,
    5 * MINUTE,
    "the gateway's token check (validate-jwt clock-skew)",
  );
  if (apim.sku === "Consumption" && config.api) {
    out.push(
      problem(
        "azure.apiManagement.sku",
        'must not be "Consumption" when an api is configured: Consumption has no rate-limit-by-key, which throttles each token subject; use "BasicV2" or "StandardV2"',
        apim.sku,
      ),
    );
  }
  // Consumption has no units: the program sends 0 whatever capacity says (limits.ts, APIM_UNITS).
  const units = APIM_UNITS[apim.sku];
  if (apim.sku !== "Consumption" && (apim.capacity < units.min || apim.capacity > units.max)) {
    out.push(
      problem(
        "azure.apiManagement.capacity",
        units.max === units.min
          ? `must be ${units.min} for ${apim.sku} (the ${apim.sku} tier cannot scale)`
          : `must be between ${units.min} and ${units.max} for ${apim.sku}`,
        apim.capacity,
      ),
    );
  }
  if (config.azure.defender.apis === true && !DEFENDER_FOR_APIS_TIERS.includes(apim.sku)) {
    out.push(
      problem(
        "azure.defender.apis",
        `must be false or left out when azure.apiManagement.sku is "${apim.sku}": Defender for APIs onboards APIs only on ${DEFENDER_FOR_APIS_TIERS.slice(0, -1).join(", ")} and ${DEFENDER_FOR_APIS_TIERS.at(-1)}`,
        true,
      ),
    );
  }
  return out;
}

export function sessionStore(config: AzurePlatformConfig, primary: string | undefined): ConfigProblem[] {
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
  const geo = premium && store.kind === "cache" && store.geoReplicaLocation !== undefined;
  // Geo-replication excludes zone redundancy and data persistence (limits.ts, GEO_REPLICATION_SOURCE).
  if (geo && store.zones.length > 0)
    out.push(
      problem(
        "azure.sessionStore.zones",
        "must be empty with azure.sessionStore.geoReplicaLocation: Azure Cache for Redis geo-replication does not support zone redundancy",
        store.zones,
      ),
    );
  if (geo && store.persistence)
    out.push(
      problem(
        "azure.sessionStore.persistence",
        "must be false or left out with azure.sessionStore.geoReplicaLocation: Azure Cache for Redis geo-replication does not support data persistence",
        store.persistence,
      ),
    );
  if (premium && !geo && store.kind === "cache" && store.persistence === undefined)
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
  if (store.geoReplicaLocation !== undefined) {
    out.push(
      ...regionProblems(
        "azure.sessionStore.geoReplicaLocation",
        store.geoReplicaLocation,
        AZURE_REGIONS,
        "an Azure",
        "japaneast",
      ),
    );
  }
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
export function managedStore(config: AzurePlatformConfig): ConfigProblem[] {
  const store = config.azure.sessionStore;
  if (store?.kind !== "managed") return [];
  const cacheOnly = (key: string, value: unknown, present: boolean) =>
    present
      ? [problem(`azure.sessionStore.${key}`, 'is only used with azure.sessionStore.kind "cache"', value)]
      : [];
  return [
    ...(store.name.length > MANAGED_REDIS_NAME_MAX
      ? [
          problem(
            "azure.sessionStore.name",
            `must be at most ${MANAGED_REDIS_NAME_MAX} characters with azure.sessionStore.kind "managed" (Azure Managed Redis cluster names)`,
            store.name,
          ),
        ]
      : []),
    ...cacheOnly("zones", store.zones, store.zones.length > 0),
    ...cacheOnly("geoReplicaLocation", store.geoReplicaLocation, store.geoReplicaLocation !== undefined),
    ...cacheOnly("persistence", store.persistence, store.persistence !== undefined),
  ];
}

/** Alerts go to an action group of e-mail receivers; directory logs need the workspace's group delegated. */
export function monitoring(config: AzurePlatformConfig): ConfigProblem[] {
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

export function retention(config: AzurePlatformConfig): ConfigProblem[] {
  const r = config.monitoring.logRetention;
  return durationInRange(
    "monitoring.logRetention",
    r,
    LOG_ANALYTICS_RETENTION_DAYS.min * DAY,
    LOG_ANALYTICS_RETENTION_DAYS.max * DAY,
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
