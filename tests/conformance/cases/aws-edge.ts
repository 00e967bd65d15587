import type { RuleCase } from "../support";

const RATE = (statement: Record<string, unknown>) => ({
  rules: [{ statement: { rateBasedStatement: statement } }],
});
const MATCH = (byteMatchStatement: Record<string, unknown>) =>
  RATE({ scopeDownStatement: { orStatement: { statements: [{ byteMatchStatement }] } } });
const VIS = { cloudwatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName: "acl" };

/** For each WAF and API Gateway rule: inputs that break it and exactly what it reports. */
export const EDGE_CASES: RuleCase[] = [
  ["wafv2-web-acl-name-length", { name: "a".repeat(129) }, ["name has 129 characters"]],
  ["wafv2-web-acl-name-pattern", { name: "user pool" }, ['name is "user pool"']],
  ["wafv2-web-acl-description-length", { description: "" }, ["description has 0 characters"]],
  [
    "wafv2-web-acl-description-pattern",
    { description: "Protects (prod)" },
    ['description is "Protects (prod)"'],
  ],
  ["wafv2-web-acl-scope", { scope: "CLOUDFRONT" }, ['scope is "CLOUDFRONT"']],
  [
    "wafv2-default-action",
    { defaultAction: { allow: {}, block: {} } },
    ["defaultAction has both allow and block"],
  ],
  ["wafv2-rule-name", { rules: [{ name: "" }] }, ["rules[0].name has 0 characters"]],
  [
    "wafv2-rule-priority",
    { rules: [{ priority: 0 }, { priority: 0 }, { priority: -1 }] },
    ["rules[1].priority is 0", "rules[2].priority is -1"],
  ],
  [
    "wafv2-metric-names",
    { visibilityConfig: VIS, rules: [{ visibilityConfig: { ...VIS, metricName: "a.b" } }] },
    ['rules[0].visibilityConfig.metricName is "a.b"'],
  ],
  // Issue 9 defect 2: a rate-based statement's limit is 100..2,000,000,000.
  ["wafv2-rate-based-limit", RATE({ limit: 99 }), ["rules[0].statement.rateBasedStatement.limit is 99"]],
  [
    "wafv2-rate-window",
    RATE({ evaluationWindowSec: 900 }),
    ["rules[0].statement.rateBasedStatement.evaluationWindowSec is 900"],
  ],
  [
    "wafv2-rate-aggregate",
    RATE({ aggregateKeyType: "USER" }),
    ['rules[0].statement.rateBasedStatement.aggregateKeyType is "USER"'],
  ],
  [
    "wafv2-byte-match-search",
    MATCH({ searchString: "" }),
    [
      "rules[0].statement.rateBasedStatement.scopeDownStatement.orStatement.statements[0].byteMatchStatement.searchString has 0 characters",
    ],
  ],
  [
    "wafv2-byte-match-position",
    MATCH({ positionalConstraint: "PREFIX" }),
    [
      'rules[0].statement.rateBasedStatement.scopeDownStatement.orStatement.statements[0].byteMatchStatement.positionalConstraint is "PREFIX"',
    ],
  ],
  [
    "wafv2-header-name",
    MATCH({ fieldToMatch: { singleHeader: { name: "X-Amz-Target" } } }),
    [
      'rules[0].statement.rateBasedStatement.scopeDownStatement.orStatement.statements[0].byteMatchStatement.fieldToMatch.singleHeader.name is "X-Amz-Target"',
    ],
  ],
  [
    "wafv2-text-transformation",
    MATCH({ textTransformations: [{ priority: 0, type: "UPPERCASE" }] }),
    [
      'rules[0].statement.rateBasedStatement.scopeDownStatement.orStatement.statements[0].byteMatchStatement.textTransformations[0].type is "UPPERCASE"',
    ],
  ],
  // Issue 9 defect 4: only rule groups that work on a user pool; never account takeover prevention.
  [
    "wafv2-managed-group",
    {
      rules: [
        {
          statement: { managedRuleGroupStatement: { vendorName: "AWS", name: "AWSManagedRulesATPRuleSet" } },
        },
      ],
    },
    ['rules[0].statement.managedRuleGroupStatement.name is "AWSManagedRulesATPRuleSet"'],
  ],
  [
    "wafv2-managed-vendor",
    { rules: [{ statement: { managedRuleGroupStatement: { vendorName: "F5", name: "x" } } }] },
    ['rules[0].statement.managedRuleGroupStatement.vendorName is "F5"'],
  ],
  [
    "wafv2-rule-action",
    {
      rules: [
        { statement: { managedRuleGroupStatement: {} }, action: { block: {} } },
        { statement: { rateBasedStatement: {} } },
      ],
    },
    ["rules[0] has a rule group without overrideAction alone", "rules[1] has no action alone"],
  ],
  [
    "aws-tags-waf",
    { tags: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, "v"])) },
    ["tags has 51 tags"],
  ],
  [
    "wafv2-association-resource",
    { resourceArn: "arn:aws:apigateway:ap-northeast-2::/apis/abc" },
    ['resourceArn is "arn:aws:apigateway:ap-northeast-2::/apis/abc"'],
  ],
  ["apigw-api-name", { name: "" }, ["name has 0 characters"]],
  ["apigw-api-protocol", { protocolType: "REST" }, ['protocolType is "REST"']],
  [
    "apigw-api-cors",
    {
      corsConfiguration: {
        allowCredentials: true,
        allowOrigins: ["*"],
        allowMethods: ["FETCH"],
        maxAge: 90_000,
      },
    },
    ['allowOrigins has "*" with allowCredentials', 'allowMethods has "FETCH"', "maxAge is 90000"],
  ],
  ["aws-tags-api", { tags: { "": "empty key" } }, ['tags has the tag ""']],
  ["apigw-authorizer-name", { name: "x".repeat(129) }, ["name has 129 characters"]],
  [
    "apigw-authorizer-type",
    { authorizerType: "COGNITO_USER_POOLS" },
    ['authorizerType is "COGNITO_USER_POOLS"'],
  ],
  [
    "apigw-jwt-configuration",
    { authorizerType: "JWT", jwtConfiguration: { issuer: "http://issuer", audiences: [] } },
    ['jwtConfiguration.issuer is "http://issuer"', "jwtConfiguration.audiences is empty"],
  ],
  [
    "apigw-jwt-identity-source",
    { authorizerType: "JWT", identitySources: ["$request.querystring.token"] },
    ['identitySources is ["$request.querystring.token"]'],
  ],
  [
    "apigw-jwt-no-result-cache",
    { authorizerType: "JWT", authorizerResultTtlInSeconds: 300 },
    ["authorizerResultTtlInSeconds is 300"],
  ],
  ["apigw-integration-type", { integrationType: "HTTP_PROXY_V2" }, ['integrationType is "HTTP_PROXY_V2"']],
  ["apigw-integration-method", { integrationMethod: "FETCH" }, ['integrationMethod is "FETCH"']],
  [
    "apigw-integration-payload",
    { integrationType: "HTTP_PROXY", payloadFormatVersion: "2.0" },
    ['payloadFormatVersion is "2.0"'],
  ],
  ["apigw-integration-timeout", { timeoutMilliseconds: 30_001 }, ["timeoutMilliseconds is 30001"]],
  [
    "apigw-integration-uri",
    { integrationUri: "orders.internal/{id}" },
    ['integrationUri is "orders.internal/{id}"'],
  ],
  ["apigw-route-key", { routeKey: "FETCH /orders" }, ['routeKey is "FETCH /orders"']],
  ["apigw-route-auth-type", { authorizationType: "COGNITO" }, ['authorizationType is "COGNITO"']],
  [
    "apigw-route-scopes",
    { authorizationType: "NONE", authorizationScopes: ["orders.read"] },
    ["authorizationScopes on a NONE route"],
  ],
  ["apigw-route-target", { target: "lambda/xyz" }, ['target is "lambda/xyz"']],
  ["apigw-stage-name", { name: "" }, ["name has 0 characters"]],
  [
    "apigw-stage-access-log",
    { accessLogSettings: { destinationArn: "arn:aws:s3:::logs", format: "{}" } },
    [
      'accessLogSettings.destinationArn is "arn:aws:s3:::logs"',
      "accessLogSettings.format does not record $context.requestId",
    ],
  ],
  ["aws-tags-stage", { tags: { k: "v".repeat(257) } }, ['tags has the tag "k"']],
  ["apigw-domain-name", { domainName: "" }, ["domainName has 0 characters"]],
  [
    "apigw-domain-configuration",
    {
      domainNameConfiguration: {
        endpointType: "EDGE",
        securityPolicy: "TLS_1_0",
        certificateArn: "arn:aws:iam::123456789012:server-certificate/x",
      },
    },
    [
      'endpointType is "EDGE"',
      'securityPolicy is "TLS_1_0"',
      'certificateArn is "arn:aws:iam::123456789012:server-certificate/x"',
    ],
  ],
  ["aws-tags-api-domain", { tags: { "AWS:x": "y" } }, ['tags has the tag "AWS:x"']],
  [
    "apigw-stage-log-group",
    { accessLogSettings: { destinationArn: "logs" } },
    ['accessLogSettings.destinationArn is "logs"'],
  ],
];
