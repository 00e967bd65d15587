import { fields } from "../../platform/checks";
import { matches, oneOf } from "../../platform/constraintKinds";
import { awsTags, custom, type ServiceAudit, T } from "./common";
import { SOURCES } from "./sources";

const RBAC = `${SOURCES.elasticacheGuide}/Clusters.RBAC.html`;
const ID = /^[a-zA-Z](?:[a-zA-Z0-9]|-(?!-))*[a-zA-Z0-9]$/;
const auth = (p: Record<string, unknown>) => fields(p.authenticationMode);

/** What the ElastiCache provider and ElastiCache enforce on the session store's users and user group. */
export const ELASTICACHE: ServiceAudit = {
  constraints: [
    oneOf(
      { id: "elasticache-user-engine", type: T.cacheUser, input: "engine", source: SOURCES.elasticacheUser },
      ["redis", "valkey"],
    ),
    oneOf(
      {
        id: "elasticache-user-auth-type",
        type: T.cacheUser,
        input: "authenticationMode.type",
        source: SOURCES.elasticacheUser,
      },
      ["iam", "no-password-required", "password"],
    ),
    custom(
      {
        id: "elasticache-user-valkey-auth",
        type: T.cacheUser,
        input: "authenticationMode",
        source: RBAC,
        rule: "a password or IAM authentication for a Valkey user (a Valkey user group admits no other)",
      },
      (p) => {
        const type = auth(p).type;
        return p.engine === "valkey" && type !== "password" && type !== "iam"
          ? [`authenticationMode.type is ${JSON.stringify(type)} with engine valkey`]
          : [];
      },
    ),
    custom(
      {
        id: "elasticache-user-passwords",
        type: T.cacheUser,
        input: "authenticationMode.passwords",
        source: `${SOURCES.elasticacheApi}/API_CreateUser.html`,
        rule: "one or two passwords of 16..128 characters with password authentication",
      },
      (p) => {
        if (auth(p).type !== "password") return [];
        const passwords = auth(p).passwords;
        if (!Array.isArray(passwords) || passwords.length < 1 || passwords.length > 2)
          return [
            `authenticationMode.passwords is ${Array.isArray(passwords) ? `a list of ${passwords.length}` : "missing"}`,
          ];
        return passwords.flatMap((pw, i) =>
          typeof pw === "string" &&
          pw !== "[secret]" &&
          pw !== "[unknown]" &&
          (pw.length < 16 || pw.length > 128)
            ? [`authenticationMode.passwords[${i}] has ${pw.length} characters`]
            : [],
        );
      },
    ),
    custom(
      {
        id: "elasticache-user-iam-name",
        type: T.cacheUser,
        input: "userName",
        source: `${SOURCES.elasticacheGuide}/auth-iam.html`,
        rule: "the same as userId for an IAM-authenticated user",
      },
      (p) =>
        auth(p).type === "iam" && p.userName !== p.userId
          ? [`userName ${JSON.stringify(p.userName)} differs from userId ${JSON.stringify(p.userId)}`]
          : [],
    ),
    matches(
      {
        id: "elasticache-user-id",
        type: T.cacheUser,
        input: "userId",
        source: `${SOURCES.elasticacheApi}/API_CreateUser.html`,
      },
      ID,
      "a letter, then letters, digits and single hyphens, not ending with a hyphen",
    ),
    custom(
      {
        id: "elasticache-user-access-string",
        type: T.cacheUser,
        input: "accessString",
        source: RBAC,
        rule: "a non-empty access string without passwords (>) or reset",
      },
      (p) => {
        const access = String(p.accessString ?? "");
        return access.trim() === "" || /(^|\s)(reset|>\S|<\S|#)/.test(access)
          ? [`accessString is ${JSON.stringify(p.accessString)}`]
          : [];
      },
    ),
    awsTags("aws-tags-cache-user", T.cacheUser),
    oneOf(
      {
        id: "elasticache-user-group-engine",
        type: T.cacheUserGroup,
        input: "engine",
        source: SOURCES.elasticacheUserGroup,
      },
      ["redis", "valkey"],
    ),
    matches(
      {
        id: "elasticache-user-group-id",
        type: T.cacheUserGroup,
        input: "userGroupId",
        source: `${SOURCES.elasticacheApi}/API_CreateUserGroup.html`,
      },
      ID,
      "a letter, then letters, digits and single hyphens, not ending with a hyphen",
    ),
    custom(
      {
        id: "elasticache-user-group-members",
        type: T.cacheUserGroup,
        input: "userIds",
        source: RBAC,
        rule: 'a user named "default", and only password or IAM users in a Valkey group',
      },
      (p, _r, all) => {
        const ids = Array.isArray(p.userIds) ? (p.userIds as unknown[]) : [];
        const members = all
          .filter((r) => r.type === T.cacheUser && ids.includes(r.props.userId))
          .map((r) => r.props as Record<string, unknown>);
        const out = members.some((m) => m.userName === "default") ? [] : ['no member is named "default"'];
        if (p.engine === "valkey")
          for (const m of members) {
            const type = auth(m).type;
            if (type !== "password" && type !== "iam")
              out.push(`member ${JSON.stringify(m.userId)} authenticates with ${JSON.stringify(type)}`);
          }
        return out;
      },
    ),
    awsTags("aws-tags-cache-user-group", T.cacheUserGroup),
  ],
  unconstrained: [],
};
