import { beforeAll, describe, expect, it } from "vitest";
import { AZURE_CONFORMANCE } from "../../src/azure/conformance";
import { FD } from "../../src/azure/conformance/frontdoor";
import type { Plan } from "../../src/plan/model";
import { checkConstraints, describeViolation, unauditedInputs } from "../../src/platform/constraints";
import { planStandardVariant } from "../azure/edge/support";
import { azureValues, planAzure } from "../azure/platform/support";

const FRONT_DOOR_TYPES = new Set<string>(Object.values(FD));
let example: Plan;
let standard: Plan;
beforeAll(async () => {
  example = await planAzure(azureValues());
  standard = await planStandardVariant();
});

/** The lines `npm run plan` prints for the example plan after one resource's inputs are changed. */
function afterChange(name: string, change: (inputs: Record<string, unknown>) => void): string[] {
  const plan = structuredClone(example);
  const resource = plan.resources.find((r) => r.name === name);
  if (!resource) throw new Error(`no resource ${name}`);
  change(resource.inputs as Record<string, unknown>);
  return checkConstraints(plan, AZURE_CONFORMANCE.constraints).map(describeViolation);
}
// biome-ignore lint/suspicious/noExplicitAny: the tests reach into planned inputs of known shape
type Inputs = Record<string, any>;

describe("GIVEN the Front Door plans (B2C behind Premium, External ID behind Standard)", () => {
  it("THEN every Front Door input is audited, and every constraint holds", () => {
    for (const plan of [example, standard]) {
      expect(unauditedInputs(plan, AZURE_CONFORMANCE).filter((u) => FRONT_DOOR_TYPES.has(u.type))).toEqual(
        [],
      );
      expect(checkConstraints(plan, AZURE_CONFORMANCE.constraints).map(describeViolation)).toEqual([]);
    }
  });
});

describe("GIVEN one planned Front Door input broken", () => {
  const WAF_SPEC =
    "Azure/azure-rest-api-specs specification/frontdoor/resource-manager/Microsoft.Network/FrontDoor/stable/2025-11-01/openapi.json";
  const AFDX =
    "Azure/azure-rest-api-specs specification/cdn/resource-manager/Microsoft.Cdn/Cdn/stable/2025-06-01/afdx.json";
  const AZURERM = "hashicorp/terraform-provider-azurerm internal/services/cdn";
  const cases: [string, string, (i: Inputs) => void, string[]][] = [
    [
      "a WAF policy of another tier than the profile",
      "hanbit-signin-waf",
      (i) => {
        i.sku = { name: "Standard_AzureFrontDoor" };
      },
      [
        `hanbit-signin-waf (azure-native:frontdoor:Policy) sku.name: sku.name is "Standard_AzureFrontDoor", the profile's is "Premium_AzureFrontDoor"; must be the Front Door profile's SKU [frontdoor-waf-tier: MicrosoftDocs/azure-docs articles/active-directory-b2c/custom-domain.md (the WAF policy must be the same tier as the Azure Front Door profile); ${WAF_SPEC} (Sku)]`,
      ],
    ],
    [
      "managed rule sets on a Standard policy (and profile)",
      "hanbit-frontdoor",
      (i) => {
        i.sku = { name: "Standard_AzureFrontDoor" };
      },
      [
        `hanbit-signin-waf (azure-native:frontdoor:Policy) sku.name: sku.name is "Premium_AzureFrontDoor", the profile's is "Standard_AzureFrontDoor"; must be the Front Door profile's SKU [frontdoor-waf-tier: MicrosoftDocs/azure-docs articles/active-directory-b2c/custom-domain.md (the WAF policy must be the same tier as the Azure Front Door profile); ${WAF_SPEC} (Sku)]`,
        `hanbit-api-waf (azure-native:frontdoor:Policy) sku.name: sku.name is "Premium_AzureFrontDoor", the profile's is "Standard_AzureFrontDoor"; must be the Front Door profile's SKU [frontdoor-waf-tier: MicrosoftDocs/azure-docs articles/active-directory-b2c/custom-domain.md (the WAF policy must be the same tier as the Azure Front Door profile); ${WAF_SPEC} (Sku)]`,
      ],
    ],
    [
      "a rate limit of 0 counted over 2 minutes, blocking nothing but allowing",
      "hanbit-api-waf",
      (i) => {
        Object.assign(i.customRules.rules[0], {
          rateLimitThreshold: 0,
          rateLimitDurationInMinutes: 2,
          action: "Allow",
        });
      },
      [
        "hanbit-api-waf (azure-native:frontdoor:Policy) customRules.rules[].rateLimitDurationInMinutes: customRules.rules[0].rateLimitDurationInMinutes is 2; must be one of 1, 5 [frontdoor-waf-rate-window: MicrosoftDocs/azure-docs articles/web-application-firewall/afds/waf-front-door-rate-limit.md (a time period of either one minute or five minutes)]",
        `hanbit-api-waf (azure-native:frontdoor:Policy) customRules.rules[].rateLimitThreshold: customRules.rules[0].rateLimitThreshold is 0; must be an integer in 1..2,147,483,647 [frontdoor-waf-rate-threshold: ${WAF_SPEC} (CustomRule.rateLimitThreshold: int32, minimum 0)]`,
        'hanbit-api-waf (azure-native:frontdoor:Policy) customRules.rules[]: customRules.rules[0] has 1 match condition(s) and the action "Allow"; must be a rate-limit rule with at least one match condition and the action Log or Block [frontdoor-waf-rate-rule: MicrosoftDocs/azure-docs articles/web-application-firewall/afds/waf-front-door-rate-limit-configure.md (rate-limit rules must contain a match condition; only Log and Block)]',
      ],
    ],
    [
      "two custom rules with the same priority",
      "hanbit-signin-waf",
      (i) => {
        i.customRules.rules.push({ ...i.customRules.rules[0], name: "Second" });
      },
      [
        "hanbit-signin-waf (azure-native:frontdoor:Policy) customRules.rules[].priority: customRules.rules[1].priority is 100; must be an integer no other custom rule of the policy has [frontdoor-waf-rule-priority: MicrosoftDocs/azure-docs articles/web-application-firewall/afds/waf-front-door-custom-rules.md (priority numbers must be unique among all custom rules)]",
      ],
    ],
    [
      "a route pattern with a wildcard in the middle, and HTTP/2 as a protocol",
      "hanbit-api-route",
      (i) => {
        i.patternsToMatch = ["/hanbit/*/orders"];
        i.supportedProtocols = ["Http2"];
      },
      [
        `hanbit-api-route (azure-native:cdn:Route) supportedProtocols[]: supportedProtocols[0] is "Http2"; must be one of "Http", "Https" [frontdoor-route-protocols: ${AFDX} (AFDEndpointProtocols)]`,
        `hanbit-api-route (azure-native:cdn:Route) patternsToMatch[]: patternsToMatch[0] is "/hanbit/*/orders"; must be a path starting with /, with * only after the final / (^\\/[^*]*$|^\\/(?:[^*]*\\/)?\\*$) [frontdoor-route-pattern: ${AFDX} (RouteUpdatePropertiesParameters.patternsToMatch)]`,
      ],
    ],
    [
      "an endpoint name of 47 characters in a region",
      "hanbit-edge-endpoint",
      (i) => {
        i.endpointName = "e".repeat(47);
        i.location = "koreacentral";
      },
      [
        `hanbit-edge-endpoint (azure-native:cdn:AFDEndpoint) endpointName: endpointName is "${"e".repeat(47)}"; must be 2..46 letters, digits and hyphens, starting and ending with a letter or digit (^[\\da-zA-Z][-\\da-zA-Z]{0,44}[\\da-zA-Z]$) [frontdoor-endpoint-name: ${AZURERM}/validate/front_door_endpoint_name.go]`,
        'hanbit-edge-endpoint (azure-native:cdn:AFDEndpoint) location: location is "koreacentral"; must be "Global" (any case) [frontdoor-endpoint-location: Azure/azure-rest-api-specs specification/cdn/resource-manager/Microsoft.Cdn/Cdn/stable/2025-06-01/examples/AFDEndpoints_Create.json (location "global")]',
      ],
    ],
    [
      "a custom domain still on the retired TLS 1.0 policy",
      "hanbit-signin-domain",
      (i) => {
        i.tlsSettings = {
          certificateType: "ManagedCertificate",
          minimumTlsVersion: "TLS10",
          cipherSuiteSetType: "TLS10_2019",
        };
      },
      [
        `hanbit-signin-domain (azure-native:cdn:AFDCustomDomain) tlsSettings.minimumTlsVersion: tlsSettings.minimumTlsVersion is "TLS10"; must be one of "TLS12", "TLS13" [frontdoor-minimum-tls: ${AFDX} (AfdMinimumTlsVersion); MicrosoftDocs/azure-docs articles/frontdoor/standard-premium/tls-policy.md (TLS 1.0/1.1 minimums disallowed since 2025-03-01)]`,
        `hanbit-signin-domain (azure-native:cdn:AFDCustomDomain) tlsSettings.cipherSuiteSetType: tlsSettings.cipherSuiteSetType is "TLS10_2019"; must be one of "Customized", "TLS12_2022", "TLS12_2023" [frontdoor-cipher-suites: ${AFDX} (AfdCipherSuiteSetType); MicrosoftDocs/azure-docs articles/frontdoor/standard-premium/tls-policy.md (TLS 1.0/1.1 minimums disallowed since 2025-03-01)]`,
      ],
    ],
    [
      "a security policy on one path only",
      "hanbit-api-security-policy",
      (i) => {
        i.parameters.associations[0].patternsToMatch = ["/hanbit/*"];
      },
      [
        `hanbit-api-security-policy (azure-native:cdn:SecurityPolicy) parameters.associations[].patternsToMatch[]: parameters.associations[0].patternsToMatch[0] is "/hanbit/*"; must be one of "/*" [frontdoor-security-policy-patterns: ${AZURERM}/cdn_frontdoor_security_policy_resource.go (patterns_to_match: "/*", the only value the service accepts)]`,
      ],
    ],
    [
      "a diagnostic setting asking for the classic category name and resource-specific tables",
      "hanbit-frontdoor-diagnostics",
      (i) => {
        i.logs = [{ category: "FrontdoorAccessLog", enabled: true }];
        i.logAnalyticsDestinationType = "Dedicated";
      },
      [
        'hanbit-frontdoor-diagnostics (azure-native:monitor:DiagnosticSetting) logs[].category: logs[0].category is "FrontdoorAccessLog"; must be for a Front Door profile, one of AzureCdnAccessLog, FrontDoorAccessLog, FrontDoorHealthProbeLog, FrontDoorWebApplicationFirewallLog [frontdoor-log-categories: MicrosoftDocs/azure-monitor-docs articles/azure-monitor/reference/supported-logs/microsoft-cdn-profiles-logs.md (every category\'s table is AzureDiagnostics)]',
        'hanbit-frontdoor-diagnostics (azure-native:monitor:DiagnosticSetting) logAnalyticsDestinationType: logAnalyticsDestinationType is "Dedicated"; must be unset for a Front Door profile (its logs only go to the AzureDiagnostics table) [frontdoor-log-table: MicrosoftDocs/azure-monitor-docs articles/azure-monitor/reference/supported-logs/microsoft-cdn-profiles-logs.md (every category\'s table is AzureDiagnostics)]',
      ],
    ],
    [
      "an alert on a metric and a dimension a Front Door profile does not have",
      "hanbit-frontdoor-origin-health",
      (i) => {
        Object.assign(i.criteria.allOf[0], { metricName: "BackendHealthPercentage" });
        i.criteria.allOf[0].dimensions[0].name = "Backend";
      },
      [
        'hanbit-frontdoor-origin-health (azure-native:monitor:MetricAlert) criteria.allOf[].metricName: criteria.allOf[0].metricName is "BackendHealthPercentage"; must be for a Front Door profile, one of ByteHitRatio, OriginHealthPercentage, OriginLatency, OriginRequestCount, Percentage4XX, Percentage5XX, RequestCount, RequestSize, ResponseSize, TotalLatency, WebApplicationFirewallRequestCount [frontdoor-alert-metric: MicrosoftDocs/azure-docs articles/frontdoor/monitor-front-door-reference.md]',
        'hanbit-frontdoor-origin-health (azure-native:monitor:MetricAlert) criteria.allOf[].dimensions[].name: criteria.allOf[0].dimensions[0].name is "Backend"; must be for a Front Door profile, one of Action, ClientCountry, ClientRegion, Endpoint, HttpStatus, HttpStatusGroup, Origin, OriginGroup, PolicyName, RuleName [frontdoor-alert-dimension: MicrosoftDocs/azure-docs articles/frontdoor/monitor-front-door-reference.md]',
      ],
    ],
  ];
  it.each(cases)("WHEN %s THEN exactly these lines", (_, name, change, lines) => {
    expect(afterChange(name, change)).toEqual(lines);
  });

  it("WHEN a Standard policy carries managed rule sets THEN the Premium-only rule names it", () => {
    const plan = structuredClone(standard);
    const waf = plan.resources.find((r) => r.name === "dalbit-api-waf");
    (waf?.inputs as Inputs).managedRules = {
      managedRuleSets: [{ ruleSetType: "Microsoft_DefaultRuleSet", ruleSetVersion: "2.1" }],
    };
    expect(checkConstraints(plan, AZURE_CONFORMANCE.constraints).map(describeViolation)).toEqual([
      `dalbit-api-waf (azure-native:frontdoor:Policy) managedRules: managedRules is set on "Standard_AzureFrontDoor"; must be absent unless sku.name is Premium_AzureFrontDoor [frontdoor-waf-managed-premium: ${AZURERM}/cdn_frontdoor_firewall_policy_resource.go (managed_rule only with Premium_AzureFrontDoor); MicrosoftDocs/azure-docs articles/web-application-firewall/afds/protect-api-hosted-apim-by-waf.md]`,
    ]);
  });
});
