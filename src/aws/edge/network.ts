import * as ec2 from "@pulumi/aws/ec2";
import { getSubnetOutput } from "@pulumi/aws/ec2/getSubnet";
import { getVpcOutput } from "@pulumi/aws/ec2/getVpc";
import * as vpc from "@pulumi/aws/vpc";
import type * as pulumi from "@pulumi/pulumi";
import type { LoadBalancerConfig } from "../../config/schema/loadBalancer";
import { type AwsContext, childOf, cloudName } from "../context";

/** Where the load balancer lives: its subnets' VPC and a security group of its own. */
export interface EdgeNetwork {
  readonly vpcId: pulumi.Output<string>;
  readonly securityGroup: ec2.SecurityGroup;
}

const ANYWHERE = "0.0.0.0/0";

/**
 * The rules of the load balancer's security group, pure. Browsers reach it on 443 and 80 (80 only
 * redirects); it reaches Amazon Cognito's token and user-info endpoints on 443, which the ALB user
 * guide requires ("Configure user authentication"), and the targets on their port inside the VPC.
 */
export function edgeSecurityRules(lb: LoadBalancerConfig, vpcCidr: pulumi.Input<string>) {
  return {
    ingress: [
      { suffix: "https-in", description: "HTTPS from browsers", cidrIpv4: ANYWHERE, port: 443 },
      {
        suffix: "http-in",
        description: "HTTP from browsers, redirected to HTTPS",
        cidrIpv4: ANYWHERE,
        port: 80,
      },
    ],
    egress: [
      {
        suffix: "idp-out",
        description: "Amazon Cognito token and user-info endpoints",
        cidrIpv4: ANYWHERE,
        port: 443,
      },
      {
        suffix: "targets-out",
        description: "The targets, inside the VPC",
        cidrIpv4: vpcCidr,
        port: lb.targets.port,
      },
    ],
  } as const;
}

/** The security group of the load balancer and its four rules. */
export function createEdgeNetwork(ctx: AwsContext, lb: LoadBalancerConfig): EdgeNetwork {
  const subnet = getSubnetOutput({ id: lb.subnetIds[0] ?? "" }, { parent: ctx.parent });
  const vpcId = subnet.vpcId;
  const cidr = getVpcOutput({ id: vpcId }, { parent: ctx.parent }).cidrBlock;
  const groupName = cloudName(ctx, "edge");
  const securityGroup = new ec2.SecurityGroup(
    `${ctx.name}-edge-sg`,
    {
      name: groupName,
      description: `Load balancer ${groupName}: HTTPS in, identity provider and targets out`,
      vpcId,
      tags: ctx.config.tags,
    },
    childOf(ctx),
  );
  const rules = edgeSecurityRules(lb, cidr);
  const directions = [
    [rules.ingress, vpc.SecurityGroupIngressRule],
    [rules.egress, vpc.SecurityGroupEgressRule],
  ] as const;
  for (const [list, Rule] of directions) {
    for (const rule of list) {
      new Rule(
        `${ctx.name}-edge-sg-${rule.suffix}`,
        {
          securityGroupId: securityGroup.id,
          description: rule.description,
          cidrIpv4: rule.cidrIpv4,
          ipProtocol: "tcp",
          fromPort: rule.port,
          toPort: rule.port,
          tags: ctx.config.tags,
        },
        childOf(ctx),
      );
    }
  }
  return { vpcId, securityGroup };
}
