import * as authorization from "@pulumi/azure-native/authorization";
import * as security from "@pulumi/azure-native/security";
import type * as pulumi from "@pulumi/pulumi";
import { DEFENDER_FOR_APIS_TIERS } from "../../config/rules/azure/limits";
import type { AzureScope } from "../scope";

/** Defender plans the configuration can turn on, with the sub-plan each needs. */
export const DEFENDER_PLANS = {
  apis: { pricingName: "Api", subPlan: "P1" },
  cspm: { pricingName: "CloudPosture", subPlan: undefined },
  resourceManager: { pricingName: "Arm", subPlan: "PerSubscription" },
} as const;

export interface DefenderTargets {
  /** The API Management service and the API to onboard to Defender for APIs. */
  readonly gateway?: { serviceName: pulumi.Input<string>; apiId: string; api: pulumi.Resource };
}

/**
 * Defender for Cloud on the subscription: the configured plans at the Standard tier, the
 * platform's API onboarded to Defender for APIs (on the API Management tiers it supports, where
 * it is on by default), and a security contact that receives
 * alert mail (azure.defender.contactEmails, else monitoring.alertEmails).
 */
export function createDefender(scope: AzureScope, targets: DefenderTargets): void {
  const { config, name, parent } = scope;
  const defender = config.azure.defender;
  const subscriptionId = authorization.getClientConfigOutput({ parent }).subscriptionId;
  const scopeId = subscriptionId.apply((id) => `/subscriptions/${id}`);
  const plans: Partial<Record<keyof typeof DEFENDER_PLANS, security.Pricing>> = {};
  // Defender for APIs onboards APIs only on some tiers (limits.ts); left out, it follows the tier.
  const on = {
    apis: defender.apis ?? DEFENDER_FOR_APIS_TIERS.includes(config.azure.apiManagement.sku),
    cspm: defender.cspm,
    resourceManager: defender.resourceManager,
  };
  for (const key of Object.keys(DEFENDER_PLANS) as (keyof typeof DEFENDER_PLANS)[]) {
    if (!on[key]) continue;
    const plan = DEFENDER_PLANS[key];
    plans[key] = new security.Pricing(
      `${name}-defender-${plan.pricingName.toLowerCase()}`,
      {
        scopeId,
        pricingName: plan.pricingName,
        pricingTier: "Standard",
        ...(plan.subPlan ? { subPlan: plan.subPlan } : {}),
      },
      { parent },
    );
  }
  const apiPlan = plans.apis;
  if (apiPlan && targets.gateway) {
    new security.APICollectionByAzureApiManagementService(
      `${name}-defender-api-collection`,
      {
        resourceGroupName: scope.resourceGroupName,
        serviceName: targets.gateway.serviceName,
        apiId: targets.gateway.apiId,
      },
      { parent, dependsOn: [apiPlan, targets.gateway.api] },
    );
  }
  const emails = defender.contactEmails.length > 0 ? defender.contactEmails : config.monitoring.alertEmails;
  if (emails.length === 0) return;
  new security.SecurityContact(
    `${name}-defender-contact`,
    {
      securityContactName: "default",
      emails: emails.join(";"),
      isEnabled: true,
      notificationsByRole: { state: "On", roles: ["Owner"] },
      notificationsSources: [
        { sourceType: "Alert", minimalSeverity: "Medium" },
        { sourceType: "AttackPath", minimalRiskLevel: "Critical" },
      ],
    },
    { parent },
  );
}
