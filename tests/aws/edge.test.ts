import { beforeAll, describe, expect, it } from "vitest";
import type { Plan } from "../../src/plan/model";
import { all, only } from "../support/harness";
import { BUCKET, LB_ARN, LISTENER_ARN, REGION, SG_ID, TG_ARN, WEB_CLIENT } from "./edgeSupport";
import { ACCOUNT, dependencyNames, POOL_ID, planExample, planVariant, TAGS } from "./support";

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
