import * as pulumi from "@pulumi/pulumi";
import type { Channel, ConfidentialChannel } from "./contract";

/** The neutral `clientIds` output: one client ID per configured channel, whatever the cloud. */
export function clientIdsOutput(
  ids: Partial<Record<Channel, pulumi.Input<string>>>,
): pulumi.Output<Partial<Record<Channel, string>>> {
  return pulumi
    .all(Object.entries(ids).map(([channel, id]) => pulumi.all([channel, id as pulumi.Input<string>])))
    .apply((pairs) => Object.fromEntries(pairs) as Partial<Record<Channel, string>>);
}

/** The neutral `clientSecrets` output: the secret of each confidential channel, as one Pulumi secret. */
export function clientSecretsOutput(
  secrets: Partial<Record<ConfidentialChannel, pulumi.Input<string>>>,
): pulumi.Output<Partial<Record<ConfidentialChannel, string>>> {
  return pulumi.secret(
    clientIdsOutput(secrets) as pulumi.Output<Partial<Record<ConfidentialChannel, string>>>,
  );
}
