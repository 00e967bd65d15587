import { describe, expect, it } from "vitest";
import { all, only } from "../../support/harness";
import { azureValues, planAzure, RG, SUBSCRIPTION, withSection } from "./support";

describe("GIVEN the example stack's Defender settings (StandardV2: Defender for APIs left to its default)", () => {
  it("THEN CSPM and Resource Manager are Standard on the subscription, no API plan or onboarding, contact mailed", async () => {
    const plan = await planAzure(azureValues());
    const pricing = all(plan, "azure-native:security:Pricing").map((p) => p.inputs);
    const scopeId = `/subscriptions/${SUBSCRIPTION}`;
    expect(pricing.sort((a, b) => String(a.pricingName).localeCompare(String(b.pricingName)))).toEqual([
      { scopeId, pricingName: "Arm", pricingTier: "Standard", subPlan: "PerSubscription" },
      { scopeId, pricingName: "CloudPosture", pricingTier: "Standard" },
    ]);
    expect(all(plan, "azure-native:security:APICollectionByAzureApiManagementService")).toEqual([]);
    expect(only(plan, "azure-native:security:SecurityContact").inputs).toEqual({
      securityContactName: "default",
      emails: "secops@hanbit.co.kr;platform-oncall@hanbit.co.kr",
      isEnabled: true,
      notificationsByRole: { state: "On", roles: ["Owner"] },
      notificationsSources: [
        { sourceType: "Alert", minimalSeverity: "Medium" },
        { sourceType: "AttackPath", minimalRiskLevel: "Critical" },
      ],
    });
  });
});

describe("GIVEN a classic tier (Premium), which Defender for APIs supports", () => {
  it("THEN the Api plan is on by default and the API is onboarded after the plan and the API", async () => {
    const plan = await planAzure(azureValues({ azure: withSection("apiManagement", { sku: "Premium" }) }));
    expect(only(plan, "azure-native:security:Pricing", "hanbit-defender-api").inputs).toEqual({
      scopeId: `/subscriptions/${SUBSCRIPTION}`,
      pricingName: "Api",
      pricingTier: "Standard",
      subPlan: "P1",
    });
    const collection = only(plan, "azure-native:security:APICollectionByAzureApiManagementService");
    expect(collection.inputs).toEqual({
      resourceGroupName: RG,
      serviceName: "apim-hanbit-auth-prod",
      apiId: "hanbit-api",
    });
    expect(collection.dependsOn.map((u) => u.split("::").pop()).sort()).toEqual([
      "hanbit-api",
      "hanbit-apim",
      "hanbit-defender-api",
      "hanbit-resource-group",
    ]);
  });
});

describe("GIVEN Defender for APIs off and dedicated contacts", () => {
  it("THEN no API plan nor collection, and the contact uses azure.defender.contactEmails", async () => {
    const plan = await planAzure(
      azureValues({
        azure: withSection("defender", {
          apis: false,
          resourceManager: false,
          contactEmails: ["soc@hanbit.co.kr"],
        }),
      }),
    );
    expect(all(plan, "azure-native:security:Pricing").map((p) => p.name)).toEqual([
      "hanbit-defender-cloudposture",
    ]);
    expect(all(plan, "azure-native:security:APICollectionByAzureApiManagementService")).toEqual([]);
    expect(only(plan, "azure-native:security:SecurityContact").inputs.emails).toBe("soc@hanbit.co.kr");
  });
});
