import * as elasticache from "@pulumi/aws/elasticache";
import * as pulumi from "@pulumi/pulumi";
import { RandomPassword } from "@pulumi/random/randomPassword";
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

/**
 * What the mandatory `default` user may do: nothing. `off` disables the user and `-@all` grants
 * no command (ElastiCache RBAC: a user group must hold a user named "default").
 */
export const DEFAULT_USER_ACCESS_STRING = "off -@all";

/**
 * Length of the `default` user's generated password, letters and digits only: ElastiCache takes
 * 16..128 characters (CreateUser API reference, Passwords) and some punctuation is not allowed.
 */
export const DEFAULT_USER_PASSWORD_LENGTH = 64;

export interface AwsSessionStore {
  readonly cache: elasticache.ServerlessCache;
  /** The ElastiCache user applications authenticate as with IAM (`elasticache:Connect`). */
  readonly appUserId: string;
  readonly facts: pulumi.Output<SessionStoreFacts>;
}

/**
 * The shared session store: an ElastiCache Serverless Valkey cache in your subnets, reachable only
 * with IAM authentication as one least-privilege user; the mandatory "default" user is switched off
 * and holds a generated password (Pulumi secret) that nothing uses.
 * Undefined when `aws.sessionStore` is not set.
 */
export function createSessionStore(ctx: AwsContext): AwsSessionStore | undefined {
  const { config } = ctx;
  const store = config.aws.sessionStore;
  if (!store) return undefined;
  const appUserId = cacheId(cloudName(ctx, "sessions-app"));
  // A Valkey user group admits only users with a password or IAM authentication (ElastiCache RBAC
  // limitations), so the disabled "default" user gets a long random password no one ever uses,
  // generated once and kept in the state as a Pulumi secret.
  const defaultPassword = new RandomPassword(
    `${ctx.name}-sessions-default-password`,
    { length: DEFAULT_USER_PASSWORD_LENGTH, special: false },
    childOf(ctx),
  );
  const defaultUser = new elasticache.User(
    `${ctx.name}-sessions-default-user`,
    {
      userId: cacheId(cloudName(ctx, "sessions-default")),
      userName: "default",
      engine: "valkey",
      accessString: DEFAULT_USER_ACCESS_STRING,
      authenticationMode: { type: "password", passwords: [pulumi.secret(defaultPassword.result)] },
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
