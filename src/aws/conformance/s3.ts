import { UNKNOWN_SHOWN } from "../../plan/model";
import { eachValue, integerIn, lengthIn, matches, oneOf } from "../../platform/constraintKinds";
import type { AuditedInput, Constraint } from "../../platform/constraints";

const TF = "hashicorp/terraform-provider-aws internal/service/s3";
const S3_GUIDE = "https://docs.aws.amazon.com/AmazonS3/latest/userguide";
export const BUCKET = "aws:s3/bucket:Bucket";
const ENCRYPTION = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";
const PUBLIC_ACCESS = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
const OWNERSHIP = "aws:s3/bucketOwnershipControls:BucketOwnershipControls";
const LIFECYCLE = "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration";
const POLICY = "aws:s3/bucketPolicy:BucketPolicy";
const LOAD_BALANCER = "aws:lb/loadBalancer:LoadBalancer";

/** Buckets some load balancer of the plan writes its access logs to. */
function accessLogBuckets(
  all: readonly { type: string; props: Readonly<Record<string, unknown>> }[],
): Set<string> {
  return new Set(
    all
      .filter((r) => r.type === LOAD_BALANCER)
      .map((r) => (r.props.accessLogs as { bucket?: unknown } | undefined)?.bucket)
      .filter((b): b is string => typeof b === "string"),
  );
}

/** ALB access logs can only be written to a bucket encrypted with S3-managed keys (SSE-S3). */
const albLogsSseS3: Constraint = {
  id: "s3-alb-logs-sse-s3",
  type: ENCRYPTION,
  input: "rules",
  rule: "AES256 (SSE-S3) on a bucket that receives load balancer access logs",
  source:
    "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html (bucket requirements)",
  violations: (r, all) => {
    // A bucket name the plan cannot know yet matches nothing: the provider checks it then.
    if (r.props.bucket === UNKNOWN_SHOWN || !accessLogBuckets(all).has(String(r.props.bucket))) return [];
    const rules = Array.isArray(r.props.rules) ? r.props.rules : [];
    return rules.flatMap((rule, i) => {
      const algorithm = (rule as { applyServerSideEncryptionByDefault?: { sseAlgorithm?: unknown } })
        .applyServerSideEncryptionByDefault?.sseAlgorithm;
      return algorithm === "AES256"
        ? []
        : [`rules[${i}].applyServerSideEncryptionByDefault.sseAlgorithm is ${JSON.stringify(algorithm)}`];
    });
  },
};

export const S3_CONSTRAINTS: readonly Constraint[] = [
  lengthIn(
    {
      id: "s3-bucket-name-length",
      type: BUCKET,
      input: "bucket",
      source: `${S3_GUIDE}/bucketnamingrules.html`,
    },
    3,
    63,
  ),
  matches(
    {
      id: "s3-bucket-name-pattern",
      type: BUCKET,
      input: "bucket",
      source: `${TF}/bucket.go (validBucketName) and ${S3_GUIDE}/bucketnamingrules.html`,
    },
    /^(?!xn--|sthree-|amzn-s3-demo-)(?!.*(?:-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$)[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/,
    "lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit, no reserved prefix or suffix",
  ),
  oneOf(
    {
      id: "s3-sse-algorithm",
      type: ENCRYPTION,
      input: "rules[].applyServerSideEncryptionByDefault.sseAlgorithm",
      source: `${TF}/bucket_server_side_encryption_configuration.go (sse_algorithm: ServerSideEncryption values)`,
    },
    ["AES256", "aws:kms", "aws:kms:dsse"],
  ),
  albLogsSseS3,
  oneOf(
    {
      id: "s3-object-ownership",
      type: OWNERSHIP,
      input: "rule.objectOwnership",
      source: `${TF}/bucket_ownership_controls.go (object_ownership: ObjectOwnership values)`,
    },
    ["BucketOwnerPreferred", "ObjectWriter", "BucketOwnerEnforced"],
  ),
  oneOf(
    {
      id: "s3-lifecycle-status",
      type: LIFECYCLE,
      input: "rules[].status",
      source: `${TF}/bucket_lifecycle_configuration.go (status)`,
    },
    ["Enabled", "Disabled"],
  ),
  lengthIn(
    {
      id: "s3-lifecycle-rule-id",
      type: LIFECYCLE,
      input: "rules[].id",
      source: `${TF}/bucket_lifecycle_configuration.go (id: 1..255)`,
    },
    1,
    255,
  ),
  integerIn(
    {
      id: "s3-lifecycle-expiration-days",
      type: LIFECYCLE,
      input: "rules[].expiration.days",
      source: `${S3_GUIDE}/intro-lifecycle-rules.html (Days: a positive integer)`,
    },
    1,
    2_147_483_647,
  ),
  eachValue(
    {
      id: "s3-bucket-policy-size",
      type: POLICY,
      input: "policy",
      rule: "a JSON document of at most 20 KB",
      source: `${S3_GUIDE}/bucket-policies.html (bucket policies are limited to 20 KB)`,
    },
    (value) => {
      if (typeof value !== "string") return `is ${JSON.stringify(value)}`;
      try {
        JSON.parse(value);
      } catch {
        return "is not JSON";
      }
      return Buffer.byteLength(value) > 20 * 1024 ? `has ${Buffer.byteLength(value)} bytes` : undefined;
    },
  ),
];

const why = (type: string, input: string, reason: string): AuditedInput => ({ type, input, why: reason });
const BUCKET_REF = "the bucket's name, as the provider returned it";
const BOOLEAN = "a boolean; the provider takes either value";

export const S3_UNCONSTRAINED: readonly AuditedInput[] = [
  why(BUCKET, "forceDestroy", BOOLEAN),
  why(BUCKET, "tags", "tags: keys and values checked by the neutral tag rules (src/config/rules/tags.ts)"),
  why(ENCRYPTION, "bucket", BUCKET_REF),
  why(PUBLIC_ACCESS, "bucket", BUCKET_REF),
  why(PUBLIC_ACCESS, "blockPublicAcls", BOOLEAN),
  why(PUBLIC_ACCESS, "blockPublicPolicy", BOOLEAN),
  why(PUBLIC_ACCESS, "ignorePublicAcls", BOOLEAN),
  why(PUBLIC_ACCESS, "restrictPublicBuckets", BOOLEAN),
  why(OWNERSHIP, "bucket", BUCKET_REF),
  why(LIFECYCLE, "bucket", BUCKET_REF),
  why(POLICY, "bucket", BUCKET_REF),
];
