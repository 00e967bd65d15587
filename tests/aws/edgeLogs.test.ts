import { beforeAll, describe, expect, it } from "vitest";
import { accessLogBucketPolicy } from "../../src/aws/edge/accessLogs";
import { ELB_LOG_SERVICE, logDeliveryPrincipal } from "../../src/aws/edge/logDelivery";
import { accessLogBucketName, elbName } from "../../src/aws/edge/names";
import type { Plan } from "../../src/plan/model";
import { only } from "../support/harness";
import { BUCKET } from "./edgeSupport";
import { ACCOUNT, planExample, TAGS } from "./support";

let plan: Plan;
beforeAll(async () => {
  plan = await planExample();
});

describe("GIVEN the example stack's load balancer WHEN its access logs are planned", () => {
  it("THEN the log bucket is protected, SSE-S3 encrypted, private, owner-enforced and expires logs after logRetention", () => {
    const bucket = only(plan, "aws:s3/bucket:Bucket");
    expect(bucket.inputs).toEqual({ bucket: BUCKET, forceDestroy: false, tags: TAGS });
    expect(bucket.protect).toBe(true);
    const byType = (type: string) => only(plan, `aws:s3/${type}`).inputs;
    expect(byType("bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration")).toEqual(
      {
        bucket: BUCKET,
        rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
      },
    );
    expect(byType("bucketPublicAccessBlock:BucketPublicAccessBlock")).toEqual({
      bucket: BUCKET,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    expect(byType("bucketOwnershipControls:BucketOwnershipControls")).toEqual({
      bucket: BUCKET,
      rule: { objectOwnership: "BucketOwnerEnforced" },
    });
    expect(byType("bucketLifecycleConfiguration:BucketLifecycleConfiguration")).toEqual({
      bucket: BUCKET,
      rules: [
        { id: "expire-access-logs", status: "Enabled", filter: { prefix: "alb/" }, expiration: { days: 90 } },
      ],
    });
  });

  it("THEN the bucket policy lets Seoul's ELB account write this account's logs and refuses plain HTTP", () => {
    const policy = only(plan, "aws:s3/bucketPolicy:BucketPolicy").inputs;
    expect(policy.bucket).toBe(BUCKET);
    expect(JSON.parse(String(policy.policy))).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "AllowAlbLogDelivery",
          Effect: "Allow",
          Principal: { AWS: "arn:aws:iam::600734575887:root" },
          Action: "s3:PutObject",
          Resource: `arn:aws:s3:::${BUCKET}/alb/AWSLogs/${ACCOUNT}/*`,
        },
        {
          Sid: "DenyInsecureTransport",
          Effect: "Deny",
          Principal: "*",
          Action: "s3:*",
          Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
          Condition: { Bool: { "aws:SecureTransport": "false" } },
        },
      ],
    });
  });
});

describe("GIVEN a region WHEN the access-log delivery principal is chosen", () => {
  it.each([
    ["ap-northeast-2", "aws", { AWS: "arn:aws:iam::600734575887:root" }],
    ["us-east-1", "aws", { AWS: "arn:aws:iam::127311923021:root" }],
    ["us-gov-west-1", "aws-us-gov", { AWS: "arn:aws-us-gov:iam::048591011584:root" }],
    ["ap-southeast-4", "aws", { Service: ELB_LOG_SERVICE }],
    ["il-central-1", "aws", { Service: "logdelivery.elasticloadbalancing.amazonaws.com" }],
  ])("THEN %s (%s) delivers as %j", (region, partition, principal) => {
    expect(logDeliveryPrincipal(region, partition)).toEqual(principal);
    const policy = accessLogBucketPolicy("arn:aws:s3:::b", { accountId: ACCOUNT, partition }, region);
    expect(policy.Statement[0]?.Principal).toEqual(principal);
  });
});

describe("GIVEN a platform name, stack and suffix WHEN the load balancer's names are derived", () => {
  it.each([
    ["hanbit", "aws", "edge", "hanbit-aws-edge"],
    ["hanbit", "prod_eu.1", "edge", "hanbit-prod-eu-1-edge"],
    ["brogan", "aws-alb-instances", "edge-app", "brogan-aws-alb-i-334c49-edge-app"],
    ["brogan", "aws-alb-instances", "edge", "brogan-aws-alb-instances-edge"],
  ])("THEN %s, %s and %s give %s (at most 32 characters)", (name, stack, suffix, expected) => {
    const result = elbName({ config: { name } as never, stack }, suffix);
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(32);
    expect(result).toMatch(/^[0-9A-Za-z](?:[0-9A-Za-z-]*[0-9A-Za-z])?$/);
  });
});

describe("GIVEN a platform name and stack WHEN the access-log bucket is named", () => {
  it.each([
    ["hanbit", "aws", "hanbit-aws-alb-logs-123456789012"],
    ["hanbit", "Prod_Seoul.1", "hanbit-prod-seoul-1-alb-logs-123456789012"],
    [
      "hanbit",
      "Prod_Seoul-customer-identity-platform",
      "hanbit-prod-seoul-customer-identit-0497ba-alb-logs-123456789012",
    ],
  ])(
    "THEN %s and %s give %s (S3: at most 63 lowercase letters, digits and hyphens)",
    (name, stack, expected) => {
      const result = accessLogBucketName({ config: { name } as never, stack }, "123456789012");
      expect(result).toBe(expected);
      expect(result.length).toBeLessThanOrEqual(63);
      expect(result).toMatch(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/);
    },
  );
});
