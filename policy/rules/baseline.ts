import { type Check, fields } from "../../src/platform/checks";
import { checklistRule } from "./checklists";
import { deletionAllowed } from "./protection";
import type { StackRule } from "./types";

/** The project's own controls on cloud resources, beyond the public checklists. */
const BASELINE_CHECKS: readonly Check[] = [
  {
    id: "cognito-deletion-protection",
    title:
      "Cognito refuses to delete the user pool (deletion protection ACTIVE) unless protection.allowDeletion says otherwise",
    types: ["aws:cognito/userPool:UserPool"],
    violations: (r, all) =>
      r.props.deletionProtection === "ACTIVE" || deletionAllowed(r, all)
        ? []
        : [`${r.name}: deletionProtection is ${String(r.props.deletionProtection)}`],
  },
  {
    id: "log-retention",
    title: "Logs are kept: CloudWatch log groups have a retention, Log Analytics keeps at least 30 days",
    types: ["aws:cloudwatch/logGroup:LogGroup", "azure-native:operationalinsights:Workspace"],
    violations: (r) => {
      const days = Number(r.props.retentionInDays);
      const minimum = r.type.startsWith("aws:") ? 1 : 30;
      return Number.isFinite(days) && days >= minimum
        ? []
        : [`${r.name}: retentionInDays is ${String(r.props.retentionInDays)}`];
    },
  },
  {
    id: "redis-entra-only",
    title: "Azure Cache for Redis accepts only Microsoft Entra tokens (access keys off)",
    types: ["azure-native:redis:Redis"],
    violations: (r) =>
      r.props.disableAccessKeyAuthentication === true
        ? []
        : [`${r.name}: disableAccessKeyAuthentication is not true`],
  },
];

/** Threat protection in audit mode only watches: allowed, but worth a warning. */
const THREAT_PROTECTION: Check = {
  id: "cognito-threat-protection-enforced",
  title: "Cognito threat protection acts on risky sign-ins (ENFORCED, not AUDIT or OFF)",
  types: ["aws:cognito/userPool:UserPool"],
  violations: (r) => {
    const mode = String(fields(r.props.userPoolAddOns).advancedSecurityMode ?? "OFF");
    return mode === "ENFORCED" ? [] : [`${r.name}: advancedSecurityMode is ${mode}`];
  },
};

export const BASELINE_RULES: readonly StackRule[] = [
  ...BASELINE_CHECKS.map((check) => checklistRule(check, "auth-platform")),
  checklistRule(THREAT_PROTECTION, "auth-platform", "advisory"),
];
