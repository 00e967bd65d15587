import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { operationShape } from "../../../src/azure/gateway/operations";
import { apiPolicyXml, operationPolicyXml } from "../../../src/azure/gateway/policy";
import { CLASSIC_TIERS } from "../../../src/azure/gateway/service";
import type { Plan } from "../../../src/plan/model";
import { all, only } from "../../support/harness";
import { azureValues, planAzure, RG, TENANT_ID, withSection } from "./support";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseAttributeValue: false,
  parseTagValue: false,
  // Keep attribute values exactly as written (separator=" "); whitespace-only text is dropped below.
  trimValues: false,
  isArray: (name) => ["audience", "issuer", "value", "origin", "method", "header", "claim"].includes(name),
});
function dropIndentation(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(dropIndentation);
  if (typeof node !== "object" || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === "#text" && typeof value === "string" && value.trim() === ""))
      .map(([key, value]) => [key, dropIndentation(value)]),
  );
}
const parse = (xml: string) =>
  dropIndentation(parser.parse(xml)) as { policies: Record<string, Record<string, unknown>> };
const METADATA =
  "https://hanbitb2c.b2clogin.com/hanbitb2c.onmicrosoft.com/B2C_1A_SignUpOrSignin/v2.0/.well-known/openid-configuration";
const ISSUER = `https://hanbitb2c.b2clogin.com/${TENANT_ID}/v2.0/`;
const SEC = "Microsoft.WindowsAzure.ApiManagement.Gateway.Security";

let plan: Plan;
let apiClientId: string;
let clientIds: string[];
beforeAll(async () => {
  plan = await planAzure(azureValues());
  apiClientId = String(
    only(plan, "azuread:index/servicePrincipal:ServicePrincipal", "hanbit-api-sp").inputs.clientId,
  );
  const ids = plan.outputs.clientIds as Record<string, string>;
  clientIds = ["web", "spa", "mobile", "machine"].map((c) => ids[c] ?? "");
});

describe("GIVEN the example gateway (StandardV2)", () => {
  it("THEN the service has a managed identity and refuses SSL 3.0 and TLS 1.0/1.1 both ways (v2 keeps its default ciphers)", () => {
    expect(only(plan, "azure-native:apimanagement:ApiManagementService").inputs).toEqual({
      developerPortalStatus: "Disabled",
      legacyPortalStatus: "Disabled",
      // defaults the azure-native SDK fills in
      disableGateway: false,
      enableClientCertificate: false,
      natGatewayState: "Disabled",
      restore: false,
      virtualNetworkType: "None",
      resourceGroupName: RG,
      serviceName: "apim-hanbit-auth-prod",
      location: "koreacentral",
      sku: { name: "StandardV2", capacity: 1 },
      publisherEmail: "platform-team@hanbit.co.kr",
      publisherName: "Hanbit Platform Team",
      identity: { type: "SystemAssigned" },
      customProperties: {
        [`${SEC}.Protocols.Ssl30`]: "False",
        [`${SEC}.Protocols.Tls10`]: "False",
        [`${SEC}.Protocols.Tls11`]: "False",
        [`${SEC}.Backend.Protocols.Ssl30`]: "False",
        [`${SEC}.Backend.Protocols.Tls10`]: "False",
        [`${SEC}.Backend.Protocols.Tls11`]: "False",
      },
      tags: { owner: "platform-team", "cost-center": "4410", "data-classification": "confidential" },
    });
  });

  it("THEN one HTTPS-only API forwards to the upstream without subscription keys", () => {
    expect(only(plan, "azure-native:apimanagement:Api").inputs).toEqual({
      resourceGroupName: RG,
      serviceName: "apim-hanbit-auth-prod",
      apiId: "hanbit-api",
      displayName: "hanbit API",
      path: "hanbit",
      protocols: ["https"],
      serviceUrl: "https://orders.internal.hanbit.co.kr",
      subscriptionRequired: false,
      apiType: "http",
    });
  });

  it("THEN one operation per route, with template parameters", () => {
    const ops = all(plan, "azure-native:apimanagement:ApiOperation").map((o) => ({
      id: o.inputs.operationId,
      method: o.inputs.method,
      url: o.inputs.urlTemplate,
      params: o.inputs.templateParameters,
    }));
    const id = [{ name: "id", type: "string", required: true }];
    expect(ops.sort((a, b) => String(a.id).localeCompare(String(b.id)))).toEqual([
      { id: "get-me", method: "GET", url: "/me", params: [] },
      { id: "get-orders", method: "GET", url: "/orders", params: [] },
      { id: "get-orders-by-id", method: "GET", url: "/orders/{id}", params: id },
      { id: "get-partner-orders-by-id", method: "GET", url: "/partner/orders/{id}", params: id },
      { id: "post-orders", method: "POST", url: "/orders", params: [] },
    ]);
  });

  it("THEN the API policy parses back to CORS, validate-jwt and a per-subject rate limit", () => {
    const policy = only(plan, "azure-native:apimanagement:ApiPolicy");
    expect({ ...policy.inputs, value: undefined }).toEqual({
      resourceGroupName: RG,
      serviceName: "apim-hanbit-auth-prod",
      apiId: "hanbit-api",
      policyId: "policy",
      format: "xml",
      value: undefined,
    });
    const inbound = parse(String(policy.inputs.value)).policies.inbound as Record<string, unknown>;
    expect(Object.keys(inbound)).toEqual(["base", "cors", "validate-jwt", "rate-limit-by-key"]);
    expect(inbound.cors).toEqual({
      "@allow-credentials": "false",
      "allowed-origins": { origin: ["https://app.hanbit.co.kr", "https://www.hanbit.co.kr"] },
      "allowed-methods": {
        "@preflight-result-max-age": "600",
        method: ["GET", "POST", "PUT", "PATCH", "DELETE"],
      },
      "allowed-headers": { header: ["authorization", "content-type"] },
    });
    expect(inbound["validate-jwt"]).toEqual({
      "@header-name": "Authorization",
      "@failed-validation-httpcode": "401",
      "@failed-validation-error-message": "Unauthorized",
      "@require-expiration-time": "true",
      "@require-scheme": "Bearer",
      "@require-signed-tokens": "true",
      "@clock-skew": "60",
      "@output-token-variable-name": "jwt",
      "openid-config": { "@url": METADATA },
      audiences: { audience: [apiClientId] },
      issuers: { issuer: [ISSUER] },
      "required-claims": { claim: [{ "@name": "azp", "@match": "any", value: clientIds }] },
    });
    expect(inbound["rate-limit-by-key"]).toEqual({
      "@calls": "600",
      "@renewal-period": "60",
      "@counter-key": '@(((Jwt)context.Variables["jwt"]).Subject)',
    });
  });

  it("THEN each operation policy checks the route's scope on the already validated token and answers 403 otherwise", () => {
    const policy = only(
      plan,
      "azure-native:apimanagement:ApiOperationPolicy",
      "hanbit-op-get-partner-orders-by-id-policy",
    );
    expect({ ...policy.inputs, value: undefined }).toEqual({
      resourceGroupName: RG,
      serviceName: "apim-hanbit-auth-prod",
      apiId: "hanbit-api",
      operationId: "get-partner-orders-by-id",
      policyId: "policy",
      format: "xml",
      value: undefined,
    });
    const inbound = parse(String(policy.inputs.value)).policies.inbound as Record<string, unknown>;
    expect(Object.keys(inbound)).toEqual(["base", "choose"]);
    expect(inbound.choose).toEqual({
      when: {
        "@condition": `@(!((Jwt)context.Variables["jwt"]).Claims.GetValueOrDefault("scp", "").Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries).Intersect(new[] { "partner.orders.read" }).Any())`,
        "return-response": {
          "set-status": { "@code": "403", "@reason": "Forbidden" },
          "set-header": [
            {
              "@name": "WWW-Authenticate",
              "@exists-action": "override",
              value: ['Bearer error="insufficient_scope"'],
            },
            { "@name": "Content-Type", "@exists-action": "override", value: ["application/json"] },
          ],
          "set-body": '{"statusCode":403,"message":"insufficient_scope"}',
        },
      },
    });
    expect(all(plan, "azure-native:apimanagement:ApiOperationPolicy").length).toBe(5);
  });

  it("THEN each operation policy waits for the API policy whose token it reads", () => {
    for (const op of all(plan, "azure-native:apimanagement:ApiOperationPolicy"))
      expect(op.dependsOn.map((u) => u.split("::").pop())).toContain("hanbit-api-policy");
  });
});

describe("GIVEN the policy builders", () => {
  const rules = {
    openIdConfigUrl:
      "https://t.b2clogin.com/t.onmicrosoft.com/B2C_1_x/v2.0/.well-known/openid-configuration?a=1&b=2",
    issuers: ["https://t.b2clogin.com/x/v2.0/"],
    audiences: ['aud"<&>'],
    authorizedParties: [],
    clockSkewSeconds: 0,
  };
  it("WHEN values hold XML metacharacters THEN they parse back exactly", () => {
    const jwt = parse(apiPolicyXml(rules)).policies.inbound as Record<string, Record<string, unknown>>;
    expect(jwt["validate-jwt"]?.["openid-config"]).toEqual({ "@url": rules.openIdConfigUrl });
    expect(jwt["validate-jwt"]?.audiences).toEqual({ audience: ['aud"<&>'] });
    expect(jwt["validate-jwt"]?.["@clock-skew"]).toBe("0");
  });
  it("WHEN there are no origins, parties or rate limit THEN cors, required-claims and rate-limit-by-key are left out", () => {
    const inbound = parse(apiPolicyXml(rules)).policies.inbound as Record<string, Record<string, unknown>>;
    expect(Object.keys(inbound)).toEqual(["base", "validate-jwt"]);
    expect(Object.keys(inbound["validate-jwt"] ?? {}).filter((k) => !k.startsWith("@"))).toEqual([
      "openid-config",
      "audiences",
      "issuers",
    ]);
  });
  it("WHEN a route scope list has several scopes THEN any of them is enough", () => {
    const inbound = parse(operationPolicyXml(["a.read", "a.write"])).policies.inbound as Record<
      string,
      { when: Record<string, unknown> }
    >;
    expect(String(inbound.choose?.when["@condition"])).toContain(
      '.Intersect(new[] { "a.read", "a.write" }).Any()',
    );
  });
  it("WHEN a scope name could break out of its C# string THEN the builder refuses it", () => {
    expect(() => operationPolicyXml(['a"); return true; //'])).toThrow(
      String.raw`not a plain scope name: "a\"); return true; //"`,
    );
  });
});

describe("GIVEN routes and tiers", () => {
  it.each([
    [{ method: "ANY", path: "/files/{path+}", scopes: ["x"] }, "any-files-by-path", "*", "/files/{*path}"],
    [{ method: "DELETE", path: "/", scopes: ["x"] }, "delete-root", "DELETE", "/"],
    [
      { method: "PUT", path: "/v1.0/items/{itemId}", scopes: ["x"] },
      "put-v1-0-items-by-itemid",
      "PUT",
      "/v1.0/items/{itemId}",
    ],
  ] as const)("WHEN route %j THEN operation %s %s %s", (route, id, method, url) => {
    const shape = operationShape({ ...route, scopes: [...route.scopes] });
    expect([shape.operationId, shape.method, shape.urlTemplate]).toEqual([id, method, url]);
  });

  it("THEN only the classic tiers get the long create timeout", () => {
    expect([...CLASSIC_TIERS].sort()).toEqual(["Basic", "Developer", "Premium", "Standard"]);
  });

  it("WHEN the tier is Developer THEN capacity is kept and 3DES is turned off too (classic tiers allow cipher changes)", async () => {
    const p = await planAzure(azureValues({ azure: withSection("apiManagement", { sku: "Developer" }) }));
    const service = only(p, "azure-native:apimanagement:ApiManagementService");
    expect(service.inputs.sku).toEqual({ name: "Developer", capacity: 1 });
    expect(Object.keys(service.inputs.customProperties as object).length).toBe(7);
    expect((service.inputs.customProperties as Record<string, string>)[`${SEC}.Ciphers.TripleDes168`]).toBe(
      "False",
    );
  });
});
