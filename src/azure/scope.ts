import type * as pulumi from "@pulumi/pulumi";
import type { ResolvedConfig } from "../config/validate";
import { physicalName } from "../platform/options";
import type { Automation } from "./directory/automation";

export type AzureConfig = ResolvedConfig<"azure">;

/** What the tenant needs to be registered: names, config, parent, resource group. */
export interface TenantScope {
  /** The component's name; children are named `${name}-...`. */
  readonly name: string;
  readonly config: AzureConfig;
  readonly parent: pulumi.ComponentResource;
  readonly stack: string;
  /** The platform's resource group, once created. */
  readonly resourceGroupName: pulumi.Output<string>;
}

/** What every Azure concern needs to register its children; inside the tenant, as the automation app. */
export interface AzureScope extends TenantScope {
  /** The app registration (and its secret) every provider acting inside the tenant signs in as. */
  readonly automation: Automation;
}

/** Physical name `<platform>-<stack>-<suffix>` of a resource the configuration does not name. */
export function nameFor(scope: TenantScope, suffix: string): string {
  return physicalName(scope.config.name, scope.stack, suffix);
}

/** The tenant's initial domain, `name.onmicrosoft.com`. */
export function tenantDomain(config: AzureConfig): string {
  return `${config.azure.directory.domainName}.onmicrosoft.com`;
}
