import { atMostItems, eachValue, integerIn, lengthIn, matches, oneOf } from "../../platform/constraintKinds";
import type { AuditedInput, Constraint } from "../../platform/constraints";

export const TF = "hashicorp/terraform-provider-aws internal/service/elbv2";
export const GUIDE = "https://docs.aws.amazon.com/elasticloadbalancing/latest/application";
export const LOAD_BALANCER = "aws:lb/loadBalancer:LoadBalancer";
export const LISTENER = "aws:lb/listener:Listener";
export const LISTENER_RULE = "aws:lb/listenerRule:ListenerRule";
export const TARGET_GROUP = "aws:lb/targetGroup:TargetGroup";
export const ATTACHMENT = "aws:lb/targetGroupAttachment:TargetGroupAttachment";

/** Names of load balancers and target groups: letters, digits and hyphens, not at either end. */
const ELB_NAME = /^[0-9A-Za-z](?:[0-9A-Za-z-]*[0-9A-Za-z])?$/;

/** What Elastic Load Balancing and the provider enforce on load balancers and target groups. */
export const ELBV2_CONSTRAINTS: readonly Constraint[] = [
  lengthIn(
    {
      id: "elbv2-lb-name-length",
      type: LOAD_BALANCER,
      input: "name",
      source: `${TF}/validate.go (validName)`,
    },
    1,
    32,
  ),
  matches(
    {
      id: "elbv2-lb-name-pattern",
      type: LOAD_BALANCER,
      input: "name",
      source: `${TF}/validate.go (validName)`,
    },
    /^(?!internal-)[0-9A-Za-z](?:[0-9A-Za-z-]*[0-9A-Za-z])?$/,
    'letters, digits and hyphens, not at either end, not starting with "internal-"',
  ),
  oneOf(
    {
      id: "elbv2-lb-type",
      type: LOAD_BALANCER,
      input: "loadBalancerType",
      source: `${TF}/load_balancer.go (LoadBalancerTypeEnum_Values)`,
    },
    ["application", "network", "gateway"],
  ),
  oneOf(
    {
      id: "elbv2-lb-ip-address-type",
      type: LOAD_BALANCER,
      input: "ipAddressType",
      source: `${TF}/load_balancer.go (ip_address_type)`,
    },
    ["ipv4", "dualstack", "dualstack-without-public-ipv4"],
  ),
  eachValue(
    {
      id: "elbv2-lb-subnets",
      type: LOAD_BALANCER,
      input: "subnets",
      rule: "at least two subnets (an Application Load Balancer spans two or more Availability Zones)",
      source: `${GUIDE}/application-load-balancers.html#availability-zones`,
    },
    (value, r) =>
      r.props.loadBalancerType === "application" && Array.isArray(value) && value.length < 2
        ? `has ${value.length} subnet(s)`
        : undefined,
  ),
  atMostItems(
    {
      id: "elbv2-lb-security-groups",
      type: LOAD_BALANCER,
      input: "securityGroups",
      source: `${GUIDE}/load-balancer-limits.html (security groups per load balancer)`,
    },
    5,
  ),
  eachValue(
    {
      id: "elbv2-access-log-prefix",
      type: LOAD_BALANCER,
      input: "accessLogs.prefix",
      rule: 'a prefix without "AWSLogs" and without a leading slash',
      source: `${GUIDE}/enable-access-logging.html (bucket requirements)`,
    },
    (value) =>
      typeof value === "string" && !value.includes("AWSLogs") && !value.startsWith("/")
        ? undefined
        : `is ${JSON.stringify(value)}`,
  ),
  lengthIn(
    {
      id: "elbv2-tg-name-length",
      type: TARGET_GROUP,
      input: "name",
      source: `${TF}/validate.go (validTargetGroupName)`,
    },
    1,
    32,
  ),
  matches(
    {
      id: "elbv2-tg-name-pattern",
      type: TARGET_GROUP,
      input: "name",
      source: `${TF}/validate.go (validTargetGroupName)`,
    },
    ELB_NAME,
    "letters, digits and hyphens, not at either end",
  ),
  oneOf(
    {
      id: "elbv2-tg-target-type",
      type: TARGET_GROUP,
      input: "targetType",
      source: `${TF}/target_group.go (TargetTypeEnum)`,
    },
    ["instance", "ip", "lambda", "alb"],
  ),
  integerIn(
    {
      id: "elbv2-tg-port",
      type: TARGET_GROUP,
      input: "port",
      source: `${TF}/target_group.go (port: validation.IntBetween(1, 65535))`,
    },
    1,
    65_535,
  ),
  oneOf(
    {
      id: "elbv2-tg-protocol",
      type: TARGET_GROUP,
      input: "protocol",
      source: `${TF}/target_group.go (ProtocolEnum)`,
    },
    ["HTTP", "HTTPS", "TCP", "TLS", "UDP", "TCP_UDP", "GENEVE"],
  ),
  ...healthCheckConstraints(),
  integerIn(
    {
      id: "elbv2-attachment-port",
      type: ATTACHMENT,
      input: "port",
      source: `${TF}/target_group_attachment.go (port)`,
    },
    1,
    65_535,
  ),
];

function healthCheckConstraints(): Constraint[] {
  const hc = (id: string, path: string) => ({
    id: `elbv2-health-${id}`,
    type: TARGET_GROUP,
    input: `healthCheck.${path}`,
    source: `${TF}/target_group.go (health_check.${path})`,
  });
  return [
    integerIn(hc("interval", "interval"), 5, 300),
    integerIn(hc("timeout", "timeout"), 2, 120),
    integerIn(hc("healthy-threshold", "healthyThreshold"), 2, 10),
    integerIn(hc("unhealthy-threshold", "unhealthyThreshold"), 2, 10),
    matches(hc("path", "path"), /^\/.{0,1023}$/, "a path of 1..1024 characters starting with /"),
    eachValue(
      {
        ...hc("timeout-below-interval", "timeout"),
        rule: "shorter than healthCheck.interval",
        source: `${GUIDE}/target-group-health-checks.html (HealthCheckTimeoutSeconds)`,
      },
      (value, r) => {
        const interval = (r.props.healthCheck as { interval?: unknown } | undefined)?.interval;
        return typeof value === "number" && typeof interval === "number" && value >= interval
          ? `is ${value} with interval ${interval}`
          : undefined;
      },
    ),
  ];
}

const why = (type: string, input: string, reason: string): AuditedInput => ({ type, input, why: reason });
const ARN_OF = "an ARN the provider returned for a resource of this stack";
const BOOLEAN = "a boolean; the provider takes either value";
const TAGS = "tags: keys and values checked by the neutral tag rules (src/config/rules/tags.ts)";

export const ELBV2_UNCONSTRAINED: readonly AuditedInput[] = [
  why(LOAD_BALANCER, "internal", BOOLEAN),
  why(LOAD_BALANCER, "dropInvalidHeaderFields", BOOLEAN),
  why(LOAD_BALANCER, "enableDeletionProtection", BOOLEAN),
  why(LOAD_BALANCER, "tags", TAGS),
  why(LISTENER, "loadBalancerArn", ARN_OF),
  why(LISTENER, "tags", TAGS),
  why(LISTENER_RULE, "listenerArn", ARN_OF),
  why(LISTENER_RULE, "tags", TAGS),
  why(TARGET_GROUP, "vpcId", "the VPC of the configured subnets, as EC2 returned it"),
  why(TARGET_GROUP, "tags", TAGS),
  why(ATTACHMENT, "targetGroupArn", ARN_OF),
  why(
    ATTACHMENT,
    "targetId",
    "an IPv4 address or instance ID, checked by the configuration schema (aws.loadBalancer.targets.ids)",
  ),
];
