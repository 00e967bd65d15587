import * as s3 from "@pulumi/aws/s3";
import * as pulumi from "@pulumi/pulumi";
import { statefulOptions } from "../../platform/options";
import { type AccountFacts, type AwsContext, childOf } from "../context";
import { logDeliveryPrincipal } from "./logDelivery";
import { accessLogBucketName } from "./names";

/** The key prefix the load balancer writes under (ELB then adds `AWSLogs/<account>/...`). */
export const ACCESS_LOG_PREFIX = "alb";

export interface EdgeAccessLogs {
  readonly bucket: s3.Bucket;
  /** The load balancer may only be created once the bucket policy lets it write (ELB checks at creation). */
  readonly policy: s3.BucketPolicy;
}

/**
 * The bucket policy, pure: the region's log-delivery principal may put objects under the access-log
 * prefix of this account only, and every request over plain HTTP is refused.
 */
export function accessLogBucketPolicy(bucketArn: string, account: AccountFacts, region: string) {
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "AllowAlbLogDelivery",
        Effect: "Allow",
        Principal: logDeliveryPrincipal(region, account.partition),
        Action: "s3:PutObject",
        Resource: `${bucketArn}/${ACCESS_LOG_PREFIX}/AWSLogs/${account.accountId}/*`,
      },
      {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [bucketArn, `${bucketArn}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
    ],
  };
}

/**
 * The access-log bucket: S3-managed encryption (ALB log delivery supports no other), public access
 * blocked, ACLs disabled, objects expiring after `monitoring.logRetention`, and the delivery policy.
 * It holds the audit trail of every sign-in request, so it is protected like the other stateful parts.
 */
export function createAccessLogs(ctx: AwsContext): EdgeAccessLogs {
  const { config } = ctx;
  const bucket = new s3.Bucket(
    `${ctx.name}-edge-logs`,
    {
      bucket: ctx.account.apply((a) => accessLogBucketName(ctx, a.accountId)),
      forceDestroy: false,
      tags: config.tags,
    },
    statefulOptions(ctx.parent, config.protection),
  );
  new s3.BucketServerSideEncryptionConfiguration(
    `${ctx.name}-edge-logs-encryption`,
    { bucket: bucket.id, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }] },
    childOf(ctx),
  );
  new s3.BucketPublicAccessBlock(
    `${ctx.name}-edge-logs-public-access`,
    {
      bucket: bucket.id,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    },
    childOf(ctx),
  );
  new s3.BucketOwnershipControls(
    `${ctx.name}-edge-logs-ownership`,
    { bucket: bucket.id, rule: { objectOwnership: "BucketOwnerEnforced" } },
    childOf(ctx),
  );
  new s3.BucketLifecycleConfiguration(
    `${ctx.name}-edge-logs-retention`,
    {
      bucket: bucket.id,
      rules: [
        {
          id: "expire-access-logs",
          status: "Enabled",
          filter: { prefix: `${ACCESS_LOG_PREFIX}/` },
          expiration: { days: Math.round(config.monitoring.logRetention.seconds / 86_400) },
        },
      ],
    },
    childOf(ctx),
  );
  const policy = new s3.BucketPolicy(
    `${ctx.name}-edge-logs-policy`,
    {
      bucket: bucket.id,
      policy: pulumi
        .all([bucket.arn, ctx.account])
        .apply(([arn, account]) => JSON.stringify(accessLogBucketPolicy(arn, account, config.region))),
    },
    childOf(ctx),
  );
  return { bucket, policy };
}
