import type * as pulumi from "@pulumi/pulumi";
import type { SessionStoreFacts } from "../../platform/contract";
import type { AzureScope } from "../scope";
import { grantDataAccess, privateEndpoint } from "./access";
import { createCaches, linkReplica } from "./cache";
import { createManagedStore, MANAGED_PORT } from "./managed";
import { cacheIsClustered, managedIsClustered } from "./permissions";

/** Azure Cache for Redis serves TLS on 6380. */
export const CACHE_TLS_PORT = 6380;

export interface SessionStore {
  /** The resource whose diagnostics and metrics monitoring reads (the cache, or the managed database). */
  readonly monitored: { id: pulumi.Output<string>; kind: "cache" | "managed" };
  readonly facts: pulumi.Output<SessionStoreFacts>;
}

/**
 * The shared session store: Azure Cache for Redis (default; retires 2028-09-30) or Azure
 * Managed Redis. Applications authenticate with Microsoft Entra ID; access keys are off.
 */
export function createSessionStore(scope: AzureScope): SessionStore | undefined {
  const store = scope.config.azure.sessionStore;
  if (!store) return undefined;
  const session = scope.config.session;
  const facts = (host: pulumi.Output<string>, port: number, clustered: boolean) =>
    host.apply(
      (h): SessionStoreFacts => ({
        host: h,
        port,
        tls: true,
        clustered,
        authMode: "entra",
        keyPrefix: store.keyPrefix,
        idleTimeoutSeconds: session.idleTimeout.seconds,
        absoluteTimeoutSeconds: session.absoluteTimeout.seconds,
        // Entra authentication: the Redis username is the granted identity's object ID.
        ...(store.applicationPrincipalId ? { username: store.applicationPrincipalId } : {}),
      }),
    );

  if (store.kind === "managed") {
    const managed = createManagedStore(scope, store);
    if (store.privateEndpointSubnetId) {
      privateEndpoint(
        scope,
        { id: managed.cluster.id, groupId: "redisEnterprise", name: store.name },
        store.privateEndpointSubnetId,
      );
    }
    return {
      monitored: { id: managed.database.id, kind: "managed" },
      facts: facts(managed.cluster.hostName, MANAGED_PORT, managedIsClustered(managed.clusteringPolicy)),
    };
  }

  const caches = createCaches(scope, store);
  const clustered = cacheIsClustered(caches.args);
  const serialized: pulumi.Resource[] = [];
  if (store.applicationPrincipalId) {
    const access = { principalId: store.applicationPrincipalId, keyPrefix: store.keyPrefix, clustered };
    serialized.push(...grantDataAccess(scope, caches.primary, "redis", access, []));
    if (caches.replica) {
      serialized.push(...grantDataAccess(scope, caches.replica, "redis-geo", access, [...serialized]));
    }
  }
  if (store.privateEndpointSubnetId) {
    serialized.push(
      privateEndpoint(
        scope,
        { id: caches.primary.id, groupId: "redisCache", name: store.name },
        store.privateEndpointSubnetId,
      ),
    );
  }
  if (caches.replica) linkReplica(scope, { primary: caches.primary, replica: caches.replica }, serialized);
  return {
    monitored: { id: caches.primary.id, kind: "cache" },
    facts: facts(caches.primary.hostName, CACHE_TLS_PORT, clustered),
  };
}
