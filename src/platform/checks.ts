import type { Plan } from "../plan/model";

/**
 * A resource as security checks read it: the offline plan's entries and CrossGuard's
 * arguments both convert to this. In the plan a secret input reads "[secret]".
 */
export interface CheckedResource {
  readonly urn: string;
  readonly type: string;
  readonly name: string;
  readonly props: Readonly<Record<string, unknown>>;
  readonly protect: boolean;
  /** The parent's URN (the platform component for every cloud resource), when known. */
  readonly parent?: string;
  /** URNs of the resources it depends on (explicitly or through its inputs), where known. */
  readonly dependsOn?: readonly string[];
}

/**
 * One control of a security checklist (cdk-nag, Checkov, PSRule), as a pure function of
 * planned inputs, so the tests, `npm run policy` and the CrossGuard pack run the same code.
 */
export interface Check {
  /** The control's own ID, e.g. "AwsSolutions-COG1", "CKV_AZURE_91". */
  readonly id: string;
  readonly title: string;
  /** The resource types it reads. */
  readonly types: readonly string[];
  /**
   * What is wrong with one resource (empty when it holds); `all` is the whole stack, for
   * controls that depend on another resource (a private endpoint, say).
   */
  violations(resource: CheckedResource, all: readonly CheckedResource[]): string[];
}

export interface CheckResult {
  readonly id: string;
  readonly title: string;
  /** Names of the resources the check read. */
  readonly checked: string[];
  /** One message per problem, each starting with the resource's name. */
  readonly violations: string[];
}

/** The plan's resources as checks read them. */
export function checkedResources(plan: Plan): CheckedResource[] {
  return plan.resources.map((r) => ({
    urn: r.urn,
    type: r.type,
    name: r.name,
    props: r.inputs,
    protect: r.protect,
    ...(r.parent ? { parent: r.parent } : {}),
    dependsOn: r.dependsOn,
  }));
}

/**
 * The resources of `type` that `resource` depends on; when its dependencies are not known
 * (a CrossGuard view without them), every resource of that type in the stack.
 */
export function dependenciesOf(
  resource: CheckedResource,
  all: readonly CheckedResource[],
  type: string,
): CheckedResource[] {
  const ofType = all.filter((r) => r.type === type);
  if (!resource.dependsOn) return ofType;
  const deps = new Set(resource.dependsOn);
  return ofType.filter((r) => deps.has(r.urn));
}

/** Runs checks over a plan; a check whose resource types are absent holds trivially. */
export function runChecks(plan: Plan, checks: readonly Check[]): CheckResult[] {
  const resources = checkedResources(plan);
  return checks.map((check) => {
    const targets = resources.filter((r) => check.types.includes(r.type));
    return {
      id: check.id,
      title: check.title,
      checked: targets.map((r) => r.name),
      violations: targets.flatMap((r) => check.violations(r, resources)),
    };
  });
}

/** A failure message naming the resource: `name: why`. */
export const fail = (r: CheckedResource, why: string) => `${r.name}: ${why}`;

/** An input as a record, or empty. */
export function fields(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}
