import type { AuditedInput, ConformanceAudit, Constraint } from "../../../platform/constraints";
import { FD } from "./common";
import { FRONT_DOOR_MONITORING_CONSTRAINTS } from "./monitoring";
import { PROFILE_CONSTRAINTS } from "./profile";
import { ROUTE_CONSTRAINTS } from "./routes";
import { WAF_CONSTRAINTS } from "./waf";

export { FD } from "./common";

/** What Azure Resource Manager, the provider's validators and Azure Monitor enforce on Front Door. */
export const FRONT_DOOR_CONSTRAINTS: readonly Constraint[] = [
  ...PROFILE_CONSTRAINTS,
  ...ROUTE_CONSTRAINTS,
  ...WAF_CONSTRAINTS,
  ...FRONT_DOOR_MONITORING_CONSTRAINTS,
];

const REFERENCE = "an ID reference to a resource this program creates in the same run";
const TAGS = "the configuration's tags, checked against Azure's tag limits in src/config/rules/tags.ts";

/** Front Door inputs that carry no rule worth checking, with the reason. */
export const FRONT_DOOR_UNCONSTRAINED: readonly AuditedInput[] = [
  ...Object.values(FD).map((type) => ({
    type,
    input: "resourceGroupName",
    why: "the platform's resource group (azure.resourceGroupName, validated in src/config/schema/azure.ts)",
  })),
  ...[FD.profile, FD.endpoint, FD.waf].map((type) => ({ type, input: "tags", why: TAGS })),
  {
    type: FD.origin,
    input: "originGroupName",
    why: "the origin group's name, constrained on the origin group",
  },
  {
    type: FD.origin,
    input: "originHostHeader",
    why: "free text sent as Host; the program sets it to hostName",
  },
  { type: FD.origin, input: "enforceCertificateNameCheck", why: "a boolean; the program always sends true" },
  { type: FD.route, input: "originGroup", why: REFERENCE },
  { type: FD.route, input: "customDomains", why: REFERENCE },
];

/** Front Door's part of the Azure audit. */
export const FRONT_DOOR_AUDIT: ConformanceAudit = {
  constraints: FRONT_DOOR_CONSTRAINTS,
  unconstrained: FRONT_DOOR_UNCONSTRAINED,
};
