import { type EdgeCase, LONG } from "./cases";

const CERT_US = "arn:aws:acm:us-east-1:123456789012:certificate/8d3f1c2a-6b5e-4f70-9a1d-2c3b4e5f6a7b";
const IAM_CERT = "arn:aws:iam::123456789012:server-certificate/edge";
const LB = "hanbit-edge";
const TG = "hanbit-edge-app";
const HTTPS = "hanbit-edge-https";
const HTTP = "hanbit-edge-http";
const API = "hanbit-edge-api";
const COGNITO = "authenticateCognito";

/** Load balancers, target groups, listeners and rules. */
export const ELBV2_CASES: EdgeCase[] = [
  [
    "a 33-character name",
    LB,
    { name: `e${LONG(32)}` },
    ["elbv2-lb-name-length: name: name has 33 characters"],
  ],
  [
    "an internal- name",
    LB,
    { name: "internal-edge" },
    ['elbv2-lb-name-pattern: name: name is "internal-edge"'],
  ],
  [
    "a classic type",
    LB,
    { loadBalancerType: "classic" },
    ['elbv2-lb-type: loadBalancerType: loadBalancerType is "classic"'],
  ],
  [
    "an ipv6 type",
    LB,
    { ipAddressType: "ipv6" },
    ['elbv2-lb-ip-address-type: ipAddressType: ipAddressType is "ipv6"'],
  ],
  [
    "one subnet",
    LB,
    { subnets: ["subnet-0b2c4d6e8f0a1b3c5"] },
    ["elbv2-lb-subnets: subnets: subnets has 1 subnet(s)"],
  ],
  [
    "six groups",
    LB,
    { securityGroups: Array(6).fill("sg-1") },
    ["elbv2-lb-security-groups: securityGroups: securityGroups has 6 items"],
  ],
  [
    "an AWSLogs prefix",
    LB,
    { "accessLogs.prefix": "x/AWSLogs" },
    ['elbv2-access-log-prefix: accessLogs.prefix: accessLogs.prefix is "x/AWSLogs"'],
  ],
  [
    "a 33-character group name",
    TG,
    { name: LONG(33) },
    ["elbv2-tg-name-length: name: name has 33 characters"],
  ],
  ["a trailing hyphen", TG, { name: "app-" }, ['elbv2-tg-name-pattern: name: name is "app-"']],
  [
    "a container target",
    TG,
    { targetType: "container" },
    ['elbv2-tg-target-type: targetType: targetType is "container"'],
  ],
  ["target port 0", TG, { port: 0 }, ["elbv2-tg-port: port: port is 0"]],
  ["an HTTP2 protocol", TG, { protocol: "HTTP2" }, ['elbv2-tg-protocol: protocol: protocol is "HTTP2"']],
  [
    "a 4 s interval",
    TG,
    { "healthCheck.interval": 4, "healthCheck.timeout": 2 },
    ["elbv2-health-interval: healthCheck.interval: healthCheck.interval is 4"],
  ],
  [
    "a 1 s timeout",
    TG,
    { "healthCheck.timeout": 1 },
    ["elbv2-health-timeout: healthCheck.timeout: healthCheck.timeout is 1"],
  ],
  [
    "11 healthy checks",
    TG,
    { "healthCheck.healthyThreshold": 11 },
    ["elbv2-health-healthy-threshold: healthCheck.healthyThreshold: healthCheck.healthyThreshold is 11"],
  ],
  [
    "1 unhealthy check",
    TG,
    { "healthCheck.unhealthyThreshold": 1 },
    ["elbv2-health-unhealthy-threshold: healthCheck.unhealthyThreshold: healthCheck.unhealthyThreshold is 1"],
  ],
  [
    "a relative health path",
    TG,
    { "healthCheck.path": "healthz" },
    ['elbv2-health-path: healthCheck.path: healthCheck.path is "healthz"'],
  ],
  [
    "timeout = interval",
    TG,
    { "healthCheck.timeout": 30 },
    ["elbv2-health-timeout-below-interval: healthCheck.timeout: healthCheck.timeout is 30 with interval 30"],
  ],
  [
    "attachment port 70000",
    "hanbit-edge-target-0",
    { port: 70_000 },
    ["elbv2-attachment-port: port: port is 70000"],
  ],
  ["listener port 0", HTTPS, { port: 0 }, ["elbv2-listener-port: port: port is 0"]],
  [
    "a QUIC listener",
    HTTPS,
    { protocol: "QUIC" },
    [
      'elbv2-listener-protocol: protocol: protocol is "QUIC"',
      'elbv2-authenticate-https-only: defaultActions: protocol is "QUIC"',
    ],
  ],
  [
    "a custom TLS policy",
    HTTPS,
    { sslPolicy: "my-tls" },
    ['elbv2-listener-ssl-policy: sslPolicy: sslPolicy is "my-tls"'],
  ],
  [
    "a us-east-1 certificate",
    HTTPS,
    { certificateArn: CERT_US },
    [
      `elbv2-certificate-region: certificateArn: certificateArn is "${CERT_US}" for a load balancer in ap-northeast-2`,
    ],
  ],
  [
    "an IAM certificate",
    HTTPS,
    { certificateArn: IAM_CERT },
    [
      `elbv2-certificate-region: certificateArn: certificateArn is "${IAM_CERT}" for a load balancer in ap-northeast-2`,
    ],
  ],
  [
    "sign-in on plain HTTP",
    HTTPS,
    { protocol: "HTTP" },
    ['elbv2-authenticate-https-only: defaultActions: protocol is "HTTP"'],
  ],
  [
    "an unknown action",
    HTTPS,
    { "defaultActions.0.type": "authenticate" },
    ['elbv2-listener-action-type: defaultActions[].type: defaultActions[0].type is "authenticate"'],
  ],
  [
    "action order 0",
    HTTPS,
    { "defaultActions.0.order": 0 },
    ["elbv2-listener-action-order: defaultActions[].order: defaultActions[0].order is 0"],
  ],
  [
    "a redirect behaviour",
    HTTPS,
    { [`defaultActions.0.${COGNITO}.onUnauthenticatedRequest`]: "redirect" },
    [
      'elbv2-listener-unauthenticated: defaultActions[].authenticateCognito.onUnauthenticatedRequest: defaultActions[0].authenticateCognito.onUnauthenticatedRequest is "redirect"',
    ],
  ],
  [
    "7 days and 1 s",
    HTTPS,
    { [`defaultActions.0.${COGNITO}.sessionTimeout`]: 604_801 },
    [
      "elbv2-listener-session-timeout: defaultActions[].authenticateCognito.sessionTimeout: defaultActions[0].authenticateCognito.sessionTimeout is 604801",
    ],
  ],
  [
    "a 308 redirect",
    HTTP,
    { "defaultActions.0.redirect.statusCode": "HTTP_308" },
    [
      'elbv2-listener-redirect-status: defaultActions[].redirect.statusCode: defaultActions[0].redirect.statusCode is "HTTP_308"',
    ],
  ],
  [
    "a redirect to FTP",
    HTTP,
    { "defaultActions.0.redirect.protocol": "FTP" },
    [
      'elbv2-listener-redirect-protocol: defaultActions[].redirect.protocol: defaultActions[0].redirect.protocol is "FTP"',
    ],
  ],
  ["rule priority 0", API, { priority: 0 }, ["elbv2-rule-priority: priority: priority is 0"]],
  [
    "a 129-character path",
    API,
    { "conditions.0.pathPattern.values": [`/${LONG(128)}`] },
    [
      "elbv2-rule-path-pattern: conditions[].pathPattern.values[]: conditions[0].pathPattern.values[0] has 129 characters",
    ],
  ],
  [
    "six path values",
    API,
    { "conditions.0.pathPattern.values": ["/a", "/b", "/c", "/d", "/e", "/f"] },
    [
      "elbv2-rule-condition-values: conditions[].pathPattern.values: conditions[0].pathPattern.values has 6 items",
    ],
  ],
  [
    "an unknown rule action",
    API,
    { "actions.1.type": "proxy" },
    ['elbv2-rule-action-type: actions[].type: actions[1].type is "proxy"'],
  ],
  [
    "rule order 50001",
    API,
    { "actions.1.order": 50_001 },
    ["elbv2-rule-action-order: actions[].order: actions[1].order is 50001"],
  ],
  [
    "a 401 behaviour",
    API,
    { [`actions.0.${COGNITO}.onUnauthenticatedRequest`]: "401" },
    [
      'elbv2-rule-unauthenticated: actions[].authenticateCognito.onUnauthenticatedRequest: actions[0].authenticateCognito.onUnauthenticatedRequest is "401"',
    ],
  ],
  [
    "a 0 s rule session",
    API,
    { [`actions.0.${COGNITO}.sessionTimeout`]: 0 },
    [
      "elbv2-rule-session-timeout: actions[].authenticateCognito.sessionTimeout: actions[0].authenticateCognito.sessionTimeout is 0",
    ],
  ],
  [
    "a rule redirect with 307 over FTP",
    "hanbit-edge-signed-out",
    { actions: [{ type: "redirect", order: 1, redirect: { statusCode: "HTTP_307", protocol: "FTP" } }] },
    [
      'elbv2-rule-redirect-status: actions[].redirect.statusCode: actions[0].redirect.statusCode is "HTTP_307"',
      'elbv2-rule-redirect-protocol: actions[].redirect.protocol: actions[0].redirect.protocol is "FTP"',
    ],
  ],
];
