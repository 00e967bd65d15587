import { type EdgeCase, LONG } from "./cases";

const SSE = "rules";
const sse = (sseAlgorithm: string) => [{ applyServerSideEncryptionByDefault: { sseAlgorithm } }];

/** The access-log bucket and its parts, the security group and its rules. */
export const STORAGE_CASES: EdgeCase[] = [
  [
    "a 64-character bucket",
    "hanbit-edge-logs",
    { bucket: LONG(64) },
    ["s3-bucket-name-length: bucket: bucket has 64 characters"],
  ],
  [
    "an uppercase bucket",
    "hanbit-edge-logs",
    { bucket: "Hanbit_Logs" },
    ['s3-bucket-name-pattern: bucket: bucket is "Hanbit_Logs"'],
  ],
  [
    "KMS on the ALB log bucket",
    "hanbit-edge-logs-encryption",
    { [SSE]: sse("aws:kms") },
    ['s3-alb-logs-sse-s3: rules: rules[0].applyServerSideEncryptionByDefault.sseAlgorithm is "aws:kms"'],
  ],
  [
    "an unknown algorithm",
    "hanbit-edge-logs-encryption",
    { [SSE]: sse("DES") },
    [
      's3-sse-algorithm: rules[].applyServerSideEncryptionByDefault.sseAlgorithm: rules[0].applyServerSideEncryptionByDefault.sseAlgorithm is "DES"',
      's3-alb-logs-sse-s3: rules: rules[0].applyServerSideEncryptionByDefault.sseAlgorithm is "DES"',
    ],
  ],
  [
    "an unknown ownership",
    "hanbit-edge-logs-ownership",
    { "rule.objectOwnership": "BucketOwnerOnly" },
    ['s3-object-ownership: rule.objectOwnership: rule.objectOwnership is "BucketOwnerOnly"'],
  ],
  [
    "a lifecycle rule that is On, unnamed and expires at 0 days",
    "hanbit-edge-logs-retention",
    { rules: [{ id: "", status: "On", expiration: { days: 0 } }] },
    [
      's3-lifecycle-status: rules[].status: rules[0].status is "On"',
      "s3-lifecycle-rule-id: rules[].id: rules[0].id has 0 characters",
      "s3-lifecycle-expiration-days: rules[].expiration.days: rules[0].expiration.days is 0",
    ],
  ],
  [
    "a policy that is not JSON",
    "hanbit-edge-logs-policy",
    { policy: "Allow everything" },
    ["s3-bucket-policy-size: policy: policy is not JSON"],
  ],
  [
    "an sg- name and a 256-character description",
    "hanbit-edge-sg",
    { name: "sg-edge", description: LONG(256) },
    [
      'ec2-security-group-name-prefix: name: name is "sg-edge"',
      "ec2-security-group-description: description: description has 256 characters",
    ],
  ],
  [
    "a 256-character group name",
    "hanbit-edge-sg",
    { name: LONG(256) },
    ["ec2-security-group-name-length: name: name has 256 characters"],
  ],
  [
    "no prefix length, protocol all, ports 443..80",
    "hanbit-edge-sg-https-in",
    { cidrIpv4: "0.0.0.0", ipProtocol: "all", toPort: 80 },
    [
      'vpc-ingress-cidr: cidrIpv4: cidrIpv4 is "0.0.0.0"',
      'vpc-ingress-protocol: ipProtocol: ipProtocol is "all"',
      "vpc-ingress-port-order: toPort: toPort is 80 below fromPort 443",
    ],
  ],
  [
    "ports beyond range and a long description",
    "hanbit-edge-sg-http-in",
    { fromPort: -2, toPort: 65_536, description: LONG(256) },
    [
      "vpc-ingress-description: description: description has 256 characters",
      "vpc-ingress-from-port: fromPort: fromPort is -2",
      "vpc-ingress-to-port: toPort: toPort is 65536",
    ],
  ],
  [
    "an egress to a /33 over udplite, ports 70000..1",
    "hanbit-edge-sg-targets-out",
    { cidrIpv4: "10.20.0.0/33", ipProtocol: "udplite", fromPort: 70_000, toPort: 1, description: LONG(300) },
    [
      'vpc-egress-cidr: cidrIpv4: cidrIpv4 is "10.20.0.0/33"',
      "vpc-egress-description: description: description has 300 characters",
      'vpc-egress-protocol: ipProtocol: ipProtocol is "udplite"',
      "vpc-egress-from-port: fromPort: fromPort is 70000",
      "vpc-egress-port-order: toPort: toPort is 1 below fromPort 70000",
    ],
  ],
  [
    "an egress port of 65536",
    "hanbit-edge-sg-idp-out",
    { toPort: 65_536 },
    ["vpc-egress-to-port: toPort: toPort is 65536"],
  ],
];
