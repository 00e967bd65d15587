import { beforeAll, describe, expect, it } from "vitest";
import { AWS_CONFORMANCE } from "../../src/aws/conformance";
import type { Plan } from "../../src/plan/model";
import { renderConformanceTables } from "../../src/platform/conformanceDoc";
import { checkConstraints, describeViolation, unauditedInputs } from "../../src/platform/constraints";
import { planExample } from "../aws/support";

/** The resource types the load balancer brings; every input of theirs is audited. */
const EDGE_TYPES = [
  "aws:lb/loadBalancer:LoadBalancer",
  "aws:lb/listener:Listener",
  "aws:lb/listenerRule:ListenerRule",
  "aws:lb/targetGroup:TargetGroup",
  "aws:lb/targetGroupAttachment:TargetGroupAttachment",
  "aws:s3/bucket:Bucket",
  "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
  "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
  "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration",
  "aws:s3/bucketPolicy:BucketPolicy",
  "aws:ec2/securityGroup:SecurityGroup",
  "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
  "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule",
];

type Inputs = Record<string, unknown>;
let example: Plan;
beforeAll(async () => {
  example = await planExample();
});

/** The example plan with one resource's inputs changed, checked against every AWS constraint. */
function violationsAfter(name: string, patch: (inputs: Inputs) => void): string[] {
  const plan = structuredClone(example);
  const resource = plan.resources.find((r) => r.name === name);
  if (!resource) throw new Error(`no resource ${name}`);
  patch(resource.inputs as Inputs);
  return checkConstraints(plan, AWS_CONFORMANCE.constraints).map((v) => `${v.id}: ${v.input}: ${v.message}`);
}

const action = (inputs: Inputs, key: "defaultActions" | "actions", i = 0) =>
  (inputs[key] as Inputs[])[i] as Inputs;
const cognito = (inputs: Inputs, key: "defaultActions" | "actions") =>
  action(inputs, key).authenticateCognito as Inputs;
const health = (inputs: Inputs) => inputs.healthCheck as Inputs;
const redirectRule = (statusCode: string, protocol: string) => (inputs: Inputs) => {
  inputs.actions = [{ type: "redirect", order: 1, redirect: { statusCode, protocol } }];
};
const CERT_US = "arn:aws:acm:us-east-1:123456789012:certificate/8d3f1c2a-6b5e-4f70-9a1d-2c3b4e5f6a7b";
const LONG = (n: number) => "a".repeat(n);

describe("GIVEN the example stack's load balancer WHEN its plan is audited", () => {
  it("THEN every input of every load-balancer resource type has a rule or a recorded reason", () => {
    expect(unauditedInputs(example, AWS_CONFORMANCE).filter((u) => EDGE_TYPES.includes(u.type))).toEqual([]);
    expect(EDGE_TYPES.filter((t) => !example.resources.some((r) => r.type === t))).toEqual([]);
  });

  it("THEN it meets every constraint", () => {
    expect(checkConstraints(example, AWS_CONFORMANCE.constraints).map(describeViolation)).toEqual([]);
  });
});

describe("GIVEN a planned load-balancer input the provider or AWS refuses WHEN the constraints run", () => {
  const cases: [string, string, (inputs: Inputs) => void, string[]][] = [
    [
      "a 33-character name",
      "hanbit-edge",
      (i) => {
        i.name = `e${LONG(32)}`;
      },
      ["elbv2-lb-name-length: name: name has 33 characters"],
    ],
    [
      "an internal- name",
      "hanbit-edge",
      (i) => {
        i.name = "internal-edge";
      },
      ['elbv2-lb-name-pattern: name: name is "internal-edge"'],
    ],
    [
      "a classic type",
      "hanbit-edge",
      (i) => {
        i.loadBalancerType = "classic";
      },
      ['elbv2-lb-type: loadBalancerType: loadBalancerType is "classic"'],
    ],
    [
      "an ipv6 address type",
      "hanbit-edge",
      (i) => {
        i.ipAddressType = "ipv6";
      },
      ['elbv2-lb-ip-address-type: ipAddressType: ipAddressType is "ipv6"'],
    ],
    [
      "one subnet",
      "hanbit-edge",
      (i) => {
        i.subnets = ["subnet-0b2c4d6e8f0a1b3c5"];
      },
      ["elbv2-lb-subnets: subnets: subnets has 1 subnet(s)"],
    ],
    [
      "six security groups",
      "hanbit-edge",
      (i) => {
        i.securityGroups = Array(6).fill("sg-1");
      },
      ["elbv2-lb-security-groups: securityGroups: securityGroups has 6 items"],
    ],
    [
      "an AWSLogs prefix",
      "hanbit-edge",
      (i) => {
        i.accessLogs = { bucket: "b", enabled: true, prefix: "x/AWSLogs" };
      },
      ['elbv2-access-log-prefix: accessLogs.prefix: accessLogs.prefix is "x/AWSLogs"'],
    ],
    [
      "a 33-character target group name",
      "hanbit-edge-app",
      (i) => {
        i.name = LONG(33);
      },
      ["elbv2-tg-name-length: name: name has 33 characters"],
    ],
    [
      "a target group name ending in a hyphen",
      "hanbit-edge-app",
      (i) => {
        i.name = "app-";
      },
      ['elbv2-tg-name-pattern: name: name is "app-"'],
    ],
    [
      "a container target type",
      "hanbit-edge-app",
      (i) => {
        i.targetType = "container";
      },
      ['elbv2-tg-target-type: targetType: targetType is "container"'],
    ],
    [
      "target port 0",
      "hanbit-edge-app",
      (i) => {
        i.port = 0;
      },
      ["elbv2-tg-port: port: port is 0"],
    ],
    [
      "an HTTP2 protocol",
      "hanbit-edge-app",
      (i) => {
        i.protocol = "HTTP2";
      },
      ['elbv2-tg-protocol: protocol: protocol is "HTTP2"'],
    ],
    [
      "a 4 s interval",
      "hanbit-edge-app",
      (i) => {
        health(i).interval = 4;
        health(i).timeout = 2;
      },
      ["elbv2-health-interval: healthCheck.interval: healthCheck.interval is 4"],
    ],
    [
      "a 1 s timeout",
      "hanbit-edge-app",
      (i) => {
        health(i).timeout = 1;
      },
      ["elbv2-health-timeout: healthCheck.timeout: healthCheck.timeout is 1"],
    ],
    [
      "11 healthy checks",
      "hanbit-edge-app",
      (i) => {
        health(i).healthyThreshold = 11;
      },
      ["elbv2-health-healthy-threshold: healthCheck.healthyThreshold: healthCheck.healthyThreshold is 11"],
    ],
    [
      "1 unhealthy check",
      "hanbit-edge-app",
      (i) => {
        health(i).unhealthyThreshold = 1;
      },
      [
        "elbv2-health-unhealthy-threshold: healthCheck.unhealthyThreshold: healthCheck.unhealthyThreshold is 1",
      ],
    ],
    [
      "a relative health path",
      "hanbit-edge-app",
      (i) => {
        health(i).path = "healthz";
      },
      ['elbv2-health-path: healthCheck.path: healthCheck.path is "healthz"'],
    ],
    [
      "a timeout as long as the interval",
      "hanbit-edge-app",
      (i) => {
        health(i).timeout = 30;
      },
      [
        "elbv2-health-timeout-below-interval: healthCheck.timeout: healthCheck.timeout is 30 with interval 30",
      ],
    ],
    [
      "attachment port 70000",
      "hanbit-edge-target-0",
      (i) => {
        i.port = 70_000;
      },
      ["elbv2-attachment-port: port: port is 70000"],
    ],
    [
      "listener port 0",
      "hanbit-edge-https",
      (i) => {
        i.port = 0;
      },
      ["elbv2-listener-port: port: port is 0"],
    ],
    [
      "a QUIC listener",
      "hanbit-edge-https",
      (i) => {
        i.protocol = "QUIC";
      },
      [
        'elbv2-listener-protocol: protocol: protocol is "QUIC"',
        'elbv2-authenticate-https-only: defaultActions: protocol is "QUIC"',
      ],
    ],
    [
      "a custom TLS policy",
      "hanbit-edge-https",
      (i) => {
        i.sslPolicy = "my-tls";
      },
      ['elbv2-listener-ssl-policy: sslPolicy: sslPolicy is "my-tls"'],
    ],
    [
      "a certificate from us-east-1",
      "hanbit-edge-https",
      (i) => {
        i.certificateArn = CERT_US;
      },
      [
        `elbv2-certificate-region: certificateArn: certificateArn is "${CERT_US}" for a load balancer in ap-northeast-2`,
      ],
    ],
    [
      "a certificate ARN that is not ACM's",
      "hanbit-edge-https",
      (i) => {
        i.certificateArn = "arn:aws:iam::123456789012:server-certificate/edge";
      },
      [
        'elbv2-certificate-region: certificateArn: certificateArn is "arn:aws:iam::123456789012:server-certificate/edge" for a load balancer in ap-northeast-2',
      ],
    ],
    [
      "sign-in on plain HTTP",
      "hanbit-edge-https",
      (i) => {
        i.protocol = "HTTP";
      },
      ['elbv2-authenticate-https-only: defaultActions: protocol is "HTTP"'],
    ],
    [
      "an unknown action",
      "hanbit-edge-https",
      (i) => {
        action(i, "defaultActions").type = "authenticate";
      },
      ['elbv2-listener-action-type: defaultActions[].type: defaultActions[0].type is "authenticate"'],
    ],
    [
      "action order 0",
      "hanbit-edge-https",
      (i) => {
        action(i, "defaultActions").order = 0;
      },
      ["elbv2-listener-action-order: defaultActions[].order: defaultActions[0].order is 0"],
    ],
    [
      "an unknown unauthenticated behaviour",
      "hanbit-edge-https",
      (i) => {
        cognito(i, "defaultActions").onUnauthenticatedRequest = "redirect";
      },
      [
        'elbv2-listener-unauthenticated: defaultActions[].authenticateCognito.onUnauthenticatedRequest: defaultActions[0].authenticateCognito.onUnauthenticatedRequest is "redirect"',
      ],
    ],
    [
      "a session of 7 days and 1 s",
      "hanbit-edge-https",
      (i) => {
        cognito(i, "defaultActions").sessionTimeout = 604_801;
      },
      [
        "elbv2-listener-session-timeout: defaultActions[].authenticateCognito.sessionTimeout: defaultActions[0].authenticateCognito.sessionTimeout is 604801",
      ],
    ],
    [
      "a 308 redirect",
      "hanbit-edge-http",
      (i) => {
        (action(i, "defaultActions").redirect as Inputs).statusCode = "HTTP_308";
      },
      [
        'elbv2-listener-redirect-status: defaultActions[].redirect.statusCode: defaultActions[0].redirect.statusCode is "HTTP_308"',
      ],
    ],
    [
      "a redirect to FTP",
      "hanbit-edge-http",
      (i) => {
        (action(i, "defaultActions").redirect as Inputs).protocol = "FTP";
      },
      [
        'elbv2-listener-redirect-protocol: defaultActions[].redirect.protocol: defaultActions[0].redirect.protocol is "FTP"',
      ],
    ],
    [
      "rule priority 0",
      "hanbit-edge-api",
      (i) => {
        i.priority = 0;
      },
      ["elbv2-rule-priority: priority: priority is 0"],
    ],
    [
      "a 129-character path",
      "hanbit-edge-api",
      (i) => {
        i.conditions = [{ pathPattern: { values: [`/${LONG(128)}`] } }];
      },
      [
        "elbv2-rule-path-pattern: conditions[].pathPattern.values[]: conditions[0].pathPattern.values[0] has 129 characters",
      ],
    ],
    [
      "six path values",
      "hanbit-edge-api",
      (i) => {
        i.conditions = [{ pathPattern: { values: ["/a", "/b", "/c", "/d", "/e", "/f"] } }];
      },
      [
        "elbv2-rule-condition-values: conditions[].pathPattern.values: conditions[0].pathPattern.values has 6 items",
      ],
    ],
    [
      "an unknown rule action",
      "hanbit-edge-api",
      (i) => {
        action(i, "actions", 1).type = "proxy";
      },
      ['elbv2-rule-action-type: actions[].type: actions[1].type is "proxy"'],
    ],
    [
      "rule action order 50001",
      "hanbit-edge-api",
      (i) => {
        action(i, "actions", 1).order = 50_001;
      },
      ["elbv2-rule-action-order: actions[].order: actions[1].order is 50001"],
    ],
    [
      "an unknown rule behaviour",
      "hanbit-edge-api",
      (i) => {
        cognito(i, "actions").onUnauthenticatedRequest = "401";
      },
      [
        'elbv2-rule-unauthenticated: actions[].authenticateCognito.onUnauthenticatedRequest: actions[0].authenticateCognito.onUnauthenticatedRequest is "401"',
      ],
    ],
    [
      "a rule session of 0 s",
      "hanbit-edge-api",
      (i) => {
        cognito(i, "actions").sessionTimeout = 0;
      },
      [
        "elbv2-rule-session-timeout: actions[].authenticateCognito.sessionTimeout: actions[0].authenticateCognito.sessionTimeout is 0",
      ],
    ],
    [
      "a rule redirect with 307 over FTP",
      "hanbit-edge-signed-out",
      redirectRule("HTTP_307", "FTP"),
      [
        'elbv2-rule-redirect-status: actions[].redirect.statusCode: actions[0].redirect.statusCode is "HTTP_307"',
        'elbv2-rule-redirect-protocol: actions[].redirect.protocol: actions[0].redirect.protocol is "FTP"',
      ],
    ],
    [
      "a 64-character bucket",
      "hanbit-edge-logs",
      (i) => {
        i.bucket = LONG(64);
      },
      ["s3-bucket-name-length: bucket: bucket has 64 characters"],
    ],
    [
      "an uppercase bucket",
      "hanbit-edge-logs",
      (i) => {
        i.bucket = "Hanbit_Logs";
      },
      ['s3-bucket-name-pattern: bucket: bucket is "Hanbit_Logs"'],
    ],
    [
      "KMS on the ALB log bucket",
      "hanbit-edge-logs-encryption",
      (i) => {
        i.rules = [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }];
      },
      ['s3-alb-logs-sse-s3: rules: rules[0].applyServerSideEncryptionByDefault.sseAlgorithm is "aws:kms"'],
    ],
    [
      "an unknown algorithm",
      "hanbit-edge-logs-encryption",
      (i) => {
        i.rules = [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "DES" } }];
      },
      [
        's3-sse-algorithm: rules[].applyServerSideEncryptionByDefault.sseAlgorithm: rules[0].applyServerSideEncryptionByDefault.sseAlgorithm is "DES"',
        's3-alb-logs-sse-s3: rules: rules[0].applyServerSideEncryptionByDefault.sseAlgorithm is "DES"',
      ],
    ],
    [
      "an unknown ownership",
      "hanbit-edge-logs-ownership",
      (i) => {
        i.rule = { objectOwnership: "BucketOwnerOnly" };
      },
      ['s3-object-ownership: rule.objectOwnership: rule.objectOwnership is "BucketOwnerOnly"'],
    ],
    [
      "a lifecycle rule that is On, unnamed and expires at 0 days",
      "hanbit-edge-logs-retention",
      (i) => {
        i.rules = [{ id: "", status: "On", expiration: { days: 0 } }];
      },
      [
        's3-lifecycle-status: rules[].status: rules[0].status is "On"',
        "s3-lifecycle-rule-id: rules[].id: rules[0].id has 0 characters",
        "s3-lifecycle-expiration-days: rules[].expiration.days: rules[0].expiration.days is 0",
      ],
    ],
    [
      "a policy that is not JSON",
      "hanbit-edge-logs-policy",
      (i) => {
        i.policy = "Allow everything";
      },
      ["s3-bucket-policy-size: policy: policy is not JSON"],
    ],
    [
      "a sg- group name with a 256-character description",
      "hanbit-edge-sg",
      (i) => {
        i.name = "sg-edge";
        i.description = LONG(256);
      },
      [
        'ec2-security-group-name-prefix: name: name is "sg-edge"',
        "ec2-security-group-description: description: description has 256 characters",
      ],
    ],
    [
      "a 256-character group name",
      "hanbit-edge-sg",
      (i) => {
        i.name = LONG(256);
      },
      ["ec2-security-group-name-length: name: name has 256 characters"],
    ],
    [
      "an ingress rule without a prefix length, protocol all and ports 443..80",
      "hanbit-edge-sg-https-in",
      (i) => {
        i.cidrIpv4 = "0.0.0.0";
        i.ipProtocol = "all";
        i.toPort = 80;
      },
      [
        'vpc-ingress-cidr: cidrIpv4: cidrIpv4 is "0.0.0.0"',
        'vpc-ingress-protocol: ipProtocol: ipProtocol is "all"',
        "vpc-ingress-port-order: toPort: toPort is 80 below fromPort 443",
      ],
    ],
    [
      "ingress ports beyond 65535 and a long description",
      "hanbit-edge-sg-http-in",
      (i) => {
        i.fromPort = -2;
        i.toPort = 65_536;
        i.description = LONG(256);
      },
      [
        "vpc-ingress-description: description: description has 256 characters",
        "vpc-ingress-from-port: fromPort: fromPort is -2",
        "vpc-ingress-to-port: toPort: toPort is 65536",
      ],
    ],
    [
      "an egress rule to 10.20.0.0/33 over udp-lite, ports 70000..1",
      "hanbit-edge-sg-targets-out",
      (i) => {
        i.cidrIpv4 = "10.20.0.0/33";
        i.ipProtocol = "udplite";
        i.fromPort = 70_000;
        i.toPort = 1;
        i.description = LONG(300);
      },
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
      (i) => {
        i.fromPort = 443;
        i.toPort = 65_536;
      },
      ["vpc-egress-to-port: toPort: toPort is 65536"],
    ],
  ];

  it.each(cases)("THEN %s is caught", (_what, name, patch, expected) => {
    expect(violationsAfter(name, patch)).toEqual(expected);
  });

  it("THEN every load-balancer constraint is proven by a case above", () => {
    const proven = new Set(cases.flatMap(([, , , expected]) => expected.map((line) => line.split(":")[0])));
    const edge = AWS_CONFORMANCE.constraints.filter((c) => EDGE_TYPES.includes(c.type)).map((c) => c.id);
    expect(edge.filter((id) => !proven.has(id))).toEqual([]);
  });

  it("THEN the violation reads as one line naming the resource, input, value, rule, ID and source", () => {
    const plan = structuredClone(example);
    const lb = plan.resources.find((r) => r.name === "hanbit-edge");
    (lb?.inputs as Inputs).name = "internal-edge";
    expect(checkConstraints(plan, AWS_CONFORMANCE.constraints).map(describeViolation)).toEqual([
      'hanbit-edge (aws:lb/loadBalancer:LoadBalancer) name: name is "internal-edge"; must be letters, digits and hyphens, not at either end, not starting with "internal-" (^(?!internal-)[0-9A-Za-z](?:[0-9A-Za-z-]*[0-9A-Za-z])?$) [elbv2-lb-name-pattern: hashicorp/terraform-provider-aws internal/service/elbv2/validate.go (validName)]',
    ]);
  });
});

describe("GIVEN a rule whose pattern holds * and | WHEN the conformance tables are rendered", () => {
  it("THEN both are escaped, so the Markdown table keeps its columns and no emphasis starts", () => {
    const tables = renderConformanceTables({
      AWS: {
        constraints: AWS_CONFORMANCE.constraints.filter((c) => c.id === "elbv2-lb-name-pattern"),
        unconstrained: [],
      },
    });
    expect(tables).toContain(
      '| letters, digits and hyphens, not at either end, not starting with "internal-" (^(?!internal-)[0-9A-Za-z](?:[0-9A-Za-z-]\\*[0-9A-Za-z])?$) |',
    );
  });
});
