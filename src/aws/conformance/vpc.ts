import { eachValue, integerIn, lengthIn, matches } from "../../platform/constraintKinds";
import type { AuditedInput, Constraint } from "../../platform/constraints";

const TF = "hashicorp/terraform-provider-aws internal/service";
const SG = "aws:ec2/securityGroup:SecurityGroup";
const INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
const EGRESS = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";
const EC2_GUIDE = "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html";

/** A rule's CIDR: an IPv4 network in CIDR notation. */
const CIDR_V4 =
  /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\/(3[0-2]|[12]?\d)$/;

function ruleConstraints(type: string, direction: string): Constraint[] {
  const base = (id: string, input: string, source: string) => ({
    id: `vpc-${direction}-${id}`,
    type,
    input,
    source,
  });
  return [
    matches(
      base("cidr", "cidrIpv4", `${TF}/vpc/security_group_ingress_rule.go (cidr_ipv4: IPv4 CIDR)`),
      CIDR_V4,
      "an IPv4 CIDR block",
    ),
    lengthIn(base("description", "description", `${EC2_GUIDE} (description: up to 255 characters)`), 0, 255),
    matches(
      base(
        "protocol",
        "ipProtocol",
        `${EC2_GUIDE} (protocol: tcp, udp, icmp, icmpv6, -1 or a protocol number)`,
      ),
      /^(tcp|udp|icmp|icmpv6|-1|\d{1,3})$/,
      "tcp, udp, icmp, icmpv6, -1 or a protocol number",
    ),
    integerIn(base("from-port", "fromPort", `${EC2_GUIDE} (port range; -1 for every ICMP type)`), -1, 65_535),
    integerIn(base("to-port", "toPort", `${EC2_GUIDE} (port range; -1 for every ICMP code)`), -1, 65_535),
    eachValue(
      { ...base("port-order", "toPort", `${EC2_GUIDE} (port range)`), rule: "at least fromPort" },
      (value, r) =>
        typeof value === "number" && typeof r.props.fromPort === "number" && value < r.props.fromPort
          ? `is ${value} below fromPort ${r.props.fromPort}`
          : undefined,
    ),
  ];
}

export const VPC_CONSTRAINTS: readonly Constraint[] = [
  lengthIn(
    {
      id: "ec2-security-group-name-length",
      type: SG,
      input: "name",
      source: `${TF}/ec2/vpc_security_group.go (name: 255 characters)`,
    },
    1,
    255,
  ),
  matches(
    {
      id: "ec2-security-group-name-prefix",
      type: SG,
      input: "name",
      source:
        "https://docs.aws.amazon.com/vpc/latest/userguide/creating-security-groups.html (names cannot start with sg-)",
    },
    /^(?!sg-)/,
    "a name not starting with sg-",
  ),
  lengthIn(
    {
      id: "ec2-security-group-description",
      type: SG,
      input: "description",
      source: `${TF}/ec2/vpc_security_group.go (description: validation.StringLenBetween(0, 255))`,
    },
    0,
    255,
  ),
  ...ruleConstraints(INGRESS, "ingress"),
  ...ruleConstraints(EGRESS, "egress"),
];

const why = (type: string, input: string, reason: string): AuditedInput => ({ type, input, why: reason });
const TAGS = "tags: keys and values checked by the neutral tag rules (src/config/rules/tags.ts)";
const GROUP = "the security group's ID, as EC2 returned it";

export const VPC_UNCONSTRAINED: readonly AuditedInput[] = [
  why(SG, "vpcId", "the VPC of the configured subnets, as EC2 returned it"),
  why(SG, "tags", TAGS),
  why(INGRESS, "securityGroupId", GROUP),
  why(INGRESS, "tags", TAGS),
  why(EGRESS, "securityGroupId", GROUP),
  why(EGRESS, "tags", TAGS),
];
