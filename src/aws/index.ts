import * as pulumi from "@pulumi/pulumi";
import { awsProblems } from "../config/rules/aws";
import type { CloudImplementation } from "../platform/clouds";
import type { Channel } from "../platform/contract";
import { createIdentity } from "./identity";
import { tokenScopes } from "./identity/resourceServer";

/** Amazon Cognito, API Gateway, CloudWatch and GuardDuty behind the neutral platform. */
export const awsCloud: CloudImplementation<"aws"> = {
  regionKey: "aws:region",
  problems: awsProblems,
  create(name, config, parent) {
    const identity = createIdentity(name, config, parent);
    const clientIds = pulumi
      .all(Object.entries(identity.clients).map(([channel, client]) => pulumi.all([channel, client.id])))
      .apply((pairs) => Object.fromEntries(pairs) as Partial<Record<Channel, string>>);
    return {
      issuerUrl: identity.issuerUrl,
      openIdConfigurationUrl: pulumi.interpolate`${identity.issuerUrl}/.well-known/openid-configuration`,
      jwksUrl: pulumi.interpolate`${identity.issuerUrl}/.well-known/jwks.json`,
      clientIds,
      apiScopes: pulumi.output(tokenScopes(config)),
      signInUrl: pulumi.output(`${identity.signInUrl}/oauth2/authorize`),
    };
  },
};
