import type { ApiConfig } from "../../config/schema/api";
import { el, renderXml, textEl, type XmlElement } from "../../xml";

/** Name of the policy variable that holds the validated token, read by rate-limit-by-key and the scope checks. */
export const TOKEN_VARIABLE = "jwt";

/**
 * Policies are sent as `xml`: an XML document, which is what `renderXml` writes (every value
 * escaped). `rawxml` promises a document that is not XML-encoded, so APIM would keep `&quot;`
 * inside policy expressions as written (PolicyContentFormat in the REST API spec).
 */
export const POLICY_FORMAT = "xml";

/** What the gateway checks on every token; known only once the tenant and applications exist. */
export interface TokenRules {
  /** The sign-in policy's OpenID configuration (APIM caches its keys for an hour). */
  readonly openIdConfigUrl: string;
  /** Accepted `iss` values. */
  readonly issuers: readonly string[];
  /** Accepted `aud` values: the API application's client ID. */
  readonly audiences: readonly string[];
  /** Client applications allowed to call (`azp`); empty means any client of the tenant. */
  readonly authorizedParties: readonly string[];
  /** Tolerated clock difference. */
  readonly clockSkewSeconds: number;
}

export interface ApiPolicyOptions extends TokenRules {
  /** Calls per minute per token subject; absent on Consumption, which has no rate-limit-by-key. */
  readonly rateLimitPerSubject?: number;
  readonly cors?: ApiConfig["cors"];
}

/**
 * The `validate-jwt` element: signed tokens only, an expiry required, the Bearer scheme, and
 * the issuer, audience and claims listed, answering `status` (401) when any check fails.
 */
export function validateJwt(
  rules: TokenRules,
  options: { status: 401; message: string; claims: XmlElement[]; tokenVariable?: string },
): XmlElement {
  return el(
    "validate-jwt",
    {
      "header-name": "Authorization",
      "failed-validation-httpcode": options.status,
      "failed-validation-error-message": options.message,
      "require-expiration-time": true,
      "require-scheme": "Bearer",
      "require-signed-tokens": true,
      "clock-skew": rules.clockSkewSeconds,
      "output-token-variable-name": options.tokenVariable,
    },
    [
      el("openid-config", { url: rules.openIdConfigUrl }),
      el(
        "audiences",
        {},
        rules.audiences.map((a) => textEl("audience", a)),
      ),
      el(
        "issuers",
        {},
        rules.issuers.map((i) => textEl("issuer", i)),
      ),
      options.claims.length > 0 && el("required-claims", {}, options.claims),
    ],
  );
}

/** A `<claim>` that passes when the claim holds any of the values (space-separated lists allowed). */
export function anyOf(claim: string, values: readonly string[], separator?: string): XmlElement {
  return el(
    "claim",
    { name: claim, match: "any", separator },
    values.map((v) => textEl("value", v)),
  );
}

function cors(config: ApiConfig["cors"]): XmlElement | false {
  if (config.allowOrigins.length === 0) return false;
  return el("cors", { "allow-credentials": false }, [
    el(
      "allowed-origins",
      {},
      config.allowOrigins.map((o) => textEl("origin", o)),
    ),
    el(
      "allowed-methods",
      { "preflight-result-max-age": config.maxAge.seconds },
      config.allowMethods.map((m) => textEl("method", m === "ANY" ? "*" : m)),
    ),
    el(
      "allowed-headers",
      {},
      config.allowHeaders.map((h) => textEl("header", h)),
    ),
  ]);
}

function policies(inbound: (XmlElement | false | undefined)[]): string {
  const section = (name: string, children: (XmlElement | false | undefined)[] = []) =>
    el(name, {}, [el("base"), ...children]);
  return renderXml(
    el("policies", {}, [
      section("inbound", inbound),
      section("backend"),
      section("outbound"),
      section("on-error"),
    ]),
    { declaration: false },
  );
}

/**
 * The API-wide policy: CORS first (preflight requests carry no token), then token
 * validation (401), then a per-subject rate limit keyed on the validated token's `sub`.
 */
export function apiPolicyXml(options: ApiPolicyOptions): string {
  const claims = options.authorizedParties.length > 0 ? [anyOf("azp", options.authorizedParties)] : [];
  return policies([
    options.cors && cors(options.cors),
    validateJwt(options, {
      status: 401,
      message: "Unauthorized",
      claims,
      tokenVariable: TOKEN_VARIABLE,
    }),
    options.rateLimitPerSubject !== undefined &&
      el("rate-limit-by-key", {
        calls: options.rateLimitPerSubject,
        "renewal-period": 60,
        "counter-key": `@(((Jwt)context.Variables["${TOKEN_VARIABLE}"]).Subject)`,
      }),
  ]);
}

/** A C# string literal for a policy expression; scope names never need escaping, anything else is refused. */
export function csharpString(value: string): string {
  if (!/^[A-Za-z0-9._:/-]+$/.test(value)) throw new Error(`not a plain scope name: ${JSON.stringify(value)}`);
  return `"${value}"`;
}

/**
 * True (as a policy expression) when the token validated at API level carries none of the
 * scopes in `scp`. `Jwt.Claims.GetValueOrDefault` joins a multi-valued claim with commas; B2C
 * and Entra write one space-separated string: both separators are split on.
 */
export function missingScopeCondition(scopes: readonly string[]): string {
  const wanted = scopes.map(csharpString).join(", ");
  return `@(!((Jwt)context.Variables["${TOKEN_VARIABLE}"]).Claims.GetValueOrDefault("scp", "").Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries).Intersect(new[] { ${wanted} }).Any())`;
}

/** What the operation answers when the token lacks the route's scope (RFC 6750 insufficient_scope). */
export const INSUFFICIENT_SCOPE_BODY = '{"statusCode":403,"message":"insufficient_scope"}';

/**
 * An operation's policy: the API-level policy (`<base />`) has already validated the token
 * once and kept it in the `jwt` variable; the operation only checks that `scp` holds one of
 * the route's scopes, and answers 403 otherwise. No second signature check.
 */
export function operationPolicyXml(scopes: readonly string[]): string {
  return policies([
    el("choose", {}, [
      el("when", { condition: missingScopeCondition(scopes) }, [
        el("return-response", {}, [
          el("set-status", { code: 403, reason: "Forbidden" }),
          el("set-header", { name: "WWW-Authenticate", "exists-action": "override" }, [
            textEl("value", 'Bearer error="insufficient_scope"'),
          ]),
          el("set-header", { name: "Content-Type", "exists-action": "override" }, [
            textEl("value", "application/json"),
          ]),
          textEl("set-body", INSUFFICIENT_SCOPE_BODY),
        ]),
      ]),
    ]),
  ]);
}
