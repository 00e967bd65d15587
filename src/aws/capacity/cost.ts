import { banded, type ItemSpec } from "../../capacity/cost";
import { type Demand, fmt, HOURS_PER_MONTH } from "../../capacity/demand";
import type { ResourceCounts } from "../../capacity/report";
import type { AwsPlatformConfig } from "../../config/schema/root";
import type { ACCESS_LOG_FORMAT } from "../gateway/accessLog";
import { VALKEY_MINIMUM_STORAGE_GB } from "./limits";

/**
 * One access-log line as the stage writes it (ACCESS_LOG_FORMAT), with values of typical length:
 * the bytes CloudWatch Logs ingests per API request.
 */
export const ACCESS_LOG_SAMPLE: Readonly<Record<keyof typeof ACCESS_LOG_FORMAT, string>> = {
  requestId: "Kf3aYhQ2oE0EJgQ=",
  time: "01/Dec/2026:15:50:22 +0000",
  ip: "203.0.113.117",
  userAgent:
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
  method: "GET",
  routeKey: "GET /orders/{id}",
  path: "/orders/8f3a1c2d",
  status: "200",
  protocol: "HTTP/1.1",
  responseLength: "1432",
  latencyMs: "38",
  integrationStatus: "200",
  integrationLatencyMs: "31",
  integrationError: "-",
  authorizerError: "-",
  subject: "5f0c6e1a-8b2d-4c3e-9f4a-1b2c3d4e5f60",
  clientId: "3n4b5c6d7e8f9g0h1i2j3k4l5m",
};
export const ACCESS_LOG_LINE_BYTES = JSON.stringify(ACCESS_LOG_SAMPLE).length + 1;

const TIER_BANDS = {
  lite: [
    [10_000, "cognito.mau.free", "first 10,000, free"],
    [100_000, "cognito.mau.lite.1", "10,001..100,000"],
    [1_000_000, "cognito.mau.lite.2", "100,001..1,000,000"],
    [Number.POSITIVE_INFINITY, "cognito.mau.lite.3", "above 1,000,000"],
  ],
  essentials: [
    [10_000, "cognito.mau.free", "first 10,000, free"],
    [Number.POSITIVE_INFINITY, "cognito.mau.essentials", "above 10,000"],
  ],
  plus: [[Number.POSITIVE_INFINITY, "cognito.mau.plus", "every MAU"]],
} as const;

/** Every metered dimension of the AWS stack for a month of the expected load. */
export function awsCostItems(
  config: AwsPlatformConfig,
  d: Demand,
  resources: ResourceCounts,
): { items: ItemSpec[]; notCounted: string[] } {
  const tier = config.aws.userPoolTier;
  const mau = d.load.monthlyActiveUsers;
  const federatedMau = Math.round(mau * d.oidcSamlShare);
  const apiMillions = d.monthly(d.apiRequestsPerSecond) / 1e6;
  const challenges = d.localSignInsPerSecond * d.challengesPerLocalSignIn;
  const poolRequests = d.monthly(d.load.peakSignInsPerSecond + challenges + d.refreshesPerSecond);
  const count = (type: string) => resources[type] ?? 0;
  const items: ItemSpec[] = [
    ...banded(
      {
        resource: "Cognito user pool",
        dimension: `MAUs, ${tier} tier, local and social`,
        unit: "MAU",
        quantityFrom: `load.monthlyActiveUsers ${fmt(mau)} less ${fmt(federatedMau)} through OIDC/SAML`,
      },
      mau - federatedMau,
      TIER_BANDS[tier],
    ),
  ];
  if (federatedMau > 0) {
    items.push({
      resource: "Cognito user pool",
      dimension: "MAUs federated through OIDC or SAML",
      quantity: federatedMau,
      unit: "MAU",
      priceId: "cognito.mau.federated",
      quantityFrom: `MAUs x federatedShare x the share of OIDC/SAML among identity.providers (${fmt(d.oidcSamlShare)})`,
    });
  }
  if (config.clients.machine) {
    items.push({
      resource: "Cognito user pool",
      dimension: "app clients with client credentials",
      quantity: 1,
      unit: "app client-months",
      priceId: "cognito.m2m.client",
      quantityFrom: "clients.machine",
    });
  }
  if (config.api !== undefined) {
    items.push(
      ...banded(
        {
          resource: "API Gateway HTTP API",
          dimension: "requests",
          unit: "million requests",
          quantityFrom: `${fmt(d.apiRequestsPerSecond)}/s at peak / ${d.load.peakToAverageRatio} x 30 days`,
        },
        apiMillions,
        [
          [300, "apigw.http.first300m", "first 300 million"],
          [Number.POSITIVE_INFINITY, "apigw.http.over300m", "above 300 million"],
        ],
      ),
      {
        resource: "CloudWatch Logs",
        dimension: "API access-log ingestion",
        quantity: Math.round(((apiMillions * 1e6 * ACCESS_LOG_LINE_BYTES) / 1e9) * 100) / 100,
        unit: "GB",
        priceId: "cloudwatch.logs.ingestGb",
        quantityFrom: `API requests x ${ACCESS_LOG_LINE_BYTES} bytes per access-log line (the stage's format with typical values)`,
      },
    );
  }
  const acls = count("aws:wafv2/webAcl:WebAcl");
  if (acls > 0) {
    const rules = 1 + config.aws.waf.managedRuleGroups.length;
    items.push(
      {
        resource: "AWS WAF",
        dimension: "web ACLs",
        quantity: acls,
        unit: "web ACL-months",
        priceId: "waf.webAcl",
        quantityFrom: "planned web ACLs",
      },
      {
        resource: "AWS WAF",
        dimension: "rules",
        quantity: rules * acls,
        unit: "rule-months",
        priceId: "waf.rule",
        quantityFrom: "the sign-in rate rule and aws.waf.managedRuleGroups",
      },
      {
        resource: "AWS WAF",
        dimension: "requests inspected",
        quantity: Math.round(poolRequests / 1e4) / 100,
        unit: "million requests",
        priceId: "waf.requests",
        quantityFrom: "sign-ins, MFA challenges and refreshes reaching the user pool, a month",
      },
    );
  }
  const fixed: [string, string, string, string][] = [
    [
      "aws:cloudwatch/metricAlarm:MetricAlarm",
      "CloudWatch",
      "alarms (standard resolution)",
      "cloudwatch.alarm",
    ],
    ["aws:cloudwatch/dashboard:Dashboard", "CloudWatch", "dashboards", "cloudwatch.dashboard"],
    ["aws:kms/key:Key", "AWS KMS", "customer managed keys", "kms.key"],
  ];
  for (const [type, resource, dimension, priceId] of fixed) {
    if (count(type) > 0)
      items.push({
        resource,
        dimension,
        quantity: count(type),
        unit: "per month",
        priceId,
        quantityFrom: `planned ${type}`,
      });
  }
  const loadBalancers = count("aws:lb/loadBalancer:LoadBalancer");
  if (loadBalancers > 0) {
    items.push({
      resource: "Application Load Balancer",
      dimension: "load balancer hours",
      quantity: loadBalancers * HOURS_PER_MONTH,
      unit: "hours",
      priceId: "elb.alb.hour",
      quantityFrom: `planned load balancers x ${HOURS_PER_MONTH} hours`,
    });
  }
  const store = config.aws.sessionStore;
  if (store !== undefined) {
    const gb = Math.max(VALKEY_MINIMUM_STORAGE_GB, d.sessionStoreGB);
    items.push(
      {
        resource: "ElastiCache Serverless (Valkey)",
        dimension: "data stored",
        quantity: Math.round(gb * HOURS_PER_MONTH * 100) / 100,
        unit: "GB-hour",
        priceId: "elasticache.valkey.gbHour",
        quantityFrom: `${fmt(gb)} GB of sessions (at least 0.1 GB metered) x ${HOURS_PER_MONTH} hours`,
      },
      {
        resource: "ElastiCache Serverless (Valkey)",
        dimension: "ECPUs",
        quantity: Math.round(d.monthly(d.sessionGetEquivalentsPerSecond) / 1e4) / 100,
        unit: "million ECPUs",
        priceId: "elasticache.valkey.ecpu",
        quantityFrom: "the session traffic's ECPUs/s at peak / peakToAverageRatio x 30 days",
      },
    );
  }
  return {
    items,
    notCounted: [
      ...(count("aws:guardduty/detector:Detector") > 0
        ? [
            "GuardDuty: billed by the account's CloudTrail events, VPC flow logs and DNS queries, not by this load",
          ]
        : []),
      "KMS requests, SNS e-mail notifications and Cognito's user-activity log ingestion: no rate for them in the load section",
      ...(config.clients.machine
        ? ["Cognito client-credentials token requests: the load section has no machine-to-machine rate"]
        : []),
      ...(loadBalancers > 0
        ? [
            "Application Load Balancer LCUs, its access-log bucket and the WAF requests of its pages: the load section has no rate or size for the web pages behind it",
          ]
        : []),
      "data transfer out of AWS: depends on response sizes the load section does not give",
    ],
  };
}
