import { AWS_CONFORMANCE } from "../../src/aws/conformance";
import type { CheckedResource } from "../../src/platform/checks";
import type { Constraint } from "../../src/platform/constraints";

/** One row of a rule table: the rule, the inputs that break it, what it reports; other resources of the stack. */
export type RuleCase = [
  id: string,
  inputs: Record<string, unknown>,
  expected: string[],
  others?: CheckedResource[],
];

export function awsConstraint(id: string): Constraint {
  const found = AWS_CONFORMANCE.constraints.find((c) => c.id === id);
  if (!found) throw new Error(`no AWS constraint ${id}`);
  return found;
}

/** A planned resource as the constraints read it. */
export function resource(
  type: string,
  props: Record<string, unknown>,
  name = "r",
  dependsOn?: readonly string[],
): CheckedResource {
  return {
    urn: `urn:pulumi:test::auth-platform::${type}::${name}`,
    type,
    name,
    props,
    protect: false,
    ...(dependsOn ? { dependsOn } : {}),
  };
}

/** What a constraint reports for a resource of its type with these inputs, among `others`. */
export function reported(
  id: string,
  inputs: Record<string, unknown>,
  others: readonly CheckedResource[] = [],
) {
  const constraint = awsConstraint(id);
  const target = resource(constraint.type, inputs);
  return constraint.violations(target, [target, ...others]);
}
