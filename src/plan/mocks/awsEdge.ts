import { type CallMockFor, HEX, MOCK_ACCOUNT, type MockFor } from "./common";

const ACCOUNT = MOCK_ACCOUNT.awsAccountId;
const elb = (region: string, resource: string) =>
  `arn:aws:elasticloadbalancing:${region}:${ACCOUNT}:${resource}`;
const DIGITS = "0123456789";

/** The VPC every mock subnet belongs to, and its address range. */
export const MOCK_VPC = { id: "vpc-0c1d2e3f4a5b69788", cidrBlock: "10.20.0.0/16" } as const;

/**
 * Hosted zone of Application Load Balancers per region (the DNS alias target), as in
 * terraform-provider-aws internal/service/elbv2/hosted_zone_id_data_source.go; others get a placeholder.
 */
const ALB_ZONE: Readonly<Record<string, string>> = {
  "ap-northeast-2": "ZWKZPGTI48KDX",
  "us-east-1": "Z35SXDOTRQ7X7K",
  "eu-west-1": "Z32O12XQLNTSW2",
};

/** The `.../<lb-name>/<lb-id>` tail of a load balancer ARN, as listener and rule ARNs repeat it. */
function loadBalancerTail(arn: unknown): string {
  return String(arn).split(":loadbalancer/")[1] ?? "app/unknown/0000000000000000";
}

/** Elastic Load Balancing, VPC security group and S3 outputs in the provider's formats. */
/** A security group rule (either direction): `sgr-` ID and its ARN, as EC2 returns them. */
const securityGroupRule: MockFor = ({ inputs, region, id }) => {
  const ruleId = `sgr-${id(17, HEX)}`;
  return {
    id: ruleId,
    state: {
      ...inputs,
      arn: `arn:aws:ec2:${region}:${ACCOUNT}:security-group-rule/${ruleId}`,
      securityGroupRuleId: ruleId,
    },
  };
};

export const AWS_EDGE_MOCK_OUTPUTS: Readonly<Record<string, MockFor>> = {
  "aws:lb/loadBalancer:LoadBalancer": ({ inputs, region, id }) => {
    const name = String(inputs.name);
    const suffix = `app/${name}/${id(16, HEX)}`;
    const arn = elb(region, `loadbalancer/${suffix}`);
    return {
      id: arn,
      state: {
        ...inputs,
        arn,
        arnSuffix: suffix,
        dnsName: `${name}-${id(9, DIGITS).replace(/^0/, "1")}.${region}.elb.amazonaws.com`,
        zoneId: ALB_ZONE[region] ?? "Z0000000000000000000",
        vpcId: MOCK_VPC.id,
      },
    };
  },
  "aws:lb/targetGroup:TargetGroup": ({ inputs, region, id }) => {
    const suffix = `targetgroup/${String(inputs.name)}/${id(16, HEX)}`;
    const arn = elb(region, suffix);
    return { id: arn, state: { ...inputs, arn, arnSuffix: suffix, loadBalancerArns: [] } };
  },
  "aws:lb/targetGroupAttachment:TargetGroupAttachment": ({ inputs, id }) => ({
    id: `${String(inputs.targetGroupArn)}-${id(26, DIGITS)}`,
    state: { ...inputs },
  }),
  "aws:lb/listener:Listener": ({ inputs, region, id }) => {
    const arn = elb(region, `listener/${loadBalancerTail(inputs.loadBalancerArn)}/${id(16, HEX)}`);
    return { id: arn, state: { ...inputs, arn } };
  },
  "aws:lb/listenerRule:ListenerRule": ({ inputs, region, id }) => {
    const listener = String(inputs.listenerArn).split(":listener/")[1] ?? "app/unknown/0/0";
    const arn = elb(region, `listener-rule/${listener}/${id(16, HEX)}`);
    return { id: arn, state: { ...inputs, arn } };
  },
  "aws:ec2/securityGroup:SecurityGroup": ({ inputs, region, id }) => {
    const groupId = `sg-${id(17, HEX)}`;
    return {
      id: groupId,
      state: {
        ...inputs,
        arn: `arn:aws:ec2:${region}:${ACCOUNT}:security-group/${groupId}`,
        ownerId: ACCOUNT,
      },
    };
  },
  "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule": securityGroupRule,
  "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule": securityGroupRule,
  "aws:s3/bucket:Bucket": ({ inputs, region }) => {
    const name = String(inputs.bucket);
    return {
      id: name,
      state: {
        ...inputs,
        arn: `arn:aws:s3:::${name}`,
        bucketDomainName: `${name}.s3.amazonaws.com`,
        bucketRegionalDomainName: `${name}.s3.${region}.amazonaws.com`,
        hostedZoneId: "Z3W03O7B5YMIYP",
        region,
      },
    };
  },
};

/** Results of the EC2 look-ups the load balancer makes (its subnets' VPC and that VPC's range). */
export const AWS_EDGE_MOCK_CALLS: Readonly<Record<string, CallMockFor>> = {
  "aws:ec2/getSubnet:getSubnet": (inputs, region) => ({
    id: String(inputs.id),
    arn: `arn:aws:ec2:${region}:${ACCOUNT}:subnet/${String(inputs.id)}`,
    vpcId: MOCK_VPC.id,
    availabilityZone: `${region}a`,
    cidrBlock: "10.20.0.0/20",
    ownerId: ACCOUNT,
  }),
  "aws:ec2/getVpc:getVpc": (inputs, region) => ({
    id: String(inputs.id),
    arn: `arn:aws:ec2:${region}:${ACCOUNT}:vpc/${String(inputs.id)}`,
    cidrBlock: MOCK_VPC.cidrBlock,
    ownerId: ACCOUNT,
  }),
};
