import type * as pulumi from "@pulumi/pulumi";
import type { GraphConnectionArgs } from "../graph";
import type { AzureScope } from "../scope";
import type { Directory } from "./tenant";

/**
 * How the Graph resources reach the tenant: as the automation app registration, whose secret
 * the Graph provider reads at run time from AZURE_B2C_CLIENT_SECRET (never a resource input,
 * so a rotated secret also works for deletes).
 */
export function graphConnection(scope: AzureScope, directory: Directory): pulumi.Input<GraphConnectionArgs> {
  return { tenantId: directory.tenantId, clientId: scope.automation.clientId };
}

/** Graph's name of each social identity provider type the platform federates through Graph. */
export const GRAPH_SOCIAL_TYPES = {
  google: "Google",
  facebook: "Facebook",
  amazon: "Amazon",
  linkedin: "LinkedIn",
  microsoft: "Microsoft",
} as const;
export type GraphSocialType = keyof typeof GRAPH_SOCIAL_TYPES;

export function isGraphSocialType(type: string): type is GraphSocialType {
  return type in GRAPH_SOCIAL_TYPES;
}
