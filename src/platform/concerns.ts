/**
 * What each planned resource is for, in the order a reader meets the platform: where it lives,
 * who signs in, which applications ask for tokens, the gateway that checks them, what faces the
 * network, where sessions live, and how the platform is watched and defended. The plan's tree
 * groups by it and its graphs cluster by it.
 */
export const CONCERNS = [
  "foundation",
  "identity",
  "clients",
  "gateway",
  "edges",
  "session store",
  "monitoring",
  "threat detection",
] as const;
export type Concern = (typeof CONCERNS)[number];

/**
 * Resource type prefix → concern, for every resource either cloud registers; the longest
 * matching prefix wins. A resource whose type is not here falls into "other", which
 * tests/plan/concerns.test.ts refuses for every stack it plans.
 */
const BY_TYPE_PREFIX: Readonly<Record<string, Concern>> = {
  // AWS: Cognito is the directory; its app clients and the API's scopes are the clients.
  "aws:cognito/": "identity",
  "aws:cognito/userPoolClient:": "clients",
  "aws:cognito/resourceServer:": "clients",
  "aws:cognito/riskConfiguration:": "threat detection",
  "aws:cognito/logDeliveryConfiguration:": "monitoring",
  "aws:apigatewayv2/": "gateway",
  "aws:apigatewayv2/domainName:": "edges",
  "aws:apigatewayv2/apiMapping:": "edges",
  "aws:wafv2/": "edges",
  // The Application Load Balancer in front of a web app: itself, its security group and
  // rules, and the bucket that keeps its access logs (src/aws/edge).
  "aws:lb/": "edges",
  "aws:ec2/securityGroup:": "edges",
  "aws:vpc/securityGroup": "edges",
  "aws:s3/": "edges",
  "aws:elasticache/": "session store",
  // The generated password of the Valkey default user (a user group refuses users without one).
  "random:index/randomPassword:": "session store",
  "aws:cloudwatch/": "monitoring",
  // GuardDuty findings reach the alert topic through this rule and target.
  "aws:cloudwatch/eventRule:": "threat detection",
  "aws:cloudwatch/eventTarget:": "threat detection",
  "aws:sns/": "monitoring",
  // The customer-managed key encrypts the alert topic and the platform's logs.
  "aws:kms/": "monitoring",
  "aws:guardduty/": "threat detection",
  // Azure: the resource group holds everything; Graph objects and the provider reach the directory.
  "azure-native:resources:": "foundation",
  "azure-native:azureactivedirectory:": "identity",
  "pulumi-nodejs:dynamic/azure-graph:": "identity",
  "pulumi:providers:azuread": "identity",
  "azuread:": "clients",
  "azure-native:apimanagement:": "gateway",
  "azure-native:network:": "edges",
  "azure-native:redis:": "session store",
  "azure-native:redisenterprise:": "session store",
  // The only role assignment: the cache's access to the storage account it persists to.
  "azure-native:authorization:": "session store",
  "azure-native:monitor:": "monitoring",
  "azure-native:operationalinsights:": "monitoring",
  "azure-native:aadiam:": "monitoring",
  // The second azure-native provider signs in to the tenant only to send its logs to Monitor.
  "pulumi:providers:azure-native": "monitoring",
  "azure-native:security:": "threat detection",
};

const PREFIXES = Object.keys(BY_TYPE_PREFIX).sort((a, b) => b.length - a.length);

/** The concern of a resource type, or "other" for a type the map does not know. */
export function concernOf(type: string): Concern | "other" {
  const prefix = PREFIXES.find((p) => type.startsWith(p));
  return prefix === undefined ? "other" : (BY_TYPE_PREFIX[prefix] ?? "other");
}
