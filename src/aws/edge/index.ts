import type * as sns from "@pulumi/aws/sns";
import * as wafv2 from "@pulumi/aws/wafv2";
import * as pulumi from "@pulumi/pulumi";
import { type AwsContext, childOf } from "../context";
import { createMetricAlarms } from "../monitoring/alarms";
import { createAccessLogs } from "./accessLogs";
import { edgeAlarmSpecs } from "./alarms";
import { createListeners, type EdgeIdentity } from "./listeners";
import { createBalancer } from "./loadBalancer";
import { createEdgeNetwork } from "./network";

export interface EdgeDependencies {
  readonly identity: EdgeIdentity;
  /** The platform's regional web ACL; the load balancer is associated with it too. */
  readonly webAclArn: pulumi.Input<string>;
  readonly alertTopic: sns.Topic;
}

export interface AwsEdge {
  /** `https://<aws.loadBalancer.domainName>`: where users reach the app. */
  readonly endpoint: pulumi.Output<string>;
  /** The load balancer's ARN: the `signer` of the `x-amzn-oidc-data` claims it sends to the targets. */
  readonly signer: pulumi.Output<string>;
  /** The load balancer's own DNS name, for the user's DNS record (CNAME or alias). */
  readonly dnsName: pulumi.Output<string>;
}

/**
 * The Application Load Balancer that signs users in before a server-rendered web app; undefined
 * when `aws.loadBalancer` is not configured.
 */
export function createEdge(ctx: AwsContext, deps: EdgeDependencies): AwsEdge | undefined {
  const config = ctx.config.aws.loadBalancer;
  if (!config) return undefined;
  const network = createEdgeNetwork(ctx, config);
  const logs = createAccessLogs(ctx);
  const balancer = createBalancer(ctx, config, network, logs);
  createListeners(ctx, config, balancer, deps.identity);
  new wafv2.WebAclAssociation(
    `${ctx.name}-edge-waf-association`,
    { resourceArn: balancer.loadBalancer.arn, webAclArn: deps.webAclArn },
    childOf(ctx),
  );
  createMetricAlarms(ctx, edgeAlarmSpecs(config, balancer.loadBalancer.arnSuffix), deps.alertTopic);
  return {
    endpoint: pulumi.output(`https://${config.domainName}`),
    signer: balancer.loadBalancer.arn,
    dnsName: balancer.loadBalancer.dnsName,
  };
}
