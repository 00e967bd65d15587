/**
 * B2C custom policies as uploaded through Graph: each policy's XML is parsed as B2C parses it,
 * and its identity, JwtIssuer lifetimes and password predicates are checked against B2C's ranges.
 */
import { XMLParser } from "fast-xml-parser";
import {
  B2C_KEEP_ALIVE_DAYS,
  B2C_PASSWORD_LENGTH,
  B2C_PASSWORD_SOURCE,
  B2C_RELYING_PARTY_SOURCE,
  B2C_SESSION_EXPIRY_SECONDS,
  JWT_ISSUER_SECONDS,
  JWT_ISSUER_SOURCE,
  ROLLING_REFRESH_WINDOW_SECONDS,
} from "../../config/rules/azure/limits";
import { matches } from "../../platform/constraintKinds";
import type { Constraint } from "../../platform/constraints";
import { xmlProblem } from "./apimPolicies";
import { known, LEARN } from "./common";

export const POLICY = "pulumi-nodejs:dynamic/azure-graph:TrustFrameworkPolicy";

/** JwtIssuer metadata ranges (limits.ts, JWT_ISSUER_SOURCE). */
const ISSUER_RANGES: Readonly<Record<string, readonly [number, number]>> = Object.fromEntries(
  Object.entries({
    ...JWT_ISSUER_SECONDS,
    rolling_refresh_token_lifetime_secs: ROLLING_REFRESH_WINDOW_SECONDS,
  }).map(([key, r]) => [key, [r.min, r.max] as const]),
);

type XmlObject = { [key: string]: XmlObject | XmlObject[] | string };

const PARSER = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});
/** Parsed documents by text: three rules read each policy, and a plan holds six. */
const parsed = new Map<string, XmlObject | string>();

/** The policy document as an object tree (`@` attributes, `#` text), or why it does not parse. */
function parsePolicy(xml: unknown): XmlObject | string {
  if (typeof xml !== "string") return "is not text";
  const known = parsed.get(xml);
  if (known !== undefined) return known;
  if (parsed.size > 32) parsed.clear();
  const problem = xmlProblem(xml);
  const result = problem ?? (PARSER.parse(xml) as XmlObject);
  parsed.set(xml, result);
  return result;
}

/** Every element named `name` anywhere under `node`. */
function elements(node: unknown, name: string): XmlObject[] {
  if (Array.isArray(node)) return node.flatMap((n) => elements(n, name));
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node as XmlObject).flatMap(([key, value]) => [
    ...(key === name
      ? (Array.isArray(value) ? value : [value]).filter((v): v is XmlObject => typeof v === "object")
      : []),
    ...(key.startsWith("@") ? [] : elements(value, name)),
  ]);
}
const text = (node: XmlObject | undefined) => (node ? String(node["#"] ?? "") : "");

/** A rule over one policy document: `check` returns problems from its parsed form. */
function policyRule(
  id: string,
  rule: string,
  source: string,
  check: (doc: XmlObject, policyId: unknown) => string[],
): Constraint {
  return {
    id,
    type: POLICY,
    input: "policyXml",
    rule,
    source,
    violations: (r) => {
      if (!known(r.props.policyXml)) return [];
      const doc = parsePolicy(r.props.policyXml);
      return typeof doc === "string" ? [`policyXml ${doc}`] : check(doc, r.props.policyId);
    },
  };
}

/** The policy ID, the document, its JwtIssuer lifetimes and its password predicates. */
export function policyConstraints(): Constraint[] {
  return [
    matches(
      {
        id: "b2c-policy-id",
        type: POLICY,
        input: "policyId",
        source: `${LEARN}/active-directory-b2c/trustframeworkpolicy (PolicyId; custom policies carry the B2C_1A_ prefix)`,
      },
      /^B2C_1A_[A-Za-z0-9_]+$/,
      "B2C_1A_ followed by letters, digits or _",
    ),
    policyRule(
      "b2c-policy-document",
      "a TrustFrameworkPolicy whose PolicyId is the policyId it is uploaded as, schema 0.3.0.0",
      `${LEARN}/active-directory-b2c/trustframeworkpolicy (TrustFrameworkPolicy: PolicySchemaVersion 0.3.0.0, PolicyId, TenantId)`,
      (doc, policyId) => {
        const root = doc.TrustFrameworkPolicy as XmlObject | undefined;
        if (!root) return ["policyXml has no TrustFrameworkPolicy root"];
        const out: string[] = [];
        if (root["@PolicyId"] !== policyId)
          out.push(`policyXml declares PolicyId ${JSON.stringify(root["@PolicyId"])}`);
        if (root["@PolicySchemaVersion"] !== "0.3.0.0")
          out.push(`policyXml has PolicySchemaVersion ${JSON.stringify(root["@PolicySchemaVersion"])}`);
        return out;
      },
    ),
    policyRule(
      "b2c-jwt-issuer-lifetimes",
      "JwtIssuer lifetimes within B2C's ranges: tokens 300..86,400 s, refresh 86,400..7,776,000 s, rolling window 86,400..31,536,000 s or allow_infinite_rolling_refresh_token",
      JWT_ISSUER_SOURCE,
      (doc) =>
        elements(doc, "TechnicalProfile")
          .filter((tp) => tp["@Id"] === "JwtIssuer")
          .flatMap((tp) => elements(tp, "Item"))
          .flatMap((item) => {
            const range = ISSUER_RANGES[String(item["@Key"])];
            const value = Number(text(item));
            return range && !(Number.isInteger(value) && value >= range[0] && value <= range[1])
              ? [`JwtIssuer ${item["@Key"]} is ${text(item)}`]
              : [];
          }),
    ),
    policyRule(
      "b2c-session-behaviors",
      `the relying party's web session within ${B2C_SESSION_EXPIRY_SECONDS.min}..${B2C_SESSION_EXPIRY_SECONDS.max} s (SessionExpiryInSeconds) and keep me signed in within ${B2C_KEEP_ALIVE_DAYS.min}..${B2C_KEEP_ALIVE_DAYS.max} days (KeepAliveInDays)`,
      B2C_RELYING_PARTY_SOURCE,
      (doc) =>
        elements(doc, "UserJourneyBehaviors").flatMap((b) => {
          const out: string[] = [];
          // A text-only element parses to its string.
          const expiry = b.SessionExpiryInSeconds;
          for (const e of expiry === undefined ? [] : Array.isArray(expiry) ? expiry : [expiry]) {
            const raw = typeof e === "string" ? e : text(e);
            const v = Number(raw);
            const inRange = v >= B2C_SESSION_EXPIRY_SECONDS.min && v <= B2C_SESSION_EXPIRY_SECONDS.max;
            if (!(Number.isInteger(v) && inRange)) out.push(`SessionExpiryInSeconds is ${raw}`);
          }
          for (const e of elements(b, "SingleSignOn")) {
            const days = e["@KeepAliveInDays"];
            if (days === undefined) continue;
            const v = Number(days);
            if (!(Number.isInteger(v) && v >= B2C_KEEP_ALIVE_DAYS.min && v <= B2C_KEEP_ALIVE_DAYS.max))
              out.push(`SingleSignOn KeepAliveInDays is ${String(days)}`);
          }
          return out;
        }),
    ),
    policyRule(
      "b2c-password-length",
      `the password length predicate within ${B2C_PASSWORD_LENGTH.min}..${B2C_PASSWORD_LENGTH.max} characters, minimum not above maximum`,
      B2C_PASSWORD_SOURCE,
      (doc) =>
        elements(doc, "Predicate")
          .filter((p) => p["@Method"] === "IsLengthRange")
          .flatMap((p) => {
            const param = (name: string) =>
              Number(text(elements(p, "Parameter").find((x) => x["@Id"] === name)));
            const [min, max] = [param("Minimum"), param("Maximum")];
            return min >= B2C_PASSWORD_LENGTH.min && max <= B2C_PASSWORD_LENGTH.max && min <= max
              ? []
              : [`the predicate ${p["@Id"]} allows ${min}..${max} characters`];
          }),
    ),
  ];
}
