import type { Plan } from "../plan/model";
import { type CheckedResource, checkedResources } from "./checks";

/**
 * A rule the provider or the cloud enforces on one input of one resource type, with where it
 * is written down (the provider's validator or plan-time check, the API spec, the cloud's
 * documented limit or exclusion). `npm run plan` and the policy pack run every constraint
 * of the planned cloud, so a plan that `pulumi up` would fail on is refused offline.
 */
export interface Constraint {
  /** Kebab-case ID, unique across both clouds, e.g. `wafv2-rate-based-limit`. */
  readonly id: string;
  /** The resource type token it reads, e.g. `aws:wafv2/webAcl:WebAcl`. */
  readonly type: string;
  /** The input it constrains, as a path into the planned inputs (`rules[].statement.rateBasedStatement.limit`). */
  readonly input: string;
  /** The constraint in words, e.g. `an integer in 100..2,000,000,000`. */
  readonly rule: string;
  /** Where it is stated: `owner/repo path/in/repo` or a documentation URL. */
  readonly source: string;
  /**
   * What breaks it, one message per problem (the value that breaks it, never a secret);
   * empty when the resource complies. `all` is every planned resource, for rules that read
   * another one. Values the plan cannot know yet (`[unknown]`, `[secret]`) hold trivially.
   */
  violations(resource: CheckedResource, all: readonly CheckedResource[]): string[];
}

/**
 * An input the program sets that was audited and found to carry no rule worth checking
 * (free text the provider passes through, a value fixed by the program's own types),
 * with the reason. Together with the constraints, the audit covers every input planned.
 */
export interface AuditedInput {
  readonly type: string;
  /** Top-level input name. */
  readonly input: string;
  readonly why: string;
}

/** A cloud's audit: its constraints and the inputs found free of any. */
export interface ConformanceAudit {
  readonly constraints: readonly Constraint[];
  readonly unconstrained: readonly AuditedInput[];
}

/** One broken constraint on one planned resource. */
export interface ConstraintViolation {
  readonly urn: string;
  readonly name: string;
  readonly type: string;
  readonly id: string;
  readonly input: string;
  readonly rule: string;
  readonly source: string;
  readonly message: string;
}

/** Runs the constraints over a plan's resources; a constraint whose type is not planned holds. */
export function checkConstraints(
  plan: Pick<Plan, "resources">,
  constraints: readonly Constraint[],
): ConstraintViolation[] {
  const resources = checkedResources(plan as Plan);
  return constraints.flatMap((c) =>
    resources
      .filter((r) => r.type === c.type)
      .flatMap((r) =>
        c.violations(r, resources).map((message) => ({
          urn: r.urn,
          name: r.name,
          type: r.type,
          id: c.id,
          input: c.input,
          rule: c.rule,
          source: c.source,
          message,
        })),
      ),
  );
}

/** One line naming the resource, the input, what was found, the constraint and its source. */
export function describeViolation(v: ConstraintViolation): string {
  return `${v.name} (${v.type}) ${v.input}: ${v.message}; must be ${v.rule} [${v.id}: ${v.source}]`;
}

/** Thrown by the offline plan when planned inputs break a provider's or cloud's constraint. */
export class ConformanceError extends Error {
  constructor(readonly violations: readonly ConstraintViolation[]) {
    super(
      `${violations.length} planned input(s) would fail at the provider or the cloud:\n${violations
        .map((v) => `  ${describeViolation(v)}`)
        .join("\n")}`,
    );
    this.name = "ConformanceError";
  }
}

/** Constraint IDs that appear more than once (they must be unique across both clouds). */
export function duplicateIds(constraints: readonly Constraint[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const c of constraints) (seen.has(c.id) ? repeated : seen).add(c.id);
  return [...repeated];
}

/** A planned input that neither a constraint nor an audited-free entry of the audit covers. */
export interface Unaudited {
  readonly type: string;
  readonly input: string;
}

/**
 * The top-level inputs of the plan's cloud resources that the audit does not cover: an input
 * is covered by a constraint on it (or on a path under it) or by an `unconstrained` entry.
 */
export function unauditedInputs(plan: Pick<Plan, "resources">, audit: ConformanceAudit): Unaudited[] {
  const covered = new Set([
    ...audit.constraints.map((c) => `${c.type} ${topLevel(c.input)}`),
    ...audit.unconstrained.map((u) => `${u.type} ${u.input}`),
  ]);
  const missing = new Map<string, Unaudited>();
  for (const r of plan.resources) {
    if (!r.custom || r.type.startsWith("pulumi:providers:")) continue;
    for (const input of Object.keys(r.inputs)) {
      const key = `${r.type} ${input}`;
      if (!covered.has(key)) missing.set(key, { type: r.type, input });
    }
  }
  return [...missing.values()];
}

function topLevel(input: string): string {
  return input.split(".")[0]?.replace(/\[\]$/, "") ?? input;
}
