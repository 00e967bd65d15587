import * as cognito from "@pulumi/aws/cognito";
import type { ResolvedConfig } from "../../config/validate";
import { type AwsContext, childOf } from "../context";

/**
 * Managed login (version 2) needs the Essentials or Plus feature plan; on Lite the classic hosted
 * UI (version 1) is the only option (Cognito developer guide, cognito-user-pools-managed-login.html).
 */
export function managedLoginVersion(config: ResolvedConfig<"aws">): 1 | 2 {
  return config.aws.userPoolTier === "lite" ? 1 : 2;
}

/**
 * The hosted sign-in domain, with managed login (classic hosted UI on Lite): a Cognito prefix
 * domain (`<prefix>.auth.<region>.amazoncognito.com`) or your own name with an ACM certificate in
 * us-east-1.
 */
export function createDomain(ctx: AwsContext, userPool: cognito.UserPool): cognito.UserPoolDomain {
  const { prefix, customDomain, certificateArn } = ctx.config.aws.domain;
  return new cognito.UserPoolDomain(
    `${ctx.name}-domain`,
    {
      userPoolId: userPool.id,
      domain: customDomain ?? prefix ?? "",
      certificateArn: customDomain ? certificateArn : undefined,
      managedLoginVersion: managedLoginVersion(ctx.config),
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
