import { sessionCommandRules, sessionKeyPattern } from "../../platform/sessionAccess";

/**
 * ElastiCache Serverless is cluster-mode only: every serverless cache is cluster mode enabled
 * and surfaces all slots as owned by one virtual node (ElastiCache "Valkey and Redis OSS
 * configuration and limits", serverless caches: cluster-enabled yes). Clients use a cluster
 * client and keep each script's keys in one hash slot.
 */
export const SERVERLESS_CLUSTERED = true;

/**
 * The application user's access string: on, only keys under the session prefix, and exactly
 * the commands the session library runs (no category grants). ElastiCache access strings use
 * Redis ACL rule syntax, including `command|subcommand` on Redis OSS 7 / Valkey
 * (ElastiCache RBAC docs, "Specifying permissions using an access string").
 */
export function appAccessString(keyPrefix: string): string {
  return `on ${sessionKeyPattern(keyPrefix)} -@all ${sessionCommandRules(SERVERLESS_CLUSTERED)}`;
}
