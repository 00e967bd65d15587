import { eachValue, matches } from "../../platform/constraintKinds";
import type { ConformanceAudit, Constraint } from "../../platform/constraints";
import { FROM_RESOURCE_GROUP, fixed, spec } from "./common";

const CACHE_ACCESS = "azure-native:redis:AccessPolicyAssignment";
const CACHE_POLICY = "azure-native:redis:AccessPolicy";
const REDIS_TYPES = "redis/microsoft.cache/2024-11-01";
/** The built-in data access policies every cache has. */
const BUILT_IN_POLICIES = ["Data Owner", "Data Contributor", "Data Reader"];
const CUSTOM_POLICIES =
  "https://learn.microsoft.com/azure/azure-cache-for-redis/cache-configure-role-based-access-control (built-in Data Owner, Data Contributor, Data Reader; custom policies take Redis ACL rules: +command, -command, +@category, -@category, ~key pattern, %R~ / %W~ read or write patterns, allkeys, &channel)";

function accessConstraints(): Constraint[] {
  const source = spec(REDIS_TYPES, "redis/accessPolicyAssignments name 3..63 and accessPolicyName pattern");
  return [
    matches(
      { id: "redis-access-assignment-name", type: CACHE_ACCESS, input: "accessPolicyAssignmentName", source },
      /^(?=.{3,63}$)([a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]|[a-zA-Z0-9])$/,
      "3..63 letters, digits and hyphens",
    ),
    matches(
      { id: "redis-access-policy-name", type: CACHE_ACCESS, input: "accessPolicyName", source },
      /^([a-zA-Z0-9][a-zA-Z0-9- ]*[a-zA-Z0-9]|[a-zA-Z0-9])$/,
      "an access policy name",
    ),
    {
      id: "redis-access-policy-exists",
      type: CACHE_ACCESS,
      input: "accessPolicyName",
      source: CUSTOM_POLICIES,
      rule: "a built-in policy or a custom access policy planned on the same cache",
      violations: (r, all) => {
        const name = r.props.accessPolicyName;
        if (typeof name !== "string" || BUILT_IN_POLICIES.includes(name)) return [];
        const defined = all.some(
          (p) =>
            p.type === CACHE_POLICY &&
            p.props.accessPolicyName === name &&
            p.props.cacheName === r.props.cacheName,
        );
        return defined
          ? []
          : [`accessPolicyName ${JSON.stringify(name)} is neither built in nor defined on the cache`];
      },
    },
    matches(
      {
        id: "redis-custom-policy-name",
        type: CACHE_POLICY,
        input: "accessPolicyName",
        source: spec(REDIS_TYPES, "redis/accessPolicies name 3..63"),
      },
      /^(?=.{3,63}$)([a-zA-Z0-9][a-zA-Z0-9- ]*[a-zA-Z0-9]|[a-zA-Z0-9])$/,
      "3..63 letters, digits, hyphens and spaces",
    ),
    eachValue(
      {
        id: "redis-custom-policy-permissions",
        type: CACHE_POLICY,
        input: "permissions",
        source: CUSTOM_POLICIES,
        rule: "Redis ACL rules separated by spaces",
      },
      (value) => {
        if (typeof value !== "string") return `is ${JSON.stringify(value)}`;
        const bad = value
          .split(" ")
          .find(
            (t) =>
              !/^(?:[+-]@?[a-z][a-z0-9|-]*|%R?W?~\S+|~\S+|&\S+|allkeys|allchannels|allcommands)$/.test(t),
          );
        return bad === undefined ? undefined : `holds ${JSON.stringify(bad)}`;
      },
    ),
  ];
}

/** Azure Cache for Redis data access: custom access policies and the identity's assignment. */
export const REDIS_ACCESS_AUDIT: ConformanceAudit = {
  constraints: accessConstraints(),
  unconstrained: [
    ...fixed(CACHE_POLICY, {
      resourceGroupName: FROM_RESOURCE_GROUP,
      cacheName: "the cache's name, taken from it (redis-name-pattern)",
    }),
    ...fixed(CACHE_ACCESS, {
      resourceGroupName: FROM_RESOURCE_GROUP,
      cacheName: "the cache's name, taken from it (redis-name-pattern)",
      objectId: "azure.sessionStore.applicationPrincipalId, a GUID by the configuration's schema",
      objectIdAlias:
        'fixed to "auth-platform-app" (the Redis username of the grant); the REST API requires only a string',
    }),
  ],
};
