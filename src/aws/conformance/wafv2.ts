import {
  WAF_EVALUATION_WINDOWS,
  WAF_RATE_LIMIT,
  WAF_USER_POOL_RULE_GROUPS,
} from "../../config/rules/aws/limits";
import { fields } from "../../platform/checks";
import { integerIn, lengthIn, matches, oneOf } from "../../platform/constraintKinds";
import { awsTags, custom, free, type ServiceAudit, T } from "./common";
import { SOURCES } from "./sources";

const acl = (id: string, input: string, source: string = SOURCES.wafSchemas) => ({
  id,
  type: T.webAcl,
  input,
  source,
});
const RATE = "rules[].statement.rateBasedStatement";
const MATCHES = `${RATE}.scopeDownStatement.orStatement.statements[].byteMatchStatement`;
const METRIC = /^[0-9A-Za-z_-]+$/;
const rules = (p: Record<string, unknown>) =>
  Array.isArray(p.rules) ? (p.rules as unknown[]).map(fields) : [];

/** What the WAFv2 provider and AWS WAF enforce on the user pool's web ACL. */
export const WAF: ServiceAudit = {
  constraints: [
    lengthIn(acl("wafv2-web-acl-name-length", "name", SOURCES.wafWebAcl), 1, 128),
    matches(
      acl("wafv2-web-acl-name-pattern", "name", SOURCES.wafWebAcl),
      METRIC,
      "letters, digits, hyphens and underscores",
    ),
    lengthIn(acl("wafv2-web-acl-description-length", "description", SOURCES.wafWebAcl), 1, 256),
    matches(
      acl("wafv2-web-acl-description-pattern", "description", `${SOURCES.wafApi}/API_CreateWebACL.html`),
      /^[\w+=:#@/\-,.][\w+=:#@/\-,.\s]+[\w+=:#@/\-,.]$/,
      "letters, digits, spaces and + = : # @ / - , . (not starting or ending with a space)",
    ),
    oneOf(acl("wafv2-web-acl-scope", "scope", `${SOURCES.cognitoGuide}/user-pool-waf.html`), ["REGIONAL"]),
    custom(
      {
        ...acl("wafv2-default-action", "defaultAction", SOURCES.wafWebAcl),
        rule: "exactly one of allow or block",
      },
      (p) => {
        const keys = Object.keys(fields(p.defaultAction)).filter((k) => k === "allow" || k === "block");
        return keys.length === 1
          ? []
          : [`defaultAction has ${keys.length === 0 ? "neither" : "both"} allow and block`];
      },
    ),
    lengthIn(acl("wafv2-rule-name", "rules[].name", SOURCES.wafWebAcl), 1, 128),
    custom(
      {
        ...acl("wafv2-rule-priority", "rules", `${SOURCES.wafApi}/API_Rule.html`),
        rule: "a distinct priority of 0 or more for each rule",
      },
      (p) => {
        const priorities = rules(p).map((r) => r.priority);
        return priorities.flatMap((priority, i) =>
          !Number.isInteger(priority) || (priority as number) < 0 || priorities.indexOf(priority) !== i
            ? [`rules[${i}].priority is ${JSON.stringify(priority)}`]
            : [],
        );
      },
    ),
    custom(
      {
        ...acl("wafv2-metric-names", "visibilityConfig"),
        rule: "metric names of 1..128 letters, digits, hyphens and underscores, for the ACL and each rule",
      },
      (p) =>
        [
          ["visibilityConfig", p.visibilityConfig] as const,
          ...rules(p).map((r, i) => [`rules[${i}].visibilityConfig`, r.visibilityConfig] as const),
        ].flatMap(([at, config]) => {
          const name = fields(config).metricName;
          return typeof name === "string" && name.length <= 128 && METRIC.test(name)
            ? []
            : [`${at}.metricName is ${JSON.stringify(name)}`];
        }),
    ),
    integerIn(acl("wafv2-rate-based-limit", `${RATE}.limit`), WAF_RATE_LIMIT.min, WAF_RATE_LIMIT.max),
    oneOf(acl("wafv2-rate-window", `${RATE}.evaluationWindowSec`), WAF_EVALUATION_WINDOWS),
    oneOf(acl("wafv2-rate-aggregate", `${RATE}.aggregateKeyType`), [
      "CONSTANT",
      "CUSTOM_KEYS",
      "FORWARDED_IP",
      "IP",
    ]),
    lengthIn(acl("wafv2-byte-match-search", `${MATCHES}.searchString`), 1, 200),
    oneOf(
      acl(
        "wafv2-byte-match-position",
        `${MATCHES}.positionalConstraint`,
        `${SOURCES.wafApi}/API_ByteMatchStatement.html`,
      ),
      ["EXACTLY", "STARTS_WITH", "ENDS_WITH", "CONTAINS", "CONTAINS_WORD"],
    ),
    matches(
      acl("wafv2-header-name", `${MATCHES}.fieldToMatch.singleHeader.name`),
      /^[0-9a-z_-]{1,40}$/,
      "1..40 lowercase letters, digits, hyphens and underscores",
    ),
    oneOf(
      acl(
        "wafv2-text-transformation",
        `${MATCHES}.textTransformations[].type`,
        `${SOURCES.wafApi}/API_TextTransformation.html`,
      ),
      [
        "NONE",
        "COMPRESS_WHITE_SPACE",
        "HTML_ENTITY_DECODE",
        "LOWERCASE",
        "CMD_LINE",
        "URL_DECODE",
        "BASE64_DECODE",
        "HEX_DECODE",
        "MD5",
        "REPLACE_COMMENTS",
        "ESCAPE_SEQ_DECODE",
        "SQL_HEX_DECODE",
        "CSS_DECODE",
        "JS_DECODE",
        "NORMALIZE_PATH",
        "NORMALIZE_PATH_WIN",
        "REMOVE_NULLS",
        "REPLACE_NULLS",
        "BASE64_DECODE_EXT",
        "URL_DECODE_UNI",
        "UTF8_TO_UNICODE",
      ],
    ),
    oneOf(
      acl(
        "wafv2-managed-group",
        "rules[].statement.managedRuleGroupStatement.name",
        `${SOURCES.cognitoGuide}/user-pool-waf.html; ${SOURCES.wafGuide}/aws-managed-rule-groups-list.html`,
      ),
      WAF_USER_POOL_RULE_GROUPS,
    ),
    oneOf(acl("wafv2-managed-vendor", "rules[].statement.managedRuleGroupStatement.vendorName"), ["AWS"]),
    custom(
      {
        ...acl("wafv2-rule-action", "rules", `${SOURCES.wafApi}/API_Rule.html`),
        rule: "an overrideAction for rule-group rules and an action for every other rule, never both",
      },
      (p) =>
        rules(p).flatMap((r, i) => {
          const group = fields(r.statement).managedRuleGroupStatement !== undefined;
          const ok = group
            ? r.overrideAction !== undefined && r.action === undefined
            : r.action !== undefined && r.overrideAction === undefined;
          return ok
            ? []
            : [`rules[${i}] has ${group ? "a rule group without overrideAction alone" : "no action alone"}`];
        }),
    ),
    awsTags("aws-tags-waf", T.webAcl),
    matches(
      {
        id: "wafv2-association-resource",
        type: T.webAclAssociation,
        input: "resourceArn",
        source: `${SOURCES.cognitoGuide}/user-pool-waf.html; https://docs.aws.amazon.com/waf/latest/developerguide/how-aws-waf-works-resources.html`,
      },
      /^arn:aws[a-z-]*:(cognito-idp:[a-z0-9-]+:\d{12}:userpool\/[\w-]+_[0-9A-Za-z]+|elasticloadbalancing:[a-z0-9-]+:\d{12}:loadbalancer\/app\/[\w-]+\/[0-9a-f]+)$/,
      "a Cognito user pool's or an Application Load Balancer's ARN (an HTTP API cannot take a web ACL)",
    ),
  ],
  unconstrained: [free(T.webAclAssociation, "webAclArn", "the web ACL's ARN, an output of the web ACL")],
};
