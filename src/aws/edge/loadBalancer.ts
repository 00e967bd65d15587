import * as lb from "@pulumi/aws/lb";
import { targetKind } from "../../config/rules/aws";
import type { LoadBalancerConfig } from "../../config/schema/loadBalancer";
import { type AwsContext, childOf } from "../context";
import { ACCESS_LOG_PREFIX, type EdgeAccessLogs } from "./accessLogs";
import { elbName } from "./names";
import type { EdgeNetwork } from "./network";

/** Health checks every 30 s, 5 s timeout, three in a row to change state; any 2xx or 3xx is healthy. */
export const HEALTH_CHECK = {
  interval: 30,
  timeout: 5,
  healthyThreshold: 3,
  unhealthyThreshold: 3,
  matcher: "200-399",
} as const;

export interface EdgeBalancer {
  readonly loadBalancer: lb.LoadBalancer;
  readonly targetGroup: lb.TargetGroup;
}

/**
 * The internet-facing load balancer in the configured subnets, dropping invalid header fields,
 * protected from deletion (Elastic Load Balancing's own flag), logging every request to S3; and
 * the target group with its targets. It holds no data, so Pulumi does not `protect` it.
 */
export function createBalancer(
  ctx: AwsContext,
  config: LoadBalancerConfig,
  network: EdgeNetwork,
  logs: EdgeAccessLogs,
): EdgeBalancer {
  const loadBalancer = new lb.LoadBalancer(
    `${ctx.name}-edge`,
    {
      name: elbName(ctx, "edge"),
      internal: false,
      loadBalancerType: "application",
      ipAddressType: "ipv4",
      subnets: [...config.subnetIds],
      securityGroups: [network.securityGroup.id],
      dropInvalidHeaderFields: true,
      // protection.allowDeletion, the one switch before deleting the platform, lifts it too.
      enableDeletionProtection: config.deletionProtection && !ctx.config.protection.allowDeletion,
      accessLogs: { bucket: logs.bucket.id, prefix: ACCESS_LOG_PREFIX, enabled: true },
      tags: ctx.config.tags,
    },
    childOf(ctx, [logs.policy]),
  );
  const targets = config.targets;
  const targetGroup = new lb.TargetGroup(
    `${ctx.name}-edge-app`,
    {
      name: elbName(ctx, "edge-app"),
      vpcId: network.vpcId,
      targetType: targetKind(targets.ids[0] ?? ""),
      port: targets.port,
      protocol: targets.protocol,
      healthCheck: {
        enabled: true,
        path: targets.healthCheckPath,
        protocol: targets.protocol,
        ...HEALTH_CHECK,
      },
      tags: ctx.config.tags,
    },
    childOf(ctx),
  );
  targets.ids.forEach((id, i) => {
    new lb.TargetGroupAttachment(
      `${ctx.name}-edge-target-${i}`,
      { targetGroupArn: targetGroup.arn, targetId: id, port: targets.port },
      childOf(ctx),
    );
  });
  return { loadBalancer, targetGroup };
}
