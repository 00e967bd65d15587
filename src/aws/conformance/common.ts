import { AWS_TAG_LIMITS } from "../../config/rules/aws/limits";
import { type CheckedResource, dependenciesOf, fields } from "../../platform/checks";
import { eachValue, matches } from "../../platform/constraintKinds";
import type { AuditedInput, Constraint } from "../../platform/constraints";
import { SOURCES } from "./sources";

/** The resource types this audit covers, by short name. */
export const T = {
  pool: "aws:cognito/userPool:UserPool",
  client: "aws:cognito/userPoolClient:UserPoolClient",
  resourceServer: "aws:cognito/resourceServer:ResourceServer",
  idp: "aws:cognito/identityProvider:IdentityProvider",
  domain: "aws:cognito/userPoolDomain:UserPoolDomain",
  branding: "aws:cognito/managedLoginBranding:ManagedLoginBranding",
  risk: "aws:cognito/riskConfiguration:RiskConfiguration",
  logDelivery: "aws:cognito/logDeliveryConfiguration:LogDeliveryConfiguration",
  webAcl: "aws:wafv2/webAcl:WebAcl",
  webAclAssociation: "aws:wafv2/webAclAssociation:WebAclAssociation",
  cacheUser: "aws:elasticache/user:User",
  cacheUserGroup: "aws:elasticache/userGroup:UserGroup",
  cache: "aws:elasticache/serverlessCache:ServerlessCache",
  password: "random:index/randomPassword:RandomPassword",
  api: "aws:apigatewayv2/api:Api",
  authorizer: "aws:apigatewayv2/authorizer:Authorizer",
  integration: "aws:apigatewayv2/integration:Integration",
  route: "aws:apigatewayv2/route:Route",
  stage: "aws:apigatewayv2/stage:Stage",
  apiDomain: "aws:apigatewayv2/domainName:DomainName",
  apiMapping: "aws:apigatewayv2/apiMapping:ApiMapping",
  logGroup: "aws:cloudwatch/logGroup:LogGroup",
  alarm: "aws:cloudwatch/metricAlarm:MetricAlarm",
  dashboard: "aws:cloudwatch/dashboard:Dashboard",
  eventRule: "aws:cloudwatch/eventRule:EventRule",
  eventTarget: "aws:cloudwatch/eventTarget:EventTarget",
  detector: "aws:guardduty/detector:Detector",
  key: "aws:kms/key:Key",
  alias: "aws:kms/alias:Alias",
  topic: "aws:sns/topic:Topic",
  topicPolicy: "aws:sns/topicPolicy:TopicPolicy",
  subscription: "aws:sns/topicSubscription:TopicSubscription",
} as const;

/** What a service's file contributes to the AWS audit. */
export interface ServiceAudit {
  readonly constraints: readonly Constraint[];
  readonly unconstrained: readonly AuditedInput[];
}

/** An ARN in the format terraform-provider-aws checks (internal/verify ValidARN), of one service when given. */
export function arnOf(id: string, type: string, input: string, service = "[a-z0-9-]+"): Constraint {
  return matches(
    { id, type, input, source: "hashicorp/terraform-provider-aws internal/verify/validate.go (ValidARN)" },
    new RegExp(`^arn:aws[a-z-]*:${service}:[a-z0-9-]*:(\\d{12})?:.+$`),
    `an ARN${service === "[a-z0-9-]+" ? "" : ` of ${service}`}`,
  );
}

/** A Cognito user pool ID: region, underscore, letters and digits (cognitoidp/validate.go validUserPoolID). */
export function userPoolId(id: string, type: string): Constraint {
  return matches(
    { id, type, input: "userPoolId", source: SOURCES.cognitoValidate },
    /^[\w-]+_[0-9A-Za-z]+$/,
    "a user pool ID: the region, an underscore, then letters and digits",
  );
}

/** AWS tags: at most 50 per resource, keys 1..128 not starting with aws:, values up to 256. */
export function awsTags(id: string, type: string): Constraint {
  const { perResource, keyLength, valueLength } = AWS_TAG_LIMITS;
  return eachValue(
    {
      id,
      type,
      input: "tags",
      source: SOURCES.tagging,
      rule: `at most ${perResource} tags, keys of 1..${keyLength} characters not starting with "aws:", values of at most ${valueLength}`,
    },
    (value) => {
      const tags = Object.entries(fields(value));
      if (tags.length > perResource) return `has ${tags.length} tags`;
      const bad = tags.find(
        ([k, v]) =>
          k.length < 1 ||
          k.length > keyLength ||
          k.toLowerCase().startsWith("aws:") ||
          String(v).length > valueLength,
      );
      return bad ? `has the tag ${JSON.stringify(bad[0])}` : undefined;
    },
  );
}

/** A constraint from a check of the whole resource (for rules that relate two inputs or two resources). */
export function custom(
  base: Omit<Constraint, "violations">,
  check: (
    props: Record<string, unknown>,
    resource: CheckedResource,
    all: readonly CheckedResource[],
  ) => string[],
): Constraint {
  return {
    ...base,
    violations: (resource, all) => check(resource.props as Record<string, unknown>, resource, all),
  };
}

/** An input audited and found free of a checkable rule. */
export const free = (type: string, input: string, why: string): AuditedInput => ({ type, input, why });

/** The props of the planned user pools a resource depends on. */
export function poolsOf(
  resource: CheckedResource,
  all: readonly CheckedResource[],
): Record<string, unknown>[] {
  return dependenciesOf(resource, all, T.pool).map((p) => p.props as Record<string, unknown>);
}
