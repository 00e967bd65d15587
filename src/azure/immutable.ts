import type { ResolvedConfig } from "../config/validate";
import type { ImmutableSetting } from "../platform/immutable";
import { awaitingAutomationApp } from "./directory/automation";

const STORE = "the session store and every session in it";
const TENANT = "the directory tenant and every user in it";

/**
 * Settings Azure cannot change on an existing tenant or cache without replacing it. The first
 * run of the bootstrap creates only the tenant, so only the tenant's settings are recorded then:
 * the session store may still change before the second run creates it.
 */
export function azureImmutableSettings(config: ResolvedConfig<"azure">): ImmutableSetting[] {
  const { directory, sessionStore } = config.azure;
  const tenant: ImmutableSetting[] =
    directory.tenant === "create"
      ? [
          { path: "azure.directory.mode", value: directory.mode, replaces: TENANT },
          { path: "azure.directory.domainName", value: directory.domainName, replaces: TENANT },
        ]
      : [];
  const store: ImmutableSetting[] =
    sessionStore && !awaitingAutomationApp(config)
      ? [
          { path: "azure.sessionStore.kind", value: sessionStore.kind, replaces: STORE },
          { path: "azure.sessionStore.name", value: sessionStore.name, replaces: STORE },
          { path: "azure.sessionStore.zones", value: [...sessionStore.zones].sort(), replaces: STORE },
        ]
      : [];
  return [...tenant, ...store];
}
