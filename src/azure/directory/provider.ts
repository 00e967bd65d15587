import * as azuread from "@pulumi/azuread";
import type * as pulumi from "@pulumi/pulumi";
import type { AzureScope } from "../scope";
import type { Directory } from "./tenant";

/**
 * An azuread provider pointed at the customer tenant (not the subscription's tenant), as the
 * automation app registration, with its client secret from AZURE_B2C_CLIENT_SECRET passed as
 * a Pulumi secret (encrypted in the state, "[secret]" in the plan). Passing it explicitly keeps
 * the provider from falling back to ARM_CLIENT_SECRET, the subscription identity's secret; the
 * CLI, managed identity and OIDC are switched off for the same reason.
 */
export function directoryProvider(scope: AzureScope, directory: Directory): azuread.Provider {
  return new azuread.Provider(
    `${scope.name}-directory-provider`,
    {
      tenantId: directory.tenantId,
      clientId: scope.automation.clientId,
      clientSecret: scope.automation.clientSecret,
      useCli: false,
      useMsi: false,
      useOidc: false,
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
