import * as elasticache from "@pulumi/aws/elasticache";
import * as pulumi from "@pulumi/pulumi";
import type { SessionStoreFacts } from "../../platform/contract";
import { statefulOptions } from "../../platform/options";
import { type AwsContext, childOf, cloudName } from "../context";
import { appAccessString, SERVERLESS_CLUSTERED } from "./access";

/** ElastiCache Serverless listens on 6379 (reads from replicas on 6380); TLS cannot be turned off. */
export const SERVERLESS_PORT = 6379;

/** ElastiCache IDs: lowercase letters, digits and single hyphens, starting with a letter. */
export function cacheId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[^a-z]+|-+$/g, "");
}

export { appAccessString, SERVERLESS_CLUSTERED } from "./access";

export interface AwsSessionStore {
  readonly cache: elasticache.ServerlessCache;
  /** The ElastiCache user applications authenticate as with IAM (`elasticache:Connect`). */
  readonly appUserId: string;
  readonly facts: pulumi.Output<SessionStoreFacts>;
}

/**
 * The shared session store: an ElastiCache Serverless Valkey cache in your subnets, reachable only
 * with IAM authentication as one least-privilege user; the mandatory "default" user is switched off.
 * Undefined when `aws.sessionStore` is not set.
 */
export function createSessionStore(ctx: AwsContext): AwsSessionStore | undefined {
  const { config } = ctx;
  const store = config.aws.sessionStore;
  if (!store) return undefined;
  const appUserId = cacheId(cloudName(ctx, "sessions-app"));
  const defaultUser = new elasticache.User(
    `${ctx.name}-sessions-default-user`,
    {
      userId: cacheId(cloudName(ctx, "sessions-default")),
      userName: "default",
      engine: "valkey",
      accessString: "off -@all",
      authenticationMode: { type: "no-password-required" },
      tags: config.tags,
    },
    childOf(ctx),
  );
  const appUser = new elasticache.User(
    `${ctx.name}-sessions-app-user`,
    {
      // IAM authentication needs the user ID and the user name to be the same.
      userId: appUserId,
      userName: appUserId,
      engine: "valkey",
      accessString: appAccessString(store.keyPrefix),
      authenticationMode: { type: "iam" },
      tags: config.tags,
    },
    childOf(ctx),
  );
  const userGroup = new elasticache.UserGroup(
    `${ctx.name}-sessions-users`,
    {
      userGroupId: cacheId(cloudName(ctx, "sessions")),
      engine: "valkey",
      userIds: [defaultUser.userId, appUser.userId],
      tags: config.tags,
    },
    childOf(ctx),
  );
  const cache = new elasticache.ServerlessCache(
    `${ctx.name}-sessions`,
    {
      name: cacheId(cloudName(ctx, "sessions")),
      description: `Sessions of ${config.name} (${ctx.stack})`,
      engine: "valkey",
      majorEngineVersion: "8",
      subnetIds: store.subnetIds,
      securityGroupIds: store.securityGroupIds,
      userGroupId: userGroup.userGroupId,
      snapshotRetentionLimit: 1,
      cacheUsageLimits: {
        dataStorage: { maximum: store.maxDataStorageGb, unit: "GB" },
        ecpuPerSeconds: [{ maximum: store.maxEcpuPerSecond }],
      },
      tags: config.tags,
    },
    statefulOptions(ctx.parent, config.protection),
  );
  const facts = pulumi.all([cache.endpoints, cache.name]).apply(
    ([endpoints, cacheName]): SessionStoreFacts => ({
      host: endpoints[0]?.address ?? "",
      port: SERVERLESS_PORT,
      tls: true,
      authMode: "iam",
      keyPrefix: store.keyPrefix,
      idleTimeoutSeconds: config.session.idleTimeout.seconds,
      absoluteTimeoutSeconds: config.session.absoluteTimeout.seconds,
      username: appUserId,
      cacheName,
      region: config.region,
      clustered: SERVERLESS_CLUSTERED,
    }),
  );
  return { cache, appUserId, facts };
}
