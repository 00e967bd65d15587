import { describe, expect, it } from "vitest";
import { settingsOf, validateStack } from "../support/harness";
import { CERT, problemsOf, withValues } from "./loadBalancerSupport";

describe("GIVEN aws.loadBalancer in a region or left to its defaults WHEN the stack is validated", () => {
  it("THEN a region without the Cognito integration is refused", async () => {
    const values = withValues((_v, lb) => {
      lb.certificateArn = CERT.replace("ap-northeast-2", "ap-southeast-5");
    });
    expect(await problemsOf(values, "ap-southeast-5")).toEqual([
      {
        path: "aws.loadBalancer",
        message:
          'is not available in ap-southeast-5: Elastic Load Balancing offers the Cognito integration only in us-east-1, us-east-2, us-west-1, us-west-2, ca-central-1, ca-west-1, eu-north-1, eu-south-1, eu-central-1, eu-central-2, eu-west-1, eu-west-2, eu-west-3, eu-south-2, sa-east-1, ap-east-1, ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-south-2, ap-southeast-1, ap-southeast-2, ap-southeast-3, ap-southeast-4, me-central-1, me-south-1, af-south-1, il-central-1; received "www.hanbit.co.kr"',
      },
    ]);
  });

  it("THEN there is no load balancer where the web ACL cannot protect the user pool", async () => {
    const values = withValues((_v, lb) => {
      lb.certificateArn = CERT.replace("ap-northeast-2", "eu-south-2");
    });
    expect(await problemsOf(values, "eu-south-2")).toEqual([
      {
        path: "aws.waf.enabled",
        message:
          "must be false in eu-south-2 (AWS WAF cannot be associated with a user pool there); received true",
      },
    ]);
    const off = withValues((v, lb) => {
      lb.certificateArn = CERT.replace("ap-northeast-2", "eu-south-2");
      (v.aws as Record<string, unknown>).waf = { enabled: false };
    });
    expect(await problemsOf(off, "eu-south-2")).toEqual([
      {
        path: "aws.waf.enabled",
        message:
          "must be true with aws.loadBalancer (the web ACL protects the load balancer too); received false",
      },
    ]);
  });

  it("THEN the defaults fill the optional keys", async () => {
    const values = withValues((v) => {
      (v.aws as Record<string, unknown>).loadBalancer = {
        domainName: "www.hanbit.co.kr",
        certificateArn: CERT,
        subnetIds: ["subnet-0b2c4d6e8f0a1b3c5", "subnet-0d4e6f8a0b2c4d6e7"],
        targets: { ids: ["10.20.1.15"], port: 8443 },
      };
    });
    const { config } = await validateStack(
      settingsOf(values, { providerConfig: { "aws:region": "ap-northeast-2" }, secretKeys: ["identity"] }),
    );
    expect(config.cloud === "aws" && config.aws.loadBalancer).toEqual({
      domainName: "www.hanbit.co.kr",
      certificateArn: CERT,
      subnetIds: ["subnet-0b2c4d6e8f0a1b3c5", "subnet-0d4e6f8a0b2c4d6e7"],
      deletionProtection: true,
      tlsPolicy: "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09",
      apiPaths: ["/api/*"],
      signedOutPath: "/signed-out",
      sessionCookieName: "AWSELBAuthSessionCookie",
      rateLimit: 2000,
      targets: { ids: ["10.20.1.15"], port: 8443, protocol: "HTTPS", healthCheckPath: "/" },
      alarms: { server5xxPercent: 5, authFailures: 20 },
    });
  });
});
