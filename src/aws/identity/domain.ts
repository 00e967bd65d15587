import * as cognito from "@pulumi/aws/cognito";
import type { ResolvedConfig } from "../../config/validate";
import { type AwsContext, childOf } from "../context";

/**
 * The hosted sign-in domain with managed login v2: a Cognito prefix domain
 * (`<prefix>.auth.<region>.amazoncognito.com`) or your own name with an ACM certificate in us-east-1.
 */
export function createDomain(ctx: AwsContext, userPool: cognito.UserPool): cognito.UserPoolDomain {
  const { prefix, customDomain, certificateArn } = ctx.config.aws.domain;
  return new cognito.UserPoolDomain(
    `${ctx.name}-domain`,
    {
      userPoolId: userPool.id,
      domain: customDomain ?? prefix ?? "",
      certificateArn: customDomain ? certificateArn : undefined,
      managedLoginVersion: 2,
    },
    childOf(ctx),
  );
}

/** The base URL of the hosted sign-in pages. */
export function signInBaseUrl(config: ResolvedConfig<"aws">): string {
  const { prefix, customDomain } = config.aws.domain;
  return customDomain
    ? `https://${customDomain}`
    : `https://${prefix}.auth.${config.region}.amazoncognito.com`;
}
