import type { ConfigProblem } from "../../problems";
import type { AzurePlatformConfig } from "../../schema/root";
import { azureTagProblems } from "../tags";
import { directory, location, providers, tokenLifetimes } from "./directory";
import { frontDoor } from "./frontDoor";
import { registrations } from "./registrations";
import { apiManagement, managedStore, monitoring, retention, sessionStore } from "./services";
import { tenantAccess } from "./tenant";

export { FRONT_DOOR_SKUS, WAF_RATE_LIMIT, WAF_RATE_LIMIT_WINDOWS } from "./frontDoor";

/** Limits and combinations AD B2C / External ID, API Management and Redis impose (../shared/docs/FACTS.md). */
export function azureProblems(config: AzurePlatformConfig, context: { region?: string }): ConfigProblem[] {
  return [
    ...location(context.region),
    ...tokenLifetimes(config),
    ...directory(config),
    ...tenantAccess(config),
    ...providers(config),
    ...registrations(config),
    ...apiManagement(config),
    ...frontDoor(config),
    ...sessionStore(config, context.region),
    ...managedStore(config),
    ...retention(config),
    ...monitoring(config),
    ...azureTagProblems(config.tags),
  ];
}
