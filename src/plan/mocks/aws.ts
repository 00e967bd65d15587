import { HEX, LOWER_ALNUM, MIXED_ALNUM, MOCK_ACCOUNT, type MockFor, uuid } from "./common";

const ACCOUNT = MOCK_ACCOUNT.awsAccountId;
const arn = (service: string, region: string, resource: string) =>
  `arn:aws:${service}:${region}:${ACCOUNT}:${resource}`;

/** ElastiCache's short region code in serverless endpoints: ap-northeast-2 → apne2, us-east-1 → use1. */
function shortRegion(region: string): string {
  const [area = "", direction = "", number = ""] = region.split("-");
  const compass = direction
    .replace(/north/g, "n")
    .replace(/south/g, "s")
    .replace(/east/g, "e")
    .replace(/west/g, "w");
  return `${area}${compass.replace("central", "c")}${number}`;
}

/** AWS resource outputs in the provider's real formats, keyed by resource type. */
export const AWS_MOCK_OUTPUTS: Readonly<Record<string, MockFor>> = {
  "aws:cognito/userPool:UserPool": ({ inputs, region, id }) => {
    const poolId = `${region}_${id(9, MIXED_ALNUM)}`;
    return {
      id: poolId,
      state: {
        ...inputs,
        arn: `arn:aws:cognito-idp:${region}:${MOCK_ACCOUNT.awsAccountId}:userpool/${poolId}`,
        endpoint: `cognito-idp.${region}.amazonaws.com/${poolId}`,
        estimatedNumberOfUsers: 0,
      },
    };
  },
  "aws:cognito/userPoolClient:UserPoolClient": ({ inputs, id }) => ({
    id: id(26, LOWER_ALNUM),
    state: { ...inputs, clientSecret: inputs.generateSecret ? id(52, LOWER_ALNUM) : "" },
  }),
  "aws:cognito/userPoolDomain:UserPoolDomain": ({ inputs, id }) => ({
    id: String(inputs.domain),
    state: {
      ...inputs,
      awsAccountId: MOCK_ACCOUNT.awsAccountId,
      cloudfrontDistribution: `d${id(13, LOWER_ALNUM)}.cloudfront.net`,
      cloudfrontDistributionZoneId: "Z2FDTNDATAQYW2",
      version: "1",
    },
  }),
  "aws:cognito/resourceServer:ResourceServer": ({ inputs }) => ({
    id: `${String(inputs.userPoolId)}|${String(inputs.identifier)}`,
    state: {
      ...inputs,
      scopeIdentifiers: ((inputs.scopes as { scopeName: string }[] | undefined) ?? []).map(
        (s) => `${String(inputs.identifier)}/${s.scopeName}`,
      ),
    },
  }),
  "aws:cognito/managedLoginBranding:ManagedLoginBranding": ({ inputs, id }) => {
    const brandingId = uuid(id);
    return {
      id: `${String(inputs.userPoolId)},${brandingId}`,
      state: { ...inputs, managedLoginBrandingId: brandingId },
    };
  },
  "aws:cognito/identityProvider:IdentityProvider": ({ inputs }) => ({
    id: `${String(inputs.userPoolId)}:${String(inputs.providerName)}`,
    state: { ...inputs },
  }),
  "aws:cognito/riskConfiguration:RiskConfiguration": ({ inputs }) => ({
    id: String(inputs.userPoolId),
    state: { ...inputs },
  }),
  "aws:cognito/logDeliveryConfiguration:LogDeliveryConfiguration": ({ inputs }) => ({
    id: String(inputs.userPoolId),
    state: { ...inputs },
  }),
  "aws:kms/key:Key": ({ inputs, region, id }) => {
    const keyId = uuid(id);
    return {
      id: keyId,
      state: { ...inputs, keyId, arn: arn("kms", region, `key/${keyId}`), keyUsage: "ENCRYPT_DECRYPT" },
    };
  },
  "aws:kms/alias:Alias": ({ inputs, region }) => ({
    id: String(inputs.name),
    state: { ...inputs, arn: arn("kms", region, String(inputs.name)) },
  }),
  "aws:sns/topic:Topic": ({ inputs, region }) => {
    const topicArn = arn("sns", region, String(inputs.name));
    return { id: topicArn, state: { ...inputs, arn: topicArn, owner: ACCOUNT } };
  },
  "aws:sns/topicPolicy:TopicPolicy": ({ inputs }) => ({
    id: String(inputs.arn),
    state: { ...inputs, owner: ACCOUNT },
  }),
  "aws:sns/topicSubscription:TopicSubscription": ({ inputs, id }) => {
    const subscriptionArn = `${String(inputs.topic)}:${uuid(id)}`;
    return {
      id: subscriptionArn,
      state: { ...inputs, arn: subscriptionArn, ownerId: ACCOUNT, pendingConfirmation: true },
    };
  },
  "aws:cloudwatch/logGroup:LogGroup": ({ inputs, region }) => ({
    id: String(inputs.name),
    state: { ...inputs, arn: arn("logs", region, `log-group:${String(inputs.name)}`) },
  }),
  "aws:cloudwatch/metricAlarm:MetricAlarm": ({ inputs, region }) => ({
    id: String(inputs.name),
    state: { ...inputs, arn: arn("cloudwatch", region, `alarm:${String(inputs.name)}`) },
  }),
  "aws:cloudwatch/dashboard:Dashboard": ({ inputs }) => ({
    id: String(inputs.dashboardName),
    state: {
      ...inputs,
      dashboardArn: `arn:aws:cloudwatch::${ACCOUNT}:dashboard/${String(inputs.dashboardName)}`,
    },
  }),
  "aws:cloudwatch/eventRule:EventRule": ({ inputs, region }) => ({
    id: String(inputs.name),
    state: { ...inputs, arn: arn("events", region, `rule/${String(inputs.name)}`), eventBusName: "default" },
  }),
  "aws:cloudwatch/eventTarget:EventTarget": ({ inputs }) => ({
    id: `${String(inputs.rule)}-${String(inputs.targetId)}`,
    state: { ...inputs, eventBusName: "default" },
  }),
  "aws:guardduty/detector:Detector": ({ inputs, region, id }) => {
    const detectorId = id(32, HEX);
    return {
      id: detectorId,
      state: { ...inputs, accountId: ACCOUNT, arn: arn("guardduty", region, `detector/${detectorId}`) },
    };
  },
  "aws:wafv2/webAcl:WebAcl": ({ inputs, region, id }) => {
    const aclId = uuid(id);
    return {
      id: aclId,
      state: {
        ...inputs,
        arn: arn("wafv2", region, `regional/webacl/${String(inputs.name)}/${aclId}`),
        capacity: 1025,
        lockToken: uuid(id),
      },
    };
  },
  "aws:wafv2/webAclAssociation:WebAclAssociation": ({ inputs }) => ({
    id: `${String(inputs.webAclArn)},${String(inputs.resourceArn)}`,
    state: { ...inputs },
  }),
  "aws:apigatewayv2/api:Api": ({ inputs, region, id }) => {
    const apiId = id(10, LOWER_ALNUM);
    return {
      id: apiId,
      state: {
        ...inputs,
        apiEndpoint: `https://${apiId}.execute-api.${region}.amazonaws.com`,
        arn: `arn:aws:apigateway:${region}::/apis/${apiId}`,
        executionArn: arn("execute-api", region, apiId),
        routeSelectionExpression: "$request.method $request.path",
      },
    };
  },
  "aws:apigatewayv2/authorizer:Authorizer": ({ inputs, id }) => ({
    id: id(6, LOWER_ALNUM),
    state: { ...inputs },
  }),
  "aws:apigatewayv2/integration:Integration": ({ inputs, id }) => ({
    id: id(7, LOWER_ALNUM),
    state: { ...inputs, connectionType: "INTERNET", integrationResponseSelectionExpression: "" },
  }),
  "aws:apigatewayv2/route:Route": ({ inputs, id }) => ({ id: id(7, LOWER_ALNUM), state: { ...inputs } }),
  "aws:apigatewayv2/stage:Stage": ({ inputs, region }) => ({
    id: String(inputs.name),
    state: {
      ...inputs,
      arn: `arn:aws:apigateway:${region}::/apis/${String(inputs.apiId)}/stages/${String(inputs.name)}`,
      invokeUrl: `https://${String(inputs.apiId)}.execute-api.${region}.amazonaws.com/`,
    },
  }),
  "aws:apigatewayv2/domainName:DomainName": ({ inputs, region, id }) => ({
    id: String(inputs.domainName),
    state: {
      ...inputs,
      apiMappingSelectionExpression: "$request.basepath",
      arn: `arn:aws:apigateway:${region}::/domainnames/${String(inputs.domainName)}`,
      domainNameConfiguration: {
        ...(inputs.domainNameConfiguration as Record<string, unknown>),
        targetDomainName: `d-${id(10, LOWER_ALNUM)}.execute-api.${region}.amazonaws.com`,
        hostedZoneId: "Z20JF4UZKIW1U8",
      },
    },
  }),
  "aws:apigatewayv2/apiMapping:ApiMapping": ({ inputs, id }) => ({
    id: id(6, LOWER_ALNUM),
    state: { ...inputs },
  }),
  "aws:elasticache/user:User": ({ inputs, region }) => ({
    id: String(inputs.userId),
    state: { ...inputs, arn: arn("elasticache", region, `user:${String(inputs.userId)}`) },
  }),
  "aws:elasticache/userGroup:UserGroup": ({ inputs, region }) => ({
    id: String(inputs.userGroupId),
    state: { ...inputs, arn: arn("elasticache", region, `usergroup:${String(inputs.userGroupId)}`) },
  }),
  "aws:elasticache/serverlessCache:ServerlessCache": ({ inputs, region, id }) => {
    const host = `${String(inputs.name)}-${id(6, LOWER_ALNUM)}.serverless.${shortRegion(region)}.cache.amazonaws.com`;
    return {
      id: String(inputs.name),
      state: {
        ...inputs,
        arn: arn("elasticache", region, `serverlesscache:${String(inputs.name)}`),
        endpoints: [{ address: host, port: 6379 }],
        readerEndpoints: [{ address: host, port: 6380 }],
        fullEngineVersion: "8.0",
        status: "available",
      },
    };
  },
};
