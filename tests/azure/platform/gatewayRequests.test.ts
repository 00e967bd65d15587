/**
 * Issue 13, "validate once": the example gateway's generated policies run against requests by a
 * small model of API Management's inbound pipeline (the operation policy's <base/> runs the API
 * policy; validate-jwt checks scheme, signature, expiry, issuer, audience and required claims,
 * then stores the token; <choose> evaluates the one policy expression the generator writes, whose
 * text is matched exactly before it is evaluated). No APIM is available offline: this proves the
 * logic of what is sent, not the gateway.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Plan } from "../../../src/plan/model";
import { all, only } from "../../support/harness";
import { at, kids, type Node, parse } from "../policies/parsed";
import { azureValues, planAzure } from "./support";

interface Token {
  signed: boolean;
  claims: Record<string, string | string[] | number>;
}
interface Outcome {
  status: number;
  /** How many validate-jwt elements the request passed through. */
  validations: number;
  body?: string;
}

/** The exact expression the generator writes for "none of these scopes in scp". */
const MISSING_SCOPE =
  /^@\(!\(\(Jwt\)context\.Variables\["jwt"\]\)\.Claims\.GetValueOrDefault\("scp", ""\)\.Split\(new\[\] \{ ' ', ',' \}, StringSplitOptions\.RemoveEmptyEntries\)\.Intersect\(new\[\] \{ ((?:"[^"]+"(?:, )?)+) \}\)\.Any\(\)\)$/;

/** Jwt.Claims.GetValueOrDefault: a claim's values joined with commas, or the default. */
function claimValue(token: Token, name: string): string {
  const v = token.claims[name];
  return v === undefined ? "" : Array.isArray(v) ? v.join(",") : String(v);
}

function condition(expression: string, variables: Map<string, Token>): boolean {
  const match = MISSING_SCOPE.exec(expression);
  if (!match) throw new Error(`unrecognized policy expression: ${expression}`);
  const wanted = [...(match[1] ?? "").matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  const token = variables.get("jwt");
  if (!token) throw new Error('KeyNotFoundException: context.Variables["jwt"]');
  const scopes = claimValue(token, "scp").split(/[ ,]/).filter(Boolean);
  return !scopes.some((s) => wanted.includes(s));
}

function validateJwt(node: Node, header: string | undefined, token: Token | undefined): boolean {
  if (node.attrs["header-name"] !== "Authorization" || node.attrs["require-scheme"] !== "Bearer")
    return false;
  if (!header?.startsWith("Bearer ") || !token?.signed) return false;
  if (node.attrs["require-expiration-time"] === "true" && token.claims.exp === undefined) return false;
  const listed = (parent: string, child: string) => kids(at(node, parent), child).map((n) => n.text);
  if (!listed("audiences", "audience").includes(claimValue(token, "aud"))) return false;
  if (!listed("issuers", "issuer").includes(claimValue(token, "iss"))) return false;
  const required = kids(node, "required-claims").flatMap((r) => kids(r, "claim"));
  return required.every((claim) => {
    const values = kids(claim, "value").map((v) => v.text);
    const held = claimValue(token, claim.attrs.name ?? "").split(claim.attrs.separator ?? ",");
    return claim.attrs.match === "any" && held.some((h) => values.includes(h));
  });
}

/** Runs the inbound section of the operation policy (and, through <base/>, the API policy). */
function run(apiXml: string, operationXml: string, request: { token?: Token }): Outcome {
  const variables = new Map<string, Token>();
  let validations = 0;
  const header = request.token ? "Bearer eyJ..." : undefined;
  const walk = (section: Node, base: Node | undefined): Outcome | undefined => {
    for (const step of section.children) {
      if (step.name === "base") {
        const outcome = base && walk(base, undefined);
        if (outcome) return outcome;
      } else if (step.name === "validate-jwt") {
        validations += 1;
        if (!validateJwt(step, header, request.token))
          return { status: Number(step.attrs["failed-validation-httpcode"]), validations };
        const variable = step.attrs["output-token-variable-name"];
        if (variable && request.token) variables.set(variable, request.token);
      } else if (step.name === "choose") {
        const when = kids(step, "when").find((w) => condition(w.attrs.condition ?? "", variables));
        const response = when && kids(when, "return-response")[0];
        if (response)
          return {
            status: Number(at(response, "set-status").attrs.code),
            validations,
            body: at(response, "set-body").text,
          };
      } else if (!["cors", "rate-limit-by-key"].includes(step.name)) {
        throw new Error(`unmodelled policy <${step.name}>`);
      }
    }
    return undefined;
  };
  const inbound = (xml: string) => at(parse(xml), "inbound");
  return walk(inbound(operationXml), inbound(apiXml)) ?? { status: 200, validations };
}

let plan: Plan;
let apiXml: string;
let issuer: string;
let audience: string;
let clientIds: Record<string, string>;
const operation = (id: string) =>
  String(only(plan, "azure-native:apimanagement:ApiOperationPolicy", `hanbit-op-${id}-policy`).inputs.value);

beforeAll(async () => {
  plan = await planAzure(azureValues());
  apiXml = String(only(plan, "azure-native:apimanagement:ApiPolicy").inputs.value);
  const jwt = at(parse(apiXml), "inbound", "validate-jwt");
  issuer = at(jwt, "issuers", "issuer").text;
  audience = at(jwt, "audiences", "audience").text;
  clientIds = plan.outputs.clientIds as Record<string, string>;
});

const token = (claims: Record<string, string | string[] | number>, signed = true): Token => ({
  signed,
  claims: { iss: issuer, aud: audience, exp: 1_900_000_000, azp: clientIds.spa ?? "", ...claims },
});

describe("GIVEN the example gateway's policies WHEN requests arrive", () => {
  it.each<[string, string, () => Token | undefined, number]>([
    ["no token", "get-orders", () => undefined, 401],
    ["a token with a bad signature", "get-orders", () => token({ scp: "orders.read" }, false), 401],
    [
      "a token without an expiry",
      "get-orders",
      () => token({ scp: "orders.read", exp: undefined as never }),
      401,
    ],
    [
      "a token for another audience",
      "get-orders",
      () => token({ scp: "orders.read", aud: "someone-else" }),
      401,
    ],
    [
      "a token from another issuer",
      "get-orders",
      () => token({ scp: "orders.read", iss: "https://evil.example/" }),
      401,
    ],
    [
      "a token of an unknown client (azp)",
      "get-orders",
      () => token({ scp: "orders.read", azp: "other-app" }),
      401,
    ],
    ["a token without the route's scope", "get-orders", () => token({ scp: "profile.read" }), 403],
    ["a token with no scp at all (an ID token)", "get-orders", () => token({}), 403],
    [
      "a token whose scope only prefixes the route's",
      "get-orders",
      () => token({ scp: "orders.readonly" }),
      403,
    ],
    ["a read token on a write route", "post-orders", () => token({ scp: "orders.read" }), 403],
    [
      "a token with the scope among others",
      "get-orders",
      () => token({ scp: "profile.read orders.read" }),
      200,
    ],
    [
      "a token with the scope as a multi-valued claim",
      "get-orders-by-id",
      () => token({ scp: ["profile.read", "orders.read"] }),
      200,
    ],
    [
      "the machine client's token on the partner route",
      "get-partner-orders-by-id",
      () => token({ scp: "partner.orders.read", azp: clientIds.machine ?? "" }),
      200,
    ],
  ])("WHEN %s calls %s THEN the answer is %d after exactly one validate-jwt", (_, op, tokenFor, status) => {
    const outcome = run(apiXml, operation(op), { token: tokenFor() });
    expect([outcome.status, outcome.validations]).toEqual([status, 1]);
    if (status === 403) expect(outcome.body).toBe('{"statusCode":403,"message":"insufficient_scope"}');
  });

  it("THEN every operation of the example is covered by the model", () => {
    const ok = token({ scp: "orders.read orders.write profile.read partner.orders.read" });
    const outcomes = all(plan, "azure-native:apimanagement:ApiOperationPolicy").map((p) =>
      run(apiXml, String(p.inputs.value), { token: ok }),
    );
    expect(outcomes).toEqual(outcomes.map(() => ({ status: 200, validations: 1 })));
  });
});
