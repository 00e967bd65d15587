import { beforeAll, describe, expect, it } from "vitest";
import { accessLogBucketPolicy } from "../../src/aws/edge/accessLogs";
import { ELB_LOG_SERVICE, logDeliveryPrincipal } from "../../src/aws/edge/logDelivery";
import { elbName } from "../../src/aws/edge/names";
import type { Plan } from "../../src/plan/model";
import { all, only } from "../support/harness";
import { ACCOUNT, dependencyNames, POOL_ID, planExample, planVariant, TAGS } from "./support";

const REGION = "ap-northeast-2";
const ELB = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}`;
const LB_ARN = `${ELB}:loadbalancer/app/hanbit-aws-edge/46cf4d5aae87d766`;
const TG_ARN = `${ELB}:targetgroup/hanbit-aws-edge-app/2dd3dcbad035cd6b`;
const LISTENER_ARN = `${ELB}:listener/app/hanbit-aws-edge/46cf4d5aae87d766/ee99013b01ea70db`;
const SG_ID = "sg-e655e3ff926daf8d5";
const BUCKET = "hanbit-aws-alb-logs-123456789012";
const TOPIC_ARN = `arn:aws:sns:${REGION}:${ACCOUNT}:hanbit-aws-alerts`;
const WEB_CLIENT = "b5200zfr8o4klcusw5ei0noq1c";

const authenticate = (onUnauthenticatedRequest: string, userPoolDomain = "hanbit-login") => ({
  type: "authenticate-cognito",
  order: 1,
  authenticateCognito: {
    userPoolArn: `arn:aws:cognito-idp:${REGION}:${ACCOUNT}:userpool/${POOL_ID}`,
    userPoolClientId: WEB_CLIENT,
    userPoolDomain,
    scope: "openid email profile",
    sessionCookieName: "AWSELBAuthSessionCookie",
    sessionTimeout: 43_200, // session.absoluteTimeout: 12h
    onUnauthenticatedRequest,
  },
});
const forward = (order: number) => ({ type: "forward", order, targetGroupArn: TG_ARN });
const rule = (suffix: string, description: string, cidrIpv4: string, port: number) => ({
  suffix,
  inputs: {
    securityGroupId: SG_ID,
    description,
    cidrIpv4,
    ipProtocol: "tcp",
    fromPort: port,
    toPort: port,
    tags: TAGS,
  },
});

let plan: Plan;
beforeAll(async () => {
  plan = await planExample();
});

describe("GIVEN the example stack with aws.loadBalancer WHEN planned", () => {
  it("THEN the load balancer is internet-facing in the given subnets, drops invalid headers, resists deletion and logs to S3", () => {
    const lb = only(plan, "aws:lb/loadBalancer:LoadBalancer");
    expect(lb.inputs).toEqual({
      name: "hanbit-aws-edge",
      internal: false,
      loadBalancerType: "application",
      ipAddressType: "ipv4",
      subnets: ["subnet-0b2c4d6e8f0a1b3c5", "subnet-0d4e6f8a0b2c4d6e7"],
      securityGroups: [SG_ID],
      dropInvalidHeaderFields: true,
      enableDeletionProtection: true,
      accessLogs: { bucket: BUCKET, prefix: "alb", enabled: true },
      tags: TAGS,
    });
    // Elastic Load Balancing checks that it may write to the bucket when access logs are turned on.
    expect(dependencyNames(lb)).toEqual(["hanbit-edge-logs", "hanbit-edge-logs-policy", "hanbit-edge-sg"]);
    expect(lb.protect).toBe(false);
  });

  it("THEN HTTPS uses the TLS 1.3 policy and the certificate, and signs users in before forwarding", () => {
    expect(only(plan, "aws:lb/listener:Listener", "hanbit-edge-https").inputs).toEqual({
      loadBalancerArn: LB_ARN,
      port: 443,
      protocol: "HTTPS",
      sslPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09",
      certificateArn: `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/8d3f1c2a-6b5e-4f70-9a1d-2c3b4e5f6a7b`,
      defaultActions: [authenticate("authenticate"), forward(2)],
      tags: TAGS,
    });
  });

  it("THEN HTTP only redirects to HTTPS with a 301", () => {
    expect(only(plan, "aws:lb/listener:Listener", "hanbit-edge-http").inputs).toEqual({
      loadBalancerArn: LB_ARN,
      port: 80,
      protocol: "HTTP",
      defaultActions: [
        { type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } },
      ],
      tags: TAGS,
    });
  });

  it("THEN API paths answer 401 and the signed-out page needs no sign-in", () => {
    const rules = Object.fromEntries(
      all(plan, "aws:lb/listenerRule:ListenerRule").map((r) => [r.name, r.inputs]),
    );
    expect(rules).toEqual({
      "hanbit-edge-signed-out": {
        listenerArn: LISTENER_ARN,
        priority: 10,
        conditions: [{ pathPattern: { values: ["/signed-out"] } }],
        actions: [forward(1)],
        tags: TAGS,
      },
      "hanbit-edge-api": {
        listenerArn: LISTENER_ARN,
        priority: 20,
        conditions: [{ pathPattern: { values: ["/api/*", "/cart/items/*"] } }],
        actions: [authenticate("deny"), forward(2)],
        tags: TAGS,
      },
    });
  });

  it("THEN the targets sit behind a health-checked HTTPS target group in the subnets' VPC", () => {
    expect(only(plan, "aws:lb/targetGroup:TargetGroup").inputs).toEqual({
      name: "hanbit-aws-edge-app",
      vpcId: "vpc-0c1d2e3f4a5b69788",
      targetType: "ip",
      port: 8443,
      protocol: "HTTPS",
      healthCheck: {
        enabled: true,
        path: "/healthz",
        protocol: "HTTPS",
        interval: 30,
        timeout: 5,
        healthyThreshold: 3,
        unhealthyThreshold: 3,
        matcher: "200-399",
      },
      tags: TAGS,
    });
    expect(all(plan, "aws:lb/targetGroupAttachment:TargetGroupAttachment").map((a) => a.inputs)).toEqual([
      { targetGroupArn: TG_ARN, targetId: "10.20.1.15", port: 8443 },
      { targetGroupArn: TG_ARN, targetId: "10.20.2.15", port: 8443 },
    ]);
  });

  it("THEN the security group admits 443 and 80 and reaches only Cognito (443) and the VPC on the target port", () => {
    expect(only(plan, "aws:ec2/securityGroup:SecurityGroup").inputs).toEqual({
      name: "hanbit-aws-edge",
      description: "Load balancer hanbit-aws-edge: HTTPS in, identity provider and targets out",
      vpcId: "vpc-0c1d2e3f4a5b69788",
      tags: TAGS,
    });
    const rules = [
      ...all(plan, "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"),
      ...all(plan, "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule"),
    ].map((r) => ({ suffix: r.name.replace("hanbit-edge-sg-", ""), inputs: r.inputs }));
    expect(rules).toEqual([
      rule("https-in", "HTTPS from browsers", "0.0.0.0/0", 443),
      rule("http-in", "HTTP from browsers, redirected to HTTPS", "0.0.0.0/0", 80),
      rule("idp-out", "Amazon Cognito token and user-info endpoints", "0.0.0.0/0", 443),
      rule("targets-out", "The targets, inside the VPC", "10.20.0.0/16", 8443),
    ]);
  });

  it("THEN the log bucket is protected, SSE-S3 encrypted, private, owner-enforced and expires logs after logRetention", () => {
    const bucket = only(plan, "aws:s3/bucket:Bucket");
    expect(bucket.inputs).toEqual({ bucket: BUCKET, forceDestroy: false, tags: TAGS });
    expect(bucket.protect).toBe(true);
    const byType = (type: string) => only(plan, `aws:s3/${type}`).inputs;
    expect(byType("bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration")).toEqual(
      {
        bucket: BUCKET,
        rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
      },
    );
    expect(byType("bucketPublicAccessBlock:BucketPublicAccessBlock")).toEqual({
      bucket: BUCKET,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    expect(byType("bucketOwnershipControls:BucketOwnershipControls")).toEqual({
      bucket: BUCKET,
      rule: { objectOwnership: "BucketOwnerEnforced" },
    });
    expect(byType("bucketLifecycleConfiguration:BucketLifecycleConfiguration")).toEqual({
      bucket: BUCKET,
      rules: [
        { id: "expire-access-logs", status: "Enabled", filter: { prefix: "alb/" }, expiration: { days: 90 } },
      ],
    });
  });

  it("THEN the bucket policy lets Seoul's ELB account write this account's logs and refuses plain HTTP", () => {
    const policy = only(plan, "aws:s3/bucketPolicy:BucketPolicy").inputs;
    expect(policy.bucket).toBe(BUCKET);
    expect(JSON.parse(String(policy.policy))).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "AllowAlbLogDelivery",
          Effect: "Allow",
          Principal: { AWS: "arn:aws:iam::600734575887:root" },
          Action: "s3:PutObject",
          Resource: `arn:aws:s3:::${BUCKET}/alb/AWSLogs/${ACCOUNT}/*`,
        },
        {
          Sid: "DenyInsecureTransport",
          Effect: "Deny",
          Principal: "*",
          Action: "s3:*",
          Resource: [`arn:aws:s3:::${BUCKET}`, `arn:aws:s3:::${BUCKET}/*`],
          Condition: { Bool: { "aws:SecureTransport": "false" } },
        },
      ],
    });
  });

  it("THEN the platform's web ACL is associated with the load balancer too", () => {
    const association = only(
      plan,
      "aws:wafv2/webAclAssociation:WebAclAssociation",
      "hanbit-edge-waf-association",
    );
    expect(association.inputs).toEqual({
      resourceArn: LB_ARN,
      webAclArn: expect.stringMatching(
        /^arn:aws:wafv2:ap-northeast-2:123456789012:regional\/webacl\/hanbit-aws-user-pool\/[0-9a-f-]{36}$/,
      ),
    });
  });

  it("THEN three alarms on the load balancer notify the alert topic", () => {
    const alarms = Object.fromEntries(
      all(plan, "aws:cloudwatch/metricAlarm:MetricAlarm")
        .filter((a) => a.name.startsWith("hanbit-edge"))
        .map((a) => [a.name, a.inputs]),
    );
    const dimensions = { LoadBalancer: "app/hanbit-aws-edge/46cf4d5aae87d766" };
    const common = {
      alarmActions: [TOPIC_ARN],
      okActions: [TOPIC_ARN],
      tags: TAGS,
      treatMissingData: "notBreaching",
    };
    const metric = (metricName: string) => ({
      namespace: "AWS/ApplicationELB",
      metricName,
      dimensions,
      period: 300,
      stat: "Sum",
    });
    const count = (name: string, description: string, metricName: string, threshold: number) => ({
      ...common,
      name,
      alarmDescription: description,
      namespace: "AWS/ApplicationELB",
      metricName,
      dimensions,
      statistic: "Sum",
      period: 300,
      comparisonOperator: "GreaterThanOrEqualToThreshold",
      threshold,
      evaluationPeriods: 1,
    });
    expect(alarms).toEqual({
      "hanbit-edge-5xx-alarm": {
        ...common,
        name: "hanbit-aws-edge-5xx",
        alarmDescription: "The load balancer or its targets fail requests (5xx).",
        metricQueries: [
          { id: "elb", metric: metric("HTTPCode_ELB_5XX_Count"), returnData: false },
          { id: "target", metric: metric("HTTPCode_Target_5XX_Count"), returnData: false },
          { id: "requests", metric: metric("RequestCount"), returnData: false },
          {
            id: "rate",
            expression: "IF(requests >= 20, 100 * (FILL(elb, 0) + FILL(target, 0)) / requests, 0)",
            label: "5xx responses (% of requests)",
            returnData: true,
          },
        ],
        comparisonOperator: "GreaterThanThreshold",
        threshold: 5,
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
      },
      "hanbit-edge-auth-errors-alarm": count(
        "hanbit-aws-edge-auth-errors",
        "The load balancer could not complete sign-ins (ELBAuthError): Cognito unreachable or the action misconfigured.",
        "ELBAuthError",
        1,
      ),
      "hanbit-edge-auth-failures-alarm": count(
        "hanbit-aws-edge-auth-failures",
        "Cognito refused at least 20 load-balancer sign-ins in 5 minutes (ELBAuthFailure).",
        "ELBAuthFailure",
        20,
      ),
    });
  });

  it("THEN the outputs give the edge endpoint, the DNS target and the signer of the user claims", () => {
    expect(plan.outputs.edgeEndpoint).toBe("https://www.hanbit.co.kr");
    expect(plan.outputs.edgeDnsTarget).toMatch(
      /^hanbit-aws-edge-[1-9]\d{8}\.ap-northeast-2\.elb\.amazonaws\.com$/,
    );
    expect(plan.outputs.edgeSigner).toBe(LB_ARN);
  });
});

describe("GIVEN a custom sign-in domain, instance targets over HTTP and deletion protection off WHEN planned", () => {
  it("THEN the action names the custom domain, the target type is instance and protection is off", async () => {
    const variant = await planVariant((v) => {
      const aws = v.aws as Record<string, Record<string, unknown>>;
      aws.domain = {
        customDomain: "login.hanbit.co.kr",
        certificateArn: "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
      };
      const lb = aws.loadBalancer as Record<string, unknown>;
      lb.deletionProtection = false;
      lb.targets = { ids: ["i-0a1b2c3d4e5f60718"], port: 8080, protocol: "HTTP" };
    });
    const https = only(variant, "aws:lb/listener:Listener", "hanbit-edge-https").inputs;
    expect(
      (https.defaultActions as { authenticateCognito?: unknown }[])[0]?.authenticateCognito,
    ).toMatchObject({
      userPoolDomain: "login.hanbit.co.kr",
    });
    expect(only(variant, "aws:lb/targetGroup:TargetGroup").inputs).toMatchObject({
      targetType: "instance",
      port: 8080,
      protocol: "HTTP",
      healthCheck: { path: "/", protocol: "HTTP" },
    });
    expect(only(variant, "aws:lb/loadBalancer:LoadBalancer").inputs.enableDeletionProtection).toBe(false);
  });
});

describe("GIVEN a region WHEN the access-log delivery principal is chosen", () => {
  it.each([
    ["ap-northeast-2", "aws", { AWS: "arn:aws:iam::600734575887:root" }],
    ["us-east-1", "aws", { AWS: "arn:aws:iam::127311923021:root" }],
    ["us-gov-west-1", "aws-us-gov", { AWS: "arn:aws-us-gov:iam::048591011584:root" }],
    ["ap-southeast-4", "aws", { Service: ELB_LOG_SERVICE }],
    ["il-central-1", "aws", { Service: "logdelivery.elasticloadbalancing.amazonaws.com" }],
  ])("THEN %s (%s) delivers as %j", (region, partition, principal) => {
    expect(logDeliveryPrincipal(region, partition)).toEqual(principal);
    const policy = accessLogBucketPolicy("arn:aws:s3:::b", { accountId: ACCOUNT, partition }, region);
    expect(policy.Statement[0]?.Principal).toEqual(principal);
  });
});

describe("GIVEN a platform name, stack and suffix WHEN the load balancer's names are derived", () => {
  it.each([
    ["hanbit", "aws", "edge", "hanbit-aws-edge"],
    ["hanbit", "prod_eu.1", "edge", "hanbit-prod-eu-1-edge"],
    ["brogan", "aws-alb-instances", "edge-app", "brogan-aws-alb-i-334c49-edge-app"],
    ["brogan", "aws-alb-instances", "edge", "brogan-aws-alb-instances-edge"],
  ])("THEN %s, %s and %s give %s (at most 32 characters)", (name, stack, suffix, expected) => {
    const result = elbName({ config: { name } as never, stack }, suffix);
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(32);
    expect(result).toMatch(/^[0-9A-Za-z](?:[0-9A-Za-z-]*[0-9A-Za-z])?$/);
  });
});
