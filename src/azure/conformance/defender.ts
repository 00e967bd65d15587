import {
  type ApimSku,
  DEFENDER_FOR_APIS_SOURCE,
  DEFENDER_FOR_APIS_TIERS,
} from "../../config/rules/azure/limits";
import { oneOf } from "../../platform/constraintKinds";
import type { ConformanceAudit, Constraint } from "../../platform/constraints";
import { FROM_RESOURCE_GROUP, findBy, fixed, LEARN, sdkEnum, spec } from "./common";

const PRICING = "azure-native:security:Pricing";
const CONTACT = "azure-native:security:SecurityContact";
const COLLECTION = "azure-native:security:APICollectionByAzureApiManagementService";
const APIM = "azure-native:apimanagement:ApiManagementService";

/** Sub-plans each Defender plan takes (none for CloudPosture). */
const SUB_PLANS: Readonly<Record<string, readonly (string | undefined)[]>> = {
  Api: ["P1", "P2", "P3", "P4", "P5"],
  Arm: ["PerSubscription", "PerApiCall"],
  CloudPosture: [undefined],
};

function defender(): Constraint[] {
  return [
    oneOf(
      {
        id: "defender-plan",
        type: PRICING,
        input: "pricingName",
        source: `${LEARN}/defender-for-cloud/defender-for-cloud-introduction (plan names of Microsoft.Security/pricings)`,
      },
      ["Api", "CloudPosture", "Arm"],
    ),
    oneOf(
      {
        id: "defender-tier",
        type: PRICING,
        input: "pricingTier",
        source: sdkEnum("security", "PricingTier"),
      },
      ["Free", "Standard"],
    ),
    {
      id: "defender-sub-plan",
      type: PRICING,
      input: "subPlan",
      source: `${LEARN}/defender-for-cloud/defender-for-apis-deploy (Api plans P1..P5), ${LEARN}/defender-for-cloud/defender-for-resource-manager-introduction (PerSubscription, PerApiCall)`,
      rule: "a sub-plan the plan offers (Api P1..P5; Arm PerSubscription or PerApiCall; none for CloudPosture)",
      violations: (r) => {
        const allowed = SUB_PLANS[String(r.props.pricingName)];
        return allowed && !allowed.includes(r.props.subPlan as string | undefined)
          ? [`subPlan ${JSON.stringify(r.props.subPlan)} on ${r.props.pricingName}`]
          : [];
      },
    },
    oneOf(
      {
        id: "security-contact-name",
        type: CONTACT,
        input: "securityContactName",
        source: spec("security/microsoft.security/2023-12-01-preview", "securityContacts name 'default'"),
      },
      ["default"],
    ),
    oneOf(
      {
        id: "security-contact-roles",
        type: CONTACT,
        input: "notificationsByRole.roles[]",
        source: spec("security/microsoft.security/2023-12-01-preview", "roles"),
      },
      ["AccountAdmin", "Contributor", "Owner", "ServiceAdmin"],
    ),
    oneOf(
      {
        id: "security-contact-severity",
        type: CONTACT,
        input: "notificationsSources[].minimalSeverity",
        source: sdkEnum("security", "MinimalSeverity"),
      },
      ["High", "Medium", "Low"],
    ),
    {
      id: "defender-apis-tier",
      type: COLLECTION,
      input: "serviceName",
      source: DEFENDER_FOR_APIS_SOURCE,
      rule: `an API Management service on a tier Defender for APIs onboards (${DEFENDER_FOR_APIS_TIERS.join(", ")})`,
      violations: (r, all) => {
        const sku = (
          findBy(all, APIM, "serviceName", r.props.serviceName)?.props.sku as { name?: ApimSku } | undefined
        )?.name;
        return sku && !DEFENDER_FOR_APIS_TIERS.includes(sku) ? [`serviceName is on ${sku}`] : [];
      },
    },
  ];
}

/** Defender for Cloud: plans, the API onboarding and the security contact. */
export const DEFENDER_AUDIT: ConformanceAudit = {
  constraints: defender(),
  unconstrained: [
    ...fixed(PRICING, {
      scopeId: "/subscriptions/<id> of the deploying subscription, read from the provider",
    }),
    ...fixed(CONTACT, {
      isEnabled: "fixed to true, a boolean",
      emails:
        "azure.defender.contactEmails or monitoring.alertEmails joined with ';', e-mail addresses by the configuration's schema",
      notificationsByRole: "checked by security-contact-roles; state fixed to On",
      notificationsSources:
        "checked by security-contact-severity; the attack-path source fixed to Critical, a value of MinimalRiskLevel",
    }),
    ...fixed(COLLECTION, {
      resourceGroupName: FROM_RESOURCE_GROUP,
      apiId: "the API's ID, taken from the Api resource (apim-api-id-pattern)",
    }),
  ],
};
