import { type ConfigProblem, problem } from "../../problems";
import type { AwsPlatformConfig } from "../../schema/root";
import { durationInRange } from "../range";
import { region as regionProblems } from "./edges";
import { WAF_RATE_LIMIT } from "./limits";

const AUTH_DOC =
  "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html";

/**
 * Regions where Elastic Load Balancing offers the Amazon Cognito integration (`authenticate-cognito`),
 * as listed under "Prepare to use Amazon Cognito" in the ALB user guide.
 */
export const ALB_COGNITO_REGIONS = [
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
  "ca-central-1",
  "ca-west-1",
  "eu-north-1",
  "eu-south-1",
  "eu-central-1",
  "eu-central-2",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "eu-south-2",
  "sa-east-1",
  "ap-east-1",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-northeast-3",
  "ap-south-1",
  "ap-south-2",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-southeast-3",
  "ap-southeast-4",
  "me-central-1",
  "me-south-1",
  "af-south-1",
  "il-central-1",
] as const;

/** `SessionTimeout` of the authenticate action, in seconds: default and longest 7 days, as short as 1 second. */
export const ALB_SESSION_TIMEOUT = {
  min: 1,
  max: 604_800,
  source: `${AUTH_DOC} (Configure user authentication)`,
};

/** The managed rule group the load balancer needs from the shared web ACL. */
export const ALB_REQUIRED_RULE_GROUP = "AWSManagedRulesCommonRuleSet";

/** Cognito's limit on callback and logout URLs per app client; the load balancer adds one of each. */
const MAX_CLIENT_URLS = 100;

/** The load balancer's prerequisites and limits; nothing when `aws.loadBalancer` is not set. */
export function loadBalancer(config: AwsPlatformConfig, region: string | undefined): ConfigProblem[] {
  const lb = config.aws.loadBalancer;
  if (lb === undefined) return [];
  const out: ConfigProblem[] = [];
  // An unusable region is reported once, by the region check; nothing here depends on it then.
  if (regionProblems(region).length > 0) region = undefined;
  if (region && !(ALB_COGNITO_REGIONS as readonly string[]).includes(region)) {
    out.push(
      problem(
        "aws.loadBalancer",
        `is not available in ${region}: Elastic Load Balancing offers the Cognito integration only in ${ALB_COGNITO_REGIONS.join(", ")}`,
        lb.domainName,
      ),
    );
  }
  if (region && !lb.certificateArn.includes(`:acm:${region}:`)) {
    out.push(
      problem(
        "aws.loadBalancer.certificateArn",
        `must be an ACM certificate in ${region} (a load balancer uses certificates from its own region)`,
        lb.certificateArn,
      ),
    );
  }
  const web = config.clients.web;
  if (web === undefined) {
    out.push(
      problem(
        "clients.web",
        "is required with aws.loadBalancer (the load balancer signs users in with the web client and its secret)",
        undefined,
      ),
    );
  } else {
    for (const key of ["callbackUrls", "logoutUrls"] as const) {
      if (web[key].length + 1 > MAX_CLIENT_URLS) {
        out.push(
          problem(
            `clients.web.${key}`,
            `must list at most ${MAX_CLIENT_URLS - 1} URLs with aws.loadBalancer (it adds its own; Cognito allows ${MAX_CLIENT_URLS})`,
            web[key].length,
          ),
        );
      }
    }
  }
  if (!config.aws.waf.enabled) {
    out.push(
      problem(
        "aws.waf.enabled",
        "must be true with aws.loadBalancer (the web ACL protects the load balancer too)",
        config.aws.waf.enabled,
      ),
    );
  } else if (!config.aws.waf.managedRuleGroups.includes(ALB_REQUIRED_RULE_GROUP)) {
    out.push(
      problem(
        "aws.waf.managedRuleGroups",
        `must include "${ALB_REQUIRED_RULE_GROUP}" with aws.loadBalancer (the load balancer's baseline protection)`,
        config.aws.waf.managedRuleGroups,
      ),
    );
  }
  if (
    !Number.isInteger(lb.rateLimit) ||
    lb.rateLimit < WAF_RATE_LIMIT.min ||
    lb.rateLimit > WAF_RATE_LIMIT.max
  ) {
    out.push(
      problem(
        "aws.loadBalancer.rateLimit",
        `must be an integer between ${WAF_RATE_LIMIT.min} and ${WAF_RATE_LIMIT.max.toLocaleString("en")} (AWS WAF rate-based rules)`,
        lb.rateLimit,
      ),
    );
  }
  out.push(
    ...durationInRange(
      "session.absoluteTimeout",
      config.session.absoluteTimeout,
      ALB_SESSION_TIMEOUT.min,
      ALB_SESSION_TIMEOUT.max,
      "the load balancer's session (aws.loadBalancer)",
    ),
  );
  const kinds = new Set(lb.targets.ids.map(targetKind));
  if (kinds.size > 1) {
    out.push(
      problem(
        "aws.loadBalancer.targets.ids",
        "must be all IPv4 addresses or all EC2 instance IDs (one target group has one target type)",
        lb.targets.ids,
      ),
    );
  }
  return out;
}

/** The target group's target type for a target ID. */
export function targetKind(id: string): "instance" | "ip" {
  return id.startsWith("i-") ? "instance" : "ip";
}
