import { describe, expect, it } from "vitest";
import { AWS_CONFORMANCE } from "../../src/aws/conformance";
import { AZURE_CONFORMANCE } from "../../src/azure/conformance";
import type { Plan, PlannedResource } from "../../src/plan/model";
import { checkConstraints, describeViolation } from "../../src/platform/constraints";
import { exampleSettings, planCached } from "../support/harness";

// The constraints on what the bootstrap, protection and rotation work plans: each catches its
// failure on a planned resource, and the example plans meet them.

const resource = (type: string, inputs: Record<string, unknown>): PlannedResource => ({
  urn: `urn:pulumi:prod::auth-platform::${type}::r`,
  type,
  name: "r",
  parent: null,
  custom: true,
  protect: false,
  retainOnDelete: false,
  dependsOn: [],
  inputs,
});
const ids = (cloud: "aws" | "azure", ...resources: PlannedResource[]) =>
  checkConstraints({ resources }, (cloud === "aws" ? AWS_CONFORMANCE : AZURE_CONFORMANCE).constraints).map(
    (v) => [v.id, v.message],
  );

const B2C = "azure-native:azureactivedirectory:B2CTenant";
const CIAM = "azure-native:azureactivedirectory:CIAMTenant";
const PASSWORD = "azuread:index/applicationPassword:ApplicationPassword";
const DETECTOR = "aws:guardduty/detector:Detector";

describe("GIVEN a planned resource that breaks one of these constraints", () => {
  it.each([
    [
      "a new B2C tenant on Standard",
      "azure",
      B2C,
      { sku: { name: "Standard", tier: "A0" }, location: "Europe" },
      [["b2c-tenant-sku", 'sku.name is "Standard"']],
    ],
    [
      "a B2C tenant in a region name",
      "azure",
      B2C,
      { sku: { name: "PremiumP1", tier: "A0" }, location: "koreacentral" },
      [["b2c-tenant-location", 'location is "koreacentral"']],
    ],
    [
      "an external tenant in a region name",
      "azure",
      CIAM,
      { sku: { name: "Standard", tier: "A0" }, location: "westeurope" },
      [["ciam-tenant-location", 'location is "westeurope"']],
    ],
    [
      "a password end date without a time",
      "azure",
      PASSWORD,
      { endDate: "2027-07-14" },
      [["app-password-end-date", 'endDate is "2027-07-14"']],
    ],
    [
      "a relative end date where an RFC 3339 one is due",
      "azure",
      PASSWORD,
      { endDate: "8760h" },
      [["app-password-end-date", 'endDate is "8760h"']],
    ],
    [
      "a detector tag key with a space and one with @",
      "aws",
      DETECTOR,
      { tags: { "cost center": "4410", "owner@team": "x", owner: "ok" } },
      [["guardduty-detector-tags", 'tags has keys or values GuardDuty refuses: "cost center", "owner@team"']],
    ],
    [
      "a detector tag key in the aws: namespace",
      "aws",
      DETECTOR,
      { tags: { "aws:owner": "x" } },
      // AWS's general tag rule refuses the namespace too; GuardDuty's own pattern says so as well.
      [
        ["aws-tags-detector", 'tags has the tag "aws:owner"'],
        ["guardduty-detector-tags", 'tags has keys or values GuardDuty refuses: "aws:owner"'],
      ],
    ],
  ] as const)("WHEN it is %s THEN the constraint names it", (_what, cloud, type, inputs, expected) => {
    expect(ids(cloud, resource(type, inputs))).toEqual(expected);
  });

  it.each([
    ["azure", B2C, { sku: { name: "PremiumP1", tier: "A0" }, location: "Asia Pacific" }],
    ["azure", CIAM, { sku: { name: "Standard", tier: "A0" }, location: "Australia" }],
    ["azure", PASSWORD, { endDate: "2027-07-14T00:00:00Z" }],
    [
      "aws",
      DETECTOR,
      { tags: { "auth-platform:stack": "auth-platform/prod", "cost-center": "4410", a_b: "1" } },
    ],
  ] as const)("WHEN a %s %s is what the platform plans THEN nothing is said", (cloud, type, inputs) => {
    expect(ids(cloud, resource(type, inputs))).toEqual([]);
  });
});

describe.each(["aws", "azure"] as const)("GIVEN the %s example plan", (stack) => {
  it("THEN its detector or its passwords meet these constraints", async () => {
    const plan: Plan = await planCached(exampleSettings(stack), stack);
    const audit = stack === "aws" ? AWS_CONFORMANCE : AZURE_CONFORMANCE;
    const mine = audit.constraints.filter((c) =>
      ["guardduty-detector-tags", "app-password-end-date"].includes(c.id),
    );
    expect(mine.length).toBe(1);
    expect(plan.resources.filter((r) => r.type === mine[0]?.type).length).toBeGreaterThan(0);
    expect(checkConstraints(plan, mine).map(describeViolation)).toEqual([]);
  });
});
