import { beforeAll, describe, expect, it } from "vitest";
import { AWS_CHECKS, runChecklist } from "../../src/aws/checklist";
import { appAccessString, cacheId } from "../../src/aws/sessionStore";
import type { Plan, PlannedResource } from "../../src/plan/model";
import { all, only } from "../support/harness";
import { countByType, dependencyNames, POOL_ID, planExample, planVariant, TAGS } from "./support";

let plan: Plan;
beforeAll(async () => {
  plan = await planExample();
});

describe("GIVEN the example stack WHEN planned", () => {
  it("THEN it registers exactly these resources", () => {
    expect(countByType(plan)).toEqual({
      "pulumi:pulumi:Stack": 1,
      "auth-platform:index:AuthPlatform": 1,
      "aws:kms/key:Key": 1,
      "aws:kms/alias:Alias": 1,
      "aws:sns/topic:Topic": 1,
      "aws:sns/topicPolicy:TopicPolicy": 1,
      "aws:sns/topicSubscription:TopicSubscription": 2,
      "aws:cognito/userPool:UserPool": 1,
      "aws:cognito/resourceServer:ResourceServer": 1,
      "aws:cognito/identityProvider:IdentityProvider": 3,
      "aws:cognito/userPoolClient:UserPoolClient": 4,
      "aws:cognito/managedLoginBranding:ManagedLoginBranding": 3,
      "aws:cognito/userPoolDomain:UserPoolDomain": 1,
      "aws:cognito/riskConfiguration:RiskConfiguration": 1,
      "aws:cognito/logDeliveryConfiguration:LogDeliveryConfiguration": 1,
      "aws:wafv2/webAcl:WebAcl": 1,
      "aws:wafv2/webAclAssociation:WebAclAssociation": 2,
      "aws:guardduty/detector:Detector": 1,
      "aws:cloudwatch/eventRule:EventRule": 1,
      "aws:cloudwatch/eventTarget:EventTarget": 1,
      "aws:cloudwatch/logGroup:LogGroup": 2,
      "aws:cloudwatch/metricAlarm:MetricAlarm": 12,
      "aws:cloudwatch/dashboard:Dashboard": 1,
      "aws:apigatewayv2/api:Api": 1,
      "aws:apigatewayv2/authorizer:Authorizer": 1,
      "aws:apigatewayv2/integration:Integration": 4,
      "aws:apigatewayv2/route:Route": 5,
      "aws:apigatewayv2/stage:Stage": 1,
      "aws:elasticache/user:User": 2,
      "random:index/randomPassword:RandomPassword": 1,
      "aws:elasticache/userGroup:UserGroup": 1,
      "aws:elasticache/serverlessCache:ServerlessCache": 1,
      "aws:ec2/securityGroup:SecurityGroup": 1,
      "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule": 2,
      "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule": 2,
      "aws:s3/bucket:Bucket": 1,
      "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration": 1,
      "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock": 1,
      "aws:s3/bucketOwnershipControls:BucketOwnershipControls": 1,
      "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration": 1,
      "aws:s3/bucketPolicy:BucketPolicy": 1,
      "aws:lb/loadBalancer:LoadBalancer": 1,
      "aws:lb/targetGroup:TargetGroup": 1,
      "aws:lb/targetGroupAttachment:TargetGroupAttachment": 2,
      "aws:lb/listener:Listener": 2,
      "aws:lb/listenerRule:ListenerRule": 2,
    });
  });

  it("THEN every cloud resource is a child of the platform component", () => {
    const component = only(plan, "auth-platform:index:AuthPlatform").urn;
    const children = plan.resources.filter((r) => r.custom);
    expect(children.filter((r) => r.parent !== component).map((r) => r.name)).toEqual([]);
  });

  it("THEN exactly the user pool, the session cache and the access-log bucket are protected", () => {
    expect(
      plan.resources
        .filter((r) => r.protect)
        .map((r) => r.name)
        .sort(),
    ).toEqual(["hanbit-edge-logs", "hanbit-sessions", "hanbit-user-pool"]);
  });

  it("THEN the neutral outputs are all filled", () => {
    expect(plan.outputs).toMatchObject({
      cloud: "aws",
      issuerUrl: `https://cognito-idp.ap-northeast-2.amazonaws.com/${POOL_ID}`,
      jwksUrl: `https://cognito-idp.ap-northeast-2.amazonaws.com/${POOL_ID}/.well-known/jwks.json`,
      openIdConfigurationUrl: `https://cognito-idp.ap-northeast-2.amazonaws.com/${POOL_ID}/.well-known/openid-configuration`,
      signInUrl: "https://hanbit-login.auth.ap-northeast-2.amazoncognito.com/oauth2/authorize",
      alertTarget: "arn:aws:sns:ap-northeast-2:123456789012:hanbit-aws-alerts",
      apiEndpoint: "https://guvq9fr6x5.execute-api.ap-northeast-2.amazonaws.com",
      apiScopes: {
        "orders.read": "hanbit-api/orders.read",
        "orders.write": "hanbit-api/orders.write",
        "profile.read": "hanbit-api/profile.read",
        "partner.orders.read": "hanbit-api/partner.orders.read",
      },
    });
    expect(Object.keys(plan.outputs.clientIds as object).sort()).toEqual(["machine", "mobile", "spa", "web"]);
  });
});

describe("GIVEN a session store WHEN planned", () => {
  it("THEN a protected serverless Valkey cache uses a user group of an IAM user and a disabled, password-holding default user", () => {
    const cache = only(plan, "aws:elasticache/serverlessCache:ServerlessCache");
    expect(cache.protect).toBe(true);
    expect(cache.inputs).toEqual({
      name: "hanbit-aws-sessions",
      description: "Sessions of hanbit (aws)",
      engine: "valkey",
      majorEngineVersion: "8",
      subnetIds: ["subnet-0a1b2c3d4e5f60718", "subnet-0f1e2d3c4b5a69788"],
      securityGroupIds: ["sg-0123456789abcdef0"],
      userGroupId: "hanbit-aws-sessions",
      snapshotRetentionLimit: 1,
      cacheUsageLimits: { dataStorage: { maximum: 5, unit: "GB" }, ecpuPerSeconds: [{ maximum: 100000 }] },
      tags: TAGS,
    });
    expect(dependencyNames(cache)).toEqual(["hanbit-sessions-users"]);
    const users = Object.fromEntries(all(plan, "aws:elasticache/user:User").map((u) => [u.name, u.inputs]));
    expect(users).toEqual({
      "hanbit-sessions-default-user": {
        userId: "hanbit-aws-sessions-default",
        userName: "default",
        engine: "valkey",
        accessString: "off -@all",
        // A Valkey user group takes only password or IAM users (ElastiCache RBAC limitations).
        authenticationMode: { type: "password", passwords: ["[secret]"] },
        tags: TAGS,
      },
      "hanbit-sessions-app-user": {
        userId: "hanbit-aws-sessions-app",
        userName: "hanbit-aws-sessions-app",
        engine: "valkey",
        accessString:
          "on ~sess:* -@all +del +eval +evalsha +exists +hget +hmget +hset +info +pexpire +pttl +rename +time +zadd +zcard +zrange +zrem +zremrangebyscore +zscore +cluster|slots +asking +client|setname",
        authenticationMode: { type: "iam" },
        tags: TAGS,
      },
    });
    const password = only(plan, "random:index/randomPassword:RandomPassword");
    expect([password.name, password.inputs]).toEqual([
      "hanbit-sessions-default-password",
      { length: 64, special: false },
    ]);
    expect(dependencyNames(only(plan, "aws:elasticache/user:User", "hanbit-sessions-default-user"))).toEqual([
      "hanbit-sessions-default-password",
    ]);
    expect(only(plan, "aws:elasticache/userGroup:UserGroup").inputs).toEqual({
      userGroupId: "hanbit-aws-sessions",
      engine: "valkey",
      userIds: ["hanbit-aws-sessions-default", "hanbit-aws-sessions-app"],
      tags: TAGS,
    });
  });

  it("THEN the sessionStore output carries the endpoint, TLS, IAM user and cache, and the session timeouts", () => {
    expect(plan.outputs.sessionStore).toEqual({
      host: expect.stringMatching(
        /^hanbit-aws-sessions-[a-z0-9]{6}\.serverless\.apne2\.cache\.amazonaws\.com$/,
      ),
      port: 6379,
      tls: true,
      authMode: "iam",
      keyPrefix: "sess:",
      idleTimeoutSeconds: 1800,
      absoluteTimeoutSeconds: 43200,
      username: "hanbit-aws-sessions-app",
      cacheName: "hanbit-aws-sessions",
      region: "ap-northeast-2",
      clustered: true,
    });
  });

  it.each([
    ["Hanbit_Prod-sessions", "hanbit-prod-sessions"],
    ["9lives--x-", "lives-x"],
  ])("THEN %s becomes the ElastiCache ID %s", (text, id) => {
    expect(cacheId(text)).toBe(id);
  });

  it("THEN the app user may only touch keys under its prefix, with the library's commands and the cluster ones", () => {
    expect(appAccessString("app1:")).toBe(
      "on ~app1:* -@all +del +eval +evalsha +exists +hget +hmget +hset +info +pexpire +pttl +rename +time +zadd +zcard +zrange +zrem +zremrangebyscore +zscore +cluster|slots +asking +client|setname",
    );
  });
});

describe("GIVEN no api, no session store, no load balancer and no alert e-mails WHEN planned", () => {
  it("THEN no gateway, cache, load balancer or subscription exists and the optional outputs are absent", async () => {
    const minimal = await planVariant((v) => {
      delete v.api;
      delete (v.aws as Record<string, unknown>).sessionStore;
      delete (v.aws as Record<string, unknown>).loadBalancer;
      (v.monitoring as Record<string, unknown>).alertEmails = [];
      for (const channel of ["web", "spa", "mobile"] as const) {
        delete (v.clients as Record<string, Record<string, unknown>>)[channel]?.scopes;
      }
      delete (v.clients as Record<string, unknown>).machine;
    });
    const types = Object.keys(countByType(minimal));
    expect(
      types.filter(
        (t) =>
          t.includes("apigatewayv2") ||
          t.includes("elasticache") ||
          t.includes("Subscription") ||
          t.startsWith("aws:lb/") ||
          t.startsWith("aws:s3/") ||
          t.startsWith("aws:ec2/") ||
          t.startsWith("aws:vpc/"),
      ),
    ).toEqual([]);
    expect(Object.keys(minimal.outputs).sort()).toEqual([
      "alertTarget",
      "apiScopes",
      "clientIds",
      "clientSecrets",
      "cloud",
      "immutableSettings",
      "issuerUrl",
      "jwksUrl",
      "openIdConfigurationUrl",
      "signInUrl",
    ]);
    expect(all(minimal, "aws:cloudwatch/metricAlarm:MetricAlarm").length).toBe(6);
  });
});

describe("GIVEN the example stack WHEN the security checklist runs", () => {
  it("THEN every check holds", () => {
    expect(runChecklist(plan).map((r) => [r.id, r.violations])).toEqual([
      ["AwsSolutions-COG1", []],
      ["AwsSolutions-COG2", []],
      ["AwsSolutions-COG8", []],
      ["AwsSolutions-APIG1", []],
      ["AwsSolutions-APIG4", []],
      ["Serverless-APIGWDefaultThrottling", []],
      ["CKV_AWS_95", []],
      ["CKV_AWS_309", []],
      ["CKV_AWS_131", []],
      ["CKV_AWS_91", []],
      ["CKV_AWS_2", []],
      ["CKV_AWS_103", []],
      ["CKV2_AWS_28", []],
    ]);
  });
});

describe("GIVEN resources that break the checklist WHEN it runs", () => {
  const resource = (type: string, name: string, inputs: Record<string, unknown>): PlannedResource => ({
    urn: `urn:${name}`,
    type,
    name,
    parent: null,
    custom: true,
    protect: false,
    retainOnDelete: false,
    dependsOn: [],
    inputs,
  });
  const bad: Plan = {
    project: "p",
    stack: "s",
    cloud: "aws",
    outputs: {},
    resources: [
      resource("aws:cognito/userPool:UserPool", "pool", {
        passwordPolicy: {
          minimumLength: 6,
          requireUppercase: true,
          requireNumbers: false,
          requireSymbols: true,
        },
        mfaConfiguration: "OPTIONAL",
        userPoolTier: "ESSENTIALS",
      }),
      resource("aws:apigatewayv2/stage:Stage", "stage", {
        defaultRouteSettings: { throttlingRateLimit: 100 },
      }),
      resource("aws:apigatewayv2/route:Route", "route", { routeKey: "GET /open", authorizationType: "NONE" }),
      resource("aws:lb/loadBalancer:LoadBalancer", "lb", {
        name: "open-edge",
        internal: false,
        loadBalancerType: "application",
        dropInvalidHeaderFields: false,
      }),
      resource("aws:lb/listener:Listener", "listener", {
        port: 80,
        protocol: "HTTP",
        defaultActions: [{ type: "forward", targetGroupArn: "arn:tg" }],
      }),
      resource("aws:lb/listener:Listener", "tls10", {
        port: 443,
        protocol: "HTTPS",
        sslPolicy: "ELBSecurityPolicy-2016-08",
      }),
    ],
  };

  it("THEN each violation names the resource and what is wrong", () => {
    const found = Object.fromEntries(runChecklist(bad).map((r) => [r.id, r.violations]));
    expect(found).toEqual({
      "AwsSolutions-COG1": ["pool: minimumLength 6 is below 8", "pool: requireNumbers is not true"],
      "AwsSolutions-COG2": ["pool: mfaConfiguration is OPTIONAL, not ON"],
      "AwsSolutions-COG8": ["pool: userPoolTier is ESSENTIALS"],
      "AwsSolutions-APIG1": ["stage: stage has no access log destination and format"],
      "AwsSolutions-APIG4": ["route: route GET /open has authorizationType NONE"],
      "Serverless-APIGWDefaultThrottling": ["stage: throttlingBurstLimit is not set"],
      CKV_AWS_95: ["stage: stage has no access log destination and format"],
      CKV_AWS_309: ["route: route GET /open has authorizationType NONE"],
      CKV_AWS_131: ["lb: dropInvalidHeaderFields is not true"],
      CKV_AWS_91: ["lb: access logs are not enabled"],
      CKV_AWS_2: ["listener: listener on port 80 serves HTTP without redirecting"],
      CKV_AWS_103: ["tls10: sslPolicy ELBSecurityPolicy-2016-08 allows TLS before 1.2"],
      CKV2_AWS_28: ["lb: no web ACL is associated with it"],
    });
    expect(AWS_CHECKS.length).toBe(13);
  });
});
