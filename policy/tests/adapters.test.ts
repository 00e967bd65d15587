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
import { mfaEnabled } from "../rules/project";
import { statefulProtected } from "../rules/protection";
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
    const policies = toPolicies([mfaEnabled, noPlaintextSecrets, onePool]);
    expect(policies.map((p) => [p.name, p.enforcementLevel, p.description])).toEqual([
      [
        "mfa-enabled",
        "mandatory",
        "Multi-factor authentication is offered (identity.mfa.mode is not off). [auth-platform]",
      ],
      ["one-pool", "advisory", "exactly one user pool [test]"],
    ]);
  });

  it("GIVEN a resource of another type THEN the resource policy reports nothing", () => {
    const [policy] = toPolicies([mfaEnabled]) as [ResourceValidationPolicy];
    expect(
      runResourcePolicy(policy, resourceArgs("aws:s3/bucket:Bucket", { mfaMode: "off" }, false)),
    ).toEqual([]);
  });

  it("GIVEN the platform with MFA off THEN the resource policy reports the rule's message", () => {
    const [policy] = toPolicies([mfaEnabled]) as [ResourceValidationPolicy];
    const args = resourceArgs("auth-platform:index:AuthPlatform", { mfaMode: "off" }, false);
    expect(runResourcePolicy(policy, args)).toEqual([
      'identity.mfa.mode is "off": set "required" (AAL2) or "optional"',
    ]);
  });

  it.each([
    [
      false,
      [
        "aws:cognito/userPool:UserPool pool is not protected although protection.allowDeletion is false: remove what unprotects it, or set protection.allowDeletion: true to delete it knowingly",
      ],
    ],
    [true, []],
  ])(
    "GIVEN CrossGuard's resources, an unprotected pool and allowDeletion %s THEN the stack policy reports %j",
    (allowDeletion, expected) => {
      const [policy] = toPolicies([statefulProtected]) as [StackValidationPolicy];
      const component = {
        urn: "urn:pulumi:s::p::auth-platform:index:AuthPlatform::hanbit",
        type: "auth-platform:index:AuthPlatform",
        name: "hanbit",
        props: { protection: { allowDeletion, allowReplacement: false } },
        opts: { protect: false },
      };
      const pool = {
        urn: "urn:pulumi:s::p::auth-platform:index:AuthPlatform$aws:cognito/userPool:UserPool::pool",
        type: "aws:cognito/userPool:UserPool",
        name: "pool",
        props: {},
        opts: { protect: false, parent: component.urn },
      };
      const reports: string[] = [];
      void policy.validateStack({ resources: [component, pool] } as unknown as StackValidationArgs, (m) =>
        reports.push(m),
      );
      expect(reports).toEqual(expected);
    },
  );

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
          retainOnDelete: false,
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
