import { AWS_CHECKS } from "../../src/aws/checklist";
import { AZURE_CHECKS } from "../../src/azure/checklist";
import type { Check } from "../../src/platform/checks";
import type { Enforcement, StackRule } from "./types";

/** A checklist control as a rule; stack-wide, since some controls read another resource. */
export function checklistRule(
  check: Check,
  source: string,
  enforcementLevel: Enforcement = "mandatory",
): StackRule {
  return {
    kind: "stack",
    name: check.id,
    description: check.title,
    enforcementLevel,
    source,
    check: (resources) =>
      resources
        .filter((r) => check.types.includes(r.type))
        .flatMap((r) => check.violations(r, resources).map((message) => ({ urn: r.urn, message }))),
  };
}

const SOURCE: Record<string, string> = {
  AwsSolutions: "cdk-nag AwsSolutions",
  Serverless: "cdk-nag Serverless",
  CKV: "Checkov",
  Azure: "PSRule for Azure",
};

/** The cdk-nag, Checkov and PSRule controls the clouds' checklists hold. */
export const CHECKLIST_RULES: readonly StackRule[] = [...AWS_CHECKS, ...AZURE_CHECKS].map((check) =>
  checklistRule(check, SOURCE[check.id.split(/[-_.]/)[0] ?? ""] ?? "checklist"),
);
