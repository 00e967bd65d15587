import { beforeAll, describe, expect, it } from "vitest";
import type { Plan, PlannedResource } from "../../src/plan/model";
import { planVariant } from "../../tests/aws/support";
import { azureValues, planAzure } from "../../tests/azure/platform/support";
import { checkPlan } from "../offline";
import { ALL_RULES } from "../rules";
import { BASELINE_RULES } from "../rules/baseline";
import {
  deletionAllowed,
  STATEFUL_TYPES,
  statefulDeletionAllowed,
  statefulProtected,
} from "../rules/protection";
import type { CheckedResource } from "../rules/types";

const PLATFORM_URN = "urn:pulumi:s::auth-platform::auth-platform:index:AuthPlatform::hanbit";

function platform(allowDeletion: boolean): CheckedResource {
  return {
    urn: PLATFORM_URN,
    type: "auth-platform:index:AuthPlatform",
    name: "hanbit",
    props: { protection: { allowDeletion, allowReplacement: false } },
    protect: false,
  };
}

function child(type: string, protect: boolean, parent: string | null = PLATFORM_URN): CheckedResource {
  return {
    urn: `urn:pulumi:s::auth-platform::auth-platform:index:AuthPlatform$${type}::r`,
    type,
    name: "r",
    props: {},
    protect,
    ...(parent ? { parent } : {}),
  };
}

describe("GIVEN the protection rules on hand-made resources", () => {
  it.each(STATEFUL_TYPES)("WHEN a protected %s sits under the platform THEN neither rule reports", (type) => {
    const all = [platform(false), child(type, true)];
    expect([statefulProtected.check(all), statefulDeletionAllowed.check(all)]).toEqual([[], []]);
  });

  it.each(STATEFUL_TYPES)(
    "WHEN %s is unprotected and allowDeletion is false THEN the mandatory rule names it",
    (type) => {
      const all = [platform(false), child(type, false)];
      expect(statefulProtected.check(all)).toEqual([
        {
          urn: all[1]?.urn,
          message: `${type} r is not protected although protection.allowDeletion is false: remove what unprotects it, or set protection.allowDeletion: true to delete it knowingly`,
        },
      ]);
      expect(statefulDeletionAllowed.check(all)).toEqual([]);
    },
  );

  it.each(STATEFUL_TYPES)(
    "WHEN %s is unprotected because allowDeletion is true THEN only the advisory rule reports it",
    (type) => {
      const all = [platform(true), child(type, false)];
      expect(statefulProtected.check(all)).toEqual([]);
      expect(statefulDeletionAllowed.check(all)).toEqual([
        {
          urn: all[1]?.urn,
          message: `${type} r can be deleted: protection.allowDeletion is true (no protect, no retainOnDelete, no cloud-side deletion protection); set it back to false unless you are deleting it`,
        },
      ]);
    },
  );

  it("WHEN the resource has no parent, or its parent is not the platform THEN deletion is not allowed", () => {
    const orphan = child("aws:cognito/userPool:UserPool", false, null);
    const stray = child("aws:cognito/userPool:UserPool", false, "urn:pulumi:s::p::other:index:Thing::x");
    expect(deletionAllowed(orphan, [platform(true), orphan])).toBe(false);
    expect(deletionAllowed(stray, [platform(true), stray])).toBe(false);
  });

  it("WHEN the platform is a grandparent THEN its decision applies", () => {
    const middle: CheckedResource = {
      urn: "urn:pulumi:s::p::auth-platform:index:AuthPlatform$my:index:Store::store",
      type: "my:index:Store",
      name: "store",
      props: {},
      protect: false,
      parent: PLATFORM_URN,
    };
    const pool = child("aws:cognito/userPool:UserPool", false, middle.urn);
    expect(deletionAllowed(pool, [platform(true), middle, pool])).toBe(true);
  });
});

const protection = (r: PlannedResource) => [r.name, r.protect, r.retainOnDelete];
const stateful = (p: Plan) =>
  p.resources.filter((r) => (STATEFUL_TYPES as readonly string[]).includes(r.type));
const cognitoDeletionProtection = BASELINE_RULES.find((r) => r.name === "cognito-deletion-protection");

describe("GIVEN the AWS example with protection.allowDeletion: true WHEN planned", () => {
  let plan: Plan;
  beforeAll(async () => {
    plan = await planVariant((v) => {
      v.protection = { allowDeletion: true };
    });
  });

  it("THEN the user pool, the cache and the log bucket lose protect and retainOnDelete, and Cognito's and the load balancer's own protection are off", () => {
    expect(stateful(plan).map(protection).sort()).toEqual([
      ["hanbit-edge-logs", false, false],
      ["hanbit-sessions", false, false],
      ["hanbit-user-pool", false, false],
    ]);
    const pool = plan.resources.find((r) => r.type === "aws:cognito/userPool:UserPool");
    expect(pool?.inputs.deletionProtection).toBe("INACTIVE");
    const edge = plan.resources.find((r) => r.type === "aws:lb/loadBalancer:LoadBalancer");
    expect(edge?.inputs.enableDeletionProtection).toBe(false);
  });

  it("THEN the policy pack passes every mandatory rule and names each exposed resource once, as advisory", () => {
    expect(
      checkPlan(plan, ALL_RULES)
        .map((v) => [v.rule, v.enforcementLevel, v.urn.split("::").pop()])
        .sort(),
    ).toEqual([
      ["stateful-deletion-allowed", "advisory", "hanbit-edge-logs"],
      ["stateful-deletion-allowed", "advisory", "hanbit-sessions"],
      ["stateful-deletion-allowed", "advisory", "hanbit-user-pool"],
    ]);
  });

  it("THEN an INACTIVE Cognito deletion protection alone (allowDeletion false) still fails", () => {
    const forged = structuredClone(plan);
    const component = forged.resources.find((r) => r.type === "auth-platform:index:AuthPlatform");
    if (component) component.inputs.protection = { allowDeletion: false, allowReplacement: false };
    const rules = [statefulProtected, ...(cognitoDeletionProtection ? [cognitoDeletionProtection] : [])];
    expect(checkPlan(forged, rules).map((v) => [v.rule, v.enforcementLevel])).toEqual([
      ["stateful-resources-protected", "mandatory"],
      ["stateful-resources-protected", "mandatory"],
      ["stateful-resources-protected", "mandatory"],
      ["cognito-deletion-protection", "mandatory"],
    ]);
  });
});

describe("GIVEN the Azure example WHEN planned with and without protection.allowDeletion", () => {
  it("THEN by default the cache is protected and retained; with it, it is not, and the pack only advises", async () => {
    const kept = await planAzure(azureValues());
    const lifted = await planAzure(azureValues({ protection: { allowDeletion: true } }));
    expect(stateful(kept).map(protection)).toEqual([["hanbit-redis", true, true]]);
    expect(stateful(lifted).map(protection)).toEqual([["hanbit-redis", false, false]]);
    expect(checkPlan(lifted, ALL_RULES).map((v) => [v.rule, v.enforcementLevel])).toEqual([
      ["stateful-deletion-allowed", "advisory"],
    ]);
  });
});
