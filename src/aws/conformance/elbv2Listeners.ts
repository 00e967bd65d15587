import { ALB_SESSION_TIMEOUT } from "../../config/rules/aws";
import { SECRET_SHOWN, UNKNOWN_SHOWN } from "../../plan/model";
import { atMostItems, integerIn, lengthIn, matches, oneOf } from "../../platform/constraintKinds";
import type { Constraint } from "../../platform/constraints";
import { GUIDE, LISTENER, LISTENER_RULE, TF } from "./elbv2";

const ACTION_TYPES = ["forward", "authenticate-oidc", "authenticate-cognito", "redirect", "fixed-response"];
const AUTH_SOURCE = `${GUIDE}/listener-authenticate-users.html`;

/** The checks every listener action must pass, for listeners' default actions and rules' actions alike. */
function actionConstraints(type: string, input: "defaultActions" | "actions", prefix: string): Constraint[] {
  const base = (id: string, path: string, source: string) => ({
    id: `${prefix}-${id}`,
    type,
    input: `${input}[].${path}`,
    source,
  });
  return [
    oneOf(base("action-type", "type", `${TF}/listener.go (type: ActionTypeEnum_Values)`), ACTION_TYPES),
    integerIn(
      base("action-order", "order", `${TF}/listener.go (order: validation.IntBetween(1, 50000))`),
      1,
      50_000,
    ),
    oneOf(
      base(
        "unauthenticated",
        "authenticateCognito.onUnauthenticatedRequest",
        `${TF}/listener.go (on_unauthenticated_request: AuthenticateCognitoActionConditionalBehaviorEnum_Values)`,
      ),
      ["deny", "allow", "authenticate"],
    ),
    integerIn(
      base("session-timeout", "authenticateCognito.sessionTimeout", ALB_SESSION_TIMEOUT.source),
      ALB_SESSION_TIMEOUT.min,
      ALB_SESSION_TIMEOUT.max,
    ),
    oneOf(
      base(
        "redirect-status",
        "redirect.statusCode",
        `${TF}/listener.go (status_code: RedirectActionStatusCodeEnum_Values)`,
      ),
      ["HTTP_301", "HTTP_302"],
    ),
    oneOf(base("redirect-protocol", "redirect.protocol", `${TF}/listener.go (redirect protocol)`), [
      "#{protocol}",
      "HTTP",
      "HTTPS",
    ]),
  ];
}

/** An authenticate action on a plain-HTTP listener is refused by Elastic Load Balancing. */
const authenticateOnHttps: Constraint = {
  id: "elbv2-authenticate-https-only",
  type: LISTENER,
  input: "defaultActions",
  rule: "authenticate-cognito / authenticate-oidc only on an HTTPS listener",
  source: `${AUTH_SOURCE} (Configure user authentication)`,
  violations: (r) => {
    const actions = Array.isArray(r.props.defaultActions) ? r.props.defaultActions : [];
    const authenticates = actions.some((a) =>
      String((a as { type?: unknown }).type).startsWith("authenticate-"),
    );
    return authenticates && r.props.protocol !== "HTTPS"
      ? [`protocol is ${JSON.stringify(r.props.protocol)}`]
      : [];
  },
};

/**
 * A listener's certificate comes from the load balancer's region (ACM certificates are regional).
 * The account is not compared: the offline plan deploys into a mock account.
 */
const certificateRegion: Constraint = {
  id: "elbv2-certificate-region",
  type: LISTENER,
  input: "certificateArn",
  rule: "an ACM certificate ARN in the load balancer's region",
  source: "https://docs.aws.amazon.com/acm/latest/userguide/acm-regions.html",
  violations: (r) => {
    const cert = r.props.certificateArn;
    const region = String(r.props.loadBalancerArn).match(
      /^arn:[^:]+:elasticloadbalancing:([a-z0-9-]+):/,
    )?.[1];
    if (typeof cert !== "string" || region === undefined || cert === SECRET_SHOWN || cert === UNKNOWN_SHOWN)
      return [];
    return /^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/.+$/.test(cert) &&
      cert.split(":")[3] === region
      ? []
      : [`certificateArn is ${JSON.stringify(cert)} for a load balancer in ${region}`];
  },
};

/** What Elastic Load Balancing and the provider enforce on listeners and listener rules. */
export const LISTENER_CONSTRAINTS: readonly Constraint[] = [
  integerIn(
    {
      id: "elbv2-listener-port",
      type: LISTENER,
      input: "port",
      source: `${TF}/listener.go (port: validation.IsPortNumber)`,
    },
    1,
    65_535,
  ),
  oneOf(
    {
      id: "elbv2-listener-protocol",
      type: LISTENER,
      input: "protocol",
      source: `${TF}/listener.go (ProtocolEnum_Values)`,
    },
    ["HTTP", "HTTPS", "TCP", "TLS", "UDP", "TCP_UDP", "GENEVE"],
  ),
  matches(
    {
      id: "elbv2-listener-ssl-policy",
      type: LISTENER,
      input: "sslPolicy",
      source: `${GUIDE}/describe-ssl-policies.html (no custom policies)`,
    },
    /^ELBSecurityPolicy-[A-Za-z0-9-]+$/,
    "a predefined ELBSecurityPolicy-* policy",
  ),
  certificateRegion,
  authenticateOnHttps,
  ...actionConstraints(LISTENER, "defaultActions", "elbv2-listener"),
  integerIn(
    {
      id: "elbv2-rule-priority",
      type: LISTENER_RULE,
      input: "priority",
      source: `${TF}/listener_rule.go (priority: validation.IntBetween(1, 50000))`,
    },
    1,
    50_000,
  ),
  lengthIn(
    {
      id: "elbv2-rule-path-pattern",
      type: LISTENER_RULE,
      input: "conditions[].pathPattern.values[]",
      source: `${GUIDE}/rule-condition-types.html (path conditions)`,
    },
    1,
    128,
  ),
  atMostItems(
    {
      id: "elbv2-rule-condition-values",
      type: LISTENER_RULE,
      input: "conditions[].pathPattern.values",
      source: `${GUIDE}/load-balancer-limits.html (condition values per rule)`,
    },
    5,
  ),
  ...actionConstraints(LISTENER_RULE, "actions", "elbv2-rule"),
];
