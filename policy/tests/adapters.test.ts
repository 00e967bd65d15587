import type {
  ResourceValidationArgs,
  ResourceValidationPolicy,
  StackValidationArgs,
  StackValidationPolicy,
} from "@pulumi/policy";
import { describe, expect, it } from "vitest";
import { toPolicies } from "../crossguard";
import { checkPlan } from "../offline";
import { ALL_RULES } from "../rules";
import { mfaEnabled, statefulProtected } from "../rules/project";
import { noPlaintextSecrets } from "../rules/secrets";
import type { StackRule } from "../rules/types";
import { platform } from "./support";

const onePool: StackRule = {
  kind: "stack",
  name: "one-pool",
  description: "exactly one user pool",
  enforcementLevel: "advisory",
  source: "test",
  check: (resources) =>
    resources.filter((r) => r.type === "aws:cognito/userPool:UserPool").length === 1
      ? []
      : [{ message: "not one pool" }],
};

function resourceArgs(
  type: string,
  props: Record<string, unknown>,
  protect: boolean,
): ResourceValidationArgs {
  return {
    type,
    props,
    urn: `urn:x::${type}`,
    name: "n",
    opts: { protect },
  } as unknown as ResourceValidationArgs;
}

/** Runs a CrossGuard resource policy the way the analyzer would and collects its reports. */
function runResourcePolicy(policy: ResourceValidationPolicy, args: ResourceValidationArgs): string[] {
  const reports: string[] = [];
  const validate = policy.validateResource;
  if (typeof validate !== "function") throw new Error("expected a single validateResource function");
  void validate(args, (message: string) => reports.push(message));
  return reports;
}

describe("toPolicies (CrossGuard)", () => {
  it("GIVEN the rules THEN one policy each, offline-only rules left out, source in the description", () => {
    const policies = toPolicies([statefulProtected, noPlaintextSecrets, onePool]);
    expect(policies.map((p) => [p.name, p.enforcementLevel, p.description])).toEqual([
      [
        "stateful-resources-protected",
        "mandatory",
        "User directories, tenants, session stores and log buckets are protected from deletion (protect: true). [auth-platform]",
      ],
      ["one-pool", "advisory", "exactly one user pool [test]"],
    ]);
  });

  it("GIVEN a resource of another type THEN the resource policy reports nothing", () => {
    const [policy] = toPolicies([statefulProtected]) as [ResourceValidationPolicy];
    expect(runResourcePolicy(policy, resourceArgs("aws:sns/topic:Topic", {}, false))).toEqual([]);
  });

  it("GIVEN an unprotected pool THEN the resource policy reports the rule's message", () => {
    const [policy] = toPolicies([statefulProtected]) as [ResourceValidationPolicy];
    expect(runResourcePolicy(policy, resourceArgs("aws:cognito/userPool:UserPool", {}, false))).toEqual([
      "aws:cognito/userPool:UserPool n is not protected: set protection.protect: true",
    ]);
  });

  it("GIVEN a stack rule THEN the stack policy reports over all resources", () => {
    const [policy] = toPolicies([onePool]) as [StackValidationPolicy];
    const reports: string[] = [];
    void policy.validateStack({ resources: [] } as unknown as StackValidationArgs, (m) => reports.push(m));
    expect(reports).toEqual(["not one pool"]);
  });
});

describe("checkPlan (offline)", () => {
  it("GIVEN a plan with MFA off THEN one mandatory violation with the component's URN", () => {
    const component = platform({ mfaMode: "off" });
    const plan = {
      project: "p",
      stack: "s",
      cloud: "aws" as const,
      outputs: {},
      resources: [
        {
          urn: component.urn,
          type: component.type,
          name: "r",
          parent: null,
          custom: false,
          protect: false,
          dependsOn: [],
          inputs: { ...component.props },
        },
      ],
    };
    expect(checkPlan(plan, [mfaEnabled])).toEqual([
      {
        rule: "mfa-enabled",
        enforcementLevel: "mandatory",
        urn: component.urn,
        message: 'identity.mfa.mode is "off": set "required" (AAL2) or "optional"',
      },
    ]);
  });

  it("lists every rule of the baseline once", () => {
    const names = ALL_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
