import { getCallerIdentityOutput } from "@pulumi/aws/getCallerIdentity";
import * as pulumi from "@pulumi/pulumi";
import type { ResolvedConfig } from "../config/validate";
import { physicalName } from "../platform/options";

/** The account the stack deploys into, as policies need it. */
export interface AccountFacts {
  readonly accountId: string;
  /** `aws`, `aws-cn` or `aws-us-gov`: the second field of every ARN. */
  readonly partition: string;
}

/** What every AWS part of the platform builds from; passed instead of five loose arguments. */
export interface AwsContext {
  /** The component's name; child resource names derive from it (`${name}-user-pool`). */
  readonly name: string;
  readonly config: ResolvedConfig<"aws">;
  readonly stack: string;
  /** The parent of every child resource. */
  readonly parent: pulumi.Resource;
  readonly account: pulumi.Output<AccountFacts>;
}

/** Builds the context; the account comes from one `getCallerIdentity` call for the whole platform. */
export function awsContext(name: string, config: ResolvedConfig<"aws">, parent: pulumi.Resource): AwsContext {
  const identity = getCallerIdentityOutput({}, { parent });
  const account = identity.apply(({ accountId, arn }) => ({
    accountId,
    partition: arn.split(":")[1] ?? "aws",
  }));
  return { name, config, stack: pulumi.getStack(), parent, account };
}

/** Physical (cloud-side) name of a resource: `<name>-<stack>-<suffix>`. */
export function cloudName(ctx: AwsContext, suffix: string): string {
  return physicalName(ctx.config.name, ctx.stack, suffix);
}

/** Options for a plain child resource: parented, with optional explicit dependencies. */
export function childOf(
  ctx: AwsContext,
  dependsOn?: pulumi.Input<pulumi.Resource>[],
): pulumi.CustomResourceOptions {
  return dependsOn && dependsOn.length > 0 ? { parent: ctx.parent, dependsOn } : { parent: ctx.parent };
}
