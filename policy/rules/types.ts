/** How a violation is treated: mandatory ones fail `pulumi preview` and `npm run policy`. */
export type Enforcement = "mandatory" | "advisory";

import type { CheckedResource } from "../../src/platform/checks";

export type { CheckedResource };

interface RuleBase {
  /** Kebab-case ID shown with each violation. */
  readonly name: string;
  readonly description: string;
  readonly enforcementLevel: Enforcement;
  /** The checklist control the rule holds, e.g. "cdk-nag AwsSolutions-COG1", or "auth-platform". */
  readonly source: string;
}

/** A rule about one resource at a time. */
export interface ResourceRule extends RuleBase {
  readonly kind: "resource";
  /** The types it applies to, or "*" for every resource. */
  readonly resourceTypes: readonly string[] | "*";
  /** The violations of one resource, as messages; empty when it complies. */
  check(resource: CheckedResource): string[];
  /**
   * Set when only the offline plan can decide the rule (CrossGuard unwraps secrets,
   * so it cannot tell a secret from plaintext); CrossGuard then skips it.
   */
  readonly offlineOnly?: boolean;
}

/** A rule about the stack as a whole (e.g. "a user pool has a risk configuration"). */
export interface StackRule extends RuleBase {
  readonly kind: "stack";
  check(resources: readonly CheckedResource[]): Array<{ urn?: string; message: string }>;
}

export type Rule = ResourceRule | StackRule;

/** One broken rule, as printed by `npm run policy`. */
export interface Violation {
  readonly rule: string;
  readonly enforcementLevel: Enforcement;
  readonly urn: string;
  readonly message: string;
}

/** Reads a nested property (`a.b.c`) of resource inputs, or undefined. */
export function prop(props: Readonly<Record<string, unknown>>, path: string): unknown {
  let node: unknown = props;
  for (const key of path.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
