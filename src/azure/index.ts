import * as resources from "@pulumi/azure-native/resources";
import * as pulumi from "@pulumi/pulumi";
import { azureProblems } from "../config/rules/azure";
import type { CloudImplementation } from "../platform/clouds";
import { physicalName } from "../platform/options";
import { directoryEndpoints } from "./identity/endpoints";

/**
 * AD B2C / Entra External ID, API Management, Azure Cache for Redis, Monitor and
 * Defender behind the neutral platform.
 */
export const azureCloud: CloudImplementation<"azure"> = {
  regionKey: "azure-native:location",
  problems: azureProblems,
  notBuilt: [
    "tenant creation (azure.directory.tenant: create) and app registrations",
    "user flows, identity providers, policy keys and custom policies (Microsoft Graph)",
    "API Management with validate-jwt",
    "Redis session store",
    "Log Analytics, diagnostic settings, alerts and action group",
    "Defender for Cloud plans and security contact",
  ],
  create(name, config, parent) {
    const stack = pulumi.getStack();
    new resources.ResourceGroup(
      `${name}-resource-group`,
      {
        resourceGroupName: config.azure.resourceGroupName ?? physicalName(config.name, stack, "rg"),
        location: config.region,
        tags: config.tags,
      },
      { parent },
    );
    const endpoints = directoryEndpoints(config, config.azure.directory.tenantId ?? "");
    return {
      ...endpoints,
      clientIds: pulumi.output({}),
      // B2C and External ID put the bare scope name in the `scp` claim.
      apiScopes: pulumi.output(Object.fromEntries(Object.keys(config.api?.scopes ?? {}).map((s) => [s, s]))),
    };
  },
};
