import * as azuread from "@pulumi/azuread";
import type * as pulumi from "@pulumi/pulumi";
import type { AzureScope } from "../scope";
import type { Directory } from "./tenant";

/**
 * An azuread provider pointed at the customer tenant (not the subscription's tenant), as the
 * automation app registration. Its client secret is not an input: the provider reads it from
 * the `ARM_CLIENT_SECRET` environment variable, so it never reaches the state or the plan.
 */
export function directoryProvider(scope: AzureScope, directory: Directory): azuread.Provider {
  return new azuread.Provider(
    `${scope.name}-directory-provider`,
    {
      tenantId: directory.tenantId,
      clientId: scope.config.azure.directory.automationClientId,
      useCli: false,
      useMsi: false,
    },
    { parent: scope.parent },
  );
}

/** Options for a child registered in the customer tenant through that provider. */
export function inTenant(
  scope: AzureScope,
  provider: azuread.Provider,
  extra: pulumi.CustomResourceOptions = {},
): pulumi.CustomResourceOptions {
  return { parent: scope.parent, provider, ...extra };
}
