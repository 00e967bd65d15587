import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import type { ResolvedConfig } from "../../config/validate";

/**
 * The hosted sign-in domain with managed login v2: a Cognito prefix domain
 * (`<prefix>.auth.<region>.amazoncognito.com`) or your own name with an ACM certificate in us-east-1.
 */
export function createDomain(
  name: string,
  config: ResolvedConfig<"aws">,
  userPool: aws.cognito.UserPool,
  parent: pulumi.Resource,
): aws.cognito.UserPoolDomain {
  const { prefix, customDomain, certificateArn } = config.aws.domain;
  return new aws.cognito.UserPoolDomain(
    `${name}-domain`,
    {
      userPoolId: userPool.id,
      domain: customDomain ?? prefix ?? "",
      certificateArn: customDomain ? certificateArn : undefined,
      managedLoginVersion: 2,
    },
    { parent },
  );
}

/** The base URL of the hosted sign-in pages. */
export function signInBaseUrl(config: ResolvedConfig<"aws">): string {
  const { prefix, customDomain } = config.aws.domain;
  return customDomain
    ? `https://${customDomain}`
    : `https://${prefix}.auth.${config.region}.amazoncognito.com`;
}
