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

/**
 * Threat protection enforced: risky sign-ins blocked or challenged, leaked credentials refused.
 * Mandatory; a configuration that chooses audit or off records that choice and waives it.
 */
const THREAT_PROTECTION: Check = {
  id: "cognito-threat-protection-enforced",
  title:
    "Cognito threat protection acts on risky sign-ins (ENFORCED; high risk blocked, medium risk MFA, leaked credentials blocked)",
  types: ["aws:cognito/userPool:UserPool"],
  violations: (r, all) => {
    const mode = String(fields(r.props.userPoolAddOns).advancedSecurityMode ?? "OFF");
    if (mode !== "ENFORCED") return [`${r.name}: advancedSecurityMode is ${mode}`];
    const risk = all.find((c) => c.type === "aws:cognito/riskConfiguration:RiskConfiguration");
    if (!risk) return [`${r.name}: no risk configuration`];
    const actions = fields(fields(risk.props.accountTakeoverRiskConfiguration).actions);
    const compromised = fields(
      fields(risk.props.compromisedCredentialsRiskConfiguration).actions,
    ).eventAction;
    const out: string[] = [];
    if (fields(actions.highAction).eventAction !== "BLOCK")
      out.push(`${r.name}: high-risk sign-ins are not blocked`);
    if (fields(actions.mediumAction).eventAction !== "MFA_REQUIRED")
      out.push(`${r.name}: medium-risk sign-ins need no MFA`);
    if (compromised !== "BLOCK") out.push(`${r.name}: leaked credentials are not blocked`);
    return out;
  },
};

export const BASELINE_RULES: readonly StackRule[] = [
  ...BASELINE_CHECKS.map((check) => checklistRule(check, "auth-platform")),
  checklistRule(THREAT_PROTECTION, "auth-platform"),
];
