import { fittedName as fitted, hyphenated } from "../../platform/names";
import type { AwsContext } from "../context";

/** Load balancer and target group names: at most 32 letters, digits and hyphens (ELB's validName). */
export const ELB_NAME_MAX = 32;

/** S3 bucket names: 3..63 lowercase letters, digits and hyphens here (S3's bucket naming rules). */
export const S3_BUCKET_MAX = 63;

/**
 * `<name>-<stack>-<suffix>` as Elastic Load Balancing accepts it: characters other than letters,
 * digits and hyphens become hyphens, and a name too long keeps its suffix and its start, with a
 * short hash of the whole in between, so two stacks never share a name by truncation.
 */
export function elbName(ctx: Pick<AwsContext, "config" | "stack">, suffix: string): string {
  return fitted(hyphenated(`${ctx.config.name}-${ctx.stack}`, /[^A-Za-z0-9-]+/g), suffix, ELB_NAME_MAX);
}

/**
 * The access-log bucket, `<name>-<stack>-alb-logs-<account>`, globally unique through the account
 * ID: lowercase, other characters made hyphens, and shortened like `elbName` past 63 characters.
 */
export function accessLogBucketName(ctx: Pick<AwsContext, "config" | "stack">, accountId: string): string {
  const head = hyphenated(`${ctx.config.name}-${ctx.stack}`.toLowerCase(), /[^a-z0-9-]+/g);
  return fitted(head, `alb-logs-${accountId}`, S3_BUCKET_MAX);
}
