import { MAX_TOKEN_LIFETIME_SECONDS } from "../../src/config/rules/security";
import { fields } from "../../src/platform/checks";
import type { CheckedResource, StackRule } from "./types";

const T = {
  pool: "aws:cognito/userPool:UserPool",
  client: "aws:cognito/userPoolClient:UserPoolClient",
  webAcl: "aws:wafv2/webAcl:WebAcl",
  association: "aws:wafv2/webAclAssociation:WebAclAssociation",
  route: "aws:apigatewayv2/route:Route",
  api: "aws:apigatewayv2/api:Api",
  cacheUser: "aws:elasticache/user:User",
  apimOperationPolicy: "azure-native:apimanagement:ApiOperationPolicy",
  apimApiPolicy: "azure-native:apimanagement:ApiPolicy",
  redis: "azure-native:redis:Redis",
  linkedServer: "azure-native:redis:LinkedServer",
} as const;
const OWN = "auth-platform (README: Security, what the defaults guarantee)";
const UNIT_SECONDS: Readonly<Record<string, number>> = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 };

/** A mandatory rule that reads each resource of some types, with the whole stack at hand. */
function guarantee(
  name: string,
  description: string,
  types: readonly string[],
  violations: (r: CheckedResource, all: readonly CheckedResource[]) => string[],
): StackRule {
  return {
    kind: "stack",
    name,
    description,
    enforcementLevel: "mandatory",
    source: OWN,
    check: (resources) =>
      resources
        .filter((r) => types.includes(r.type))
        .flatMap((r) =>
          violations(r, resources).map((why) => ({ urn: r.urn, message: `${r.name}: ${why}` })),
        ),
  };
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const codeFlow = (r: CheckedResource) => list(r.props.allowedOauthFlows).includes("code");
const tokenSeconds = (r: CheckedResource, input: string, unit: string) => {
  const value = r.props[input];
  const units = fields(r.props.tokenValidityUnits)[unit];
  return typeof value === "number" ? value * (UNIT_SECONDS[String(units)] ?? 3600) : undefined;
};

const xmlText = (s: string) => s.replaceAll("&quot;", '"').replaceAll("&amp;", "&");

/**
 * An API Management operation requires a scoped token either with its own validate-jwt and
 * required claims, or (one validation per request) by answering 403 when the `scp` claim of
 * the token its API policy validated into a variable lacks the route's scope.
 */
function operationScopeViolations(r: CheckedResource, all: readonly CheckedResource[]): string[] {
  const policy = String(r.props.value ?? "");
  if (policy.includes("<validate-jwt") && policy.includes("<required-claims>")) return [];
  const check = /<when condition="([^"]*)">\s*<return-response>\s*<set-status code="403"/.exec(policy);
  const variable =
    check &&
    /context\.Variables\["([^"]+)"\]\)\.Claims\.GetValueOrDefault\("scp"/.exec(xmlText(check[1] ?? ""));
  if (!variable || !/<inbound>\s*<base\s*\/>/.test(policy))
    return ["the operation's policy validates no token scope"];
  const validates = all.some(
    (p) =>
      p.type === T.apimApiPolicy &&
      (r.dependsOn ?? []).includes(p.urn) &&
      /<validate-jwt\b[^>]*output-token-variable-name="([^"]+)"/.exec(String(p.props.value ?? ""))?.[1] ===
        variable[1],
  );
  return validates
    ? []
    : [
        `the operation's scope check reads the token "${variable[1]}" that no API policy it depends on validates`,
      ];
}

/** The README's default guarantees, each held on the resources that carry it. */
export const GUARANTEE_RULES: readonly StackRule[] = [
  guarantee(
    "mfa-required",
    "MFA is required and users can use an authenticator app (TOTP).",
    [T.pool],
    (r) => [
      ...(r.props.mfaConfiguration === "ON"
        ? []
        : [`mfaConfiguration is ${String(r.props.mfaConfiguration)}, not ON`]),
      ...(fields(r.props.softwareTokenMfaConfiguration).enabled === true
        ? []
        : ["authenticator-app (TOTP) MFA is not enabled"]),
    ],
  ),
  guarantee(
    "password-policy",
    "Passwords of 12+ characters with every character class and a 5-password history.",
    [T.pool],
    (r) => {
      const p = fields(r.props.passwordPolicy);
      const out =
        Number(p.minimumLength) >= 12 ? [] : [`minimumLength is ${String(p.minimumLength)}, below 12`];
      for (const flag of ["requireUppercase", "requireLowercase", "requireNumbers", "requireSymbols"])
        if (p[flag] !== true) out.push(`${flag} is not true`);
      if (!(Number(p.passwordHistorySize) >= 5))
        out.push(`passwordHistorySize is ${String(p.passwordHistorySize)}, below 5`);
      return out;
    },
  ),
  guarantee(
    "account-recovery-verified-email",
    "Accounts are recovered through a verified e-mail address only.",
    [T.pool],
    (r) => {
      const names = list(fields(r.props.accountRecoverySetting).recoveryMechanisms).map(
        (m) => fields(m).name,
      );
      return names.length === 1 && names[0] === "verified_email"
        ? []
        : [`account recovery uses ${JSON.stringify(names)}`];
    },
  ),
  guarantee("usernames-case-insensitive", "Usernames are case-insensitive.", [T.pool], (r) =>
    fields(r.props.usernameConfiguration).caseSensitive === false ? [] : ["usernames are case-sensitive"],
  ),
  guarantee("user-existence-hidden", "Sign-in errors never reveal whether a user exists.", [T.client], (r) =>
    r.props.preventUserExistenceErrors === "ENABLED"
      ? []
      : [`preventUserExistenceErrors is ${String(r.props.preventUserExistenceErrors)}`],
  ),
  guarantee(
    "waf-sign-in-rate-limit",
    "AWS WAF rate-limits sign-in traffic on the user pool.",
    [T.pool],
    (r, all) => {
      const acls = all.filter(
        (a) =>
          a.type === T.webAcl &&
          list(a.props.rules).some(
            (rule) =>
              fields(fields(rule).statement).rateBasedStatement !== undefined &&
              fields(rule).action !== undefined,
          ),
      );
      const associated = all.some(
        (a) => a.type === T.association && (!a.dependsOn || a.dependsOn.includes(r.urn)),
      );
      return acls.length > 0 && associated
        ? []
        : ["no web ACL with a rate-based sign-in rule is associated with the user pool"];
    },
  ),
  guarantee(
    "cognito-token-lifetimes",
    `Access and ID tokens live at most ${MAX_TOKEN_LIFETIME_SECONDS / 60} minutes.`,
    [T.client],
    (r) =>
      (
        [
          ["accessTokenValidity", "accessToken"],
          ["idTokenValidity", "idToken"],
        ] as const
      ).flatMap(([input, unit]) => {
        const seconds = tokenSeconds(r, input, unit);
        return seconds !== undefined && seconds > MAX_TOKEN_LIFETIME_SECONDS
          ? [`${input} is ${seconds}s`]
          : [];
      }),
  ),
  guarantee(
    "cognito-refresh-rotation",
    "Refresh tokens rotate on every use (a grace period of at most 60 s).",
    [T.client],
    (r) => {
      if (!codeFlow(r)) return [];
      const rotation = fields(r.props.refreshTokenRotation);
      return rotation.feature === "ENABLED"
        ? []
        : [`refreshTokenRotation.feature is ${String(rotation.feature)}`];
    },
  ),
  guarantee("token-revocation", "Refresh tokens can be revoked.", [T.client], (r) =>
    r.props.enableTokenRevocation === true ? [] : ["enableTokenRevocation is not true"],
  ),
  guarantee(
    "api-routes-need-scopes",
    "Every API route needs an access token carrying the route's scope.",
    [T.route, T.apimOperationPolicy],
    (r, all) => {
      if (r.type === T.route)
        return r.props.authorizationType === "JWT" && list(r.props.authorizationScopes).length > 0
          ? []
          : [`route ${String(r.props.routeKey)} does not require a JWT with a scope`];
      return operationScopeViolations(r, all);
    },
  ),
  guarantee(
    "api-rate-limited",
    "The API Management gateway rate-limits each token's subject.",
    [T.apimApiPolicy],
    (r) =>
      String(r.props.value ?? "").includes("<rate-limit-by-key")
        ? []
        : ["the API policy has no rate-limit-by-key"],
  ),
  guarantee("api-cors-https-only", "CORS admits only listed https origins, never *.", [T.api], (r) =>
    list(fields(r.props.corsConfiguration).allowOrigins).flatMap((o) =>
      typeof o === "string" && o.startsWith("https://") && !o.includes("*")
        ? []
        : [`CORS admits origin ${JSON.stringify(o)}`],
    ),
  ),
  guarantee(
    "redis-premium-persists",
    "Premium caches persist their data (unless geo-replicated, which excludes persistence).",
    [T.redis],
    (r, all) => {
      if (fields(r.props.sku).name !== "Premium") return [];
      const replicated = all.some((l) => l.type === T.linkedServer && (l.dependsOn ?? []).includes(r.urn));
      const config = fields(r.props.redisConfiguration);
      return replicated || config.rdbBackupEnabled === "true" || config.aofBackupEnabled === "true"
        ? []
        : ["a Premium cache without RDB or AOF persistence"];
    },
  ),
  guarantee(
    "session-store-identity-only",
    "Session-store users authenticate with IAM; only the disabled default user holds a password.",
    [T.cacheUser],
    (r) => {
      const type = fields(r.props.authenticationMode).type;
      const disabled =
        String(r.props.accessString ?? "")
          .trim()
          .split(/\s+/)[0] === "off";
      return type === "iam" || disabled ? [] : [`an enabled user authenticates with ${JSON.stringify(type)}`];
    },
  ),
];
