import { describe, expect, it } from "vitest";
import { ROUTE_PATTERN } from "../../../src/azure/conformance/frontdoor/routes";
import { apiPatterns } from "../../../src/azure/edge/routes";
import { customDomainName, tenantHost } from "../../../src/azure/edge/signIn";
import { wafPolicyName } from "../../../src/azure/edge/waf";
import { customDomainEndpoints } from "../../../src/azure/identity/endpoints";
import type { AzureConfig, AzureScope } from "../../../src/azure/scope";

const config = (mode: "b2c" | "externalId", signInDomain?: string) =>
  ({
    name: "hanbit",
    azure: {
      directory: { mode, domainName: "hanbitb2c", policyMode: "userFlows" },
      frontDoor: { signInDomain },
    },
  }) as unknown as AzureConfig;

describe("GIVEN the names Front Door's resources are given", () => {
  it.each([
    ["b2c", "hanbitb2c.b2clogin.com"],
    ["externalId", "hanbitb2c.ciamlogin.com"],
  ] as const)("WHEN the directory is %s THEN the sign-in origin is %s", (mode, host) => {
    expect(tenantHost(config(mode))).toBe(host);
  });

  it("THEN a custom domain's resource name is its host name with hyphens for dots", () => {
    expect(customDomainName("login.hanbit.co.kr")).toBe("login-hanbit-co-kr");
  });

  it("THEN WAF policy names keep letters and digits only, as the provider requires", () => {
    const scope = { config: config("b2c"), stack: "prod-kr_2" } as unknown as AzureScope;
    expect([wafPolicyName(scope, "api"), wafPolicyName(scope, "signin")]).toEqual([
      "hanbitprodkr2apiwaf",
      "hanbitprodkr2signinwaf",
    ]);
  });

  it("THEN the API's route patterns are ones Front Door accepts", () => {
    expect(apiPatterns("hanbit")).toEqual(["/hanbit", "/hanbit/*"]);
    expect(apiPatterns("hanbit").every((p) => ROUTE_PATTERN.test(p))).toBe(true);
  });

  it("THEN only a B2C tenant with a sign-in domain has custom-domain endpoints", () => {
    expect(customDomainEndpoints(config("b2c"), "t")).toBe(undefined);
    expect(customDomainEndpoints(config("externalId", "login.hanbit.co.kr"), "t")).toBe(undefined);
    expect(Object.keys(customDomainEndpoints(config("b2c", "login.hanbit.co.kr"), "t") ?? {})).toEqual([
      "issuerUrl",
      "openIdConfigurationUrl",
      "jwksUrl",
      "signInUrl",
    ]);
  });
});
