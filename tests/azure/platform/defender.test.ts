import { describe, expect, it } from "vitest";
import { all, only } from "../../support/harness";
import { azureValues, planAzure, RG, SUBSCRIPTION, withSection } from "./support";

describe("GIVEN the example stack's Defender settings (all plans on)", () => {
  it("THEN the three plans are Standard on the subscription, APIs onboarded, contact mailed", async () => {
    const plan = await planAzure(azureValues());
    const pricing = all(plan, "azure-native:security:Pricing").map((p) => p.inputs);
    const scopeId = `/subscriptions/${SUBSCRIPTION}`;
    expect(pricing.sort((a, b) => String(a.pricingName).localeCompare(String(b.pricingName)))).toEqual([
      { scopeId, pricingName: "Api", pricingTier: "Standard", subPlan: "P1" },
      { scopeId, pricingName: "Arm", pricingTier: "Standard", subPlan: "PerSubscription" },
      { scopeId, pricingName: "CloudPosture", pricingTier: "Standard" },
    ]);
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
