import { AWS_CONFORMANCE } from "../../src/aws/conformance";
import { AZURE_CONFORMANCE } from "../../src/azure/conformance";
import type { Constraint } from "../../src/platform/constraints";
import type { StackRule } from "./types";

/**
 * A provider's or cloud's constraint as a mandatory rule (`pulumi up` would fail on a
 * violation); stack-wide, since a constraint may read another resource.
 */
export function conformanceRule(constraint: Constraint): StackRule {
  return {
    kind: "stack",
    name: constraint.id,
    description: `${constraint.type} ${constraint.input} must be ${constraint.rule}`,
    enforcementLevel: "mandatory",
    source: constraint.source,
    check: (resources) =>
      resources
        .filter((r) => r.type === constraint.type)
        .flatMap((r) =>
          constraint
            .violations(r, resources)
            .map((message) => ({ urn: r.urn, message: `${r.name}: ${message}` })),
        ),
  };
}

/** Every constraint of both clouds: a stack only meets those of the types it plans. */
export const CONFORMANCE_RULES: readonly StackRule[] = [
  ...AWS_CONFORMANCE.constraints,
  ...AZURE_CONFORMANCE.constraints,
].map(conformanceRule);
