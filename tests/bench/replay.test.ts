import * as aws from "@pulumi/aws";
import * as redis from "@pulumi/azure-native/redis";
import * as azuread from "@pulumi/azuread";
import { describe, expect, it } from "vitest";
import {
  loadProviderClasses,
  plannedRegistrations,
  type Registration,
  replayMismatches,
  replayPlan,
} from "../../bench/replay";
import { exampleSettings, planCached } from "../support/harness";

// The floor `npm run bench:plan` measures the plan against (bench/replay.ts) is only honest
// if it registers the very resources the plan registers.
const REGIONS = { aws: "ap-northeast-2", azure: "koreacentral" } as const;

describe("GIVEN an example plan", () => {
  // Azure holds every kind: provider classes, an explicit provider, dynamic resources, components.
  it.each([
    ["aws", "pulumi.CustomResource", false],
    ["azure", "pulumi.CustomResource", false],
    ["azure", "the provider classes", true],
  ] as const)(
    "WHEN the %s plan is replayed through %s THEN the monitor receives exactly its resources",
    async (stack, _how, typed) => {
      const plan = await planCached(exampleSettings(stack), stack);
      const seen: Registration[] = [];
      const classes = typed ? { classes: loadProviderClasses(plan.resources.map((r) => r.type)) } : {};
      await replayPlan(plan, REGIONS[stack], { ...classes, observe: (r) => seen.push(r) });
      expect(seen.length).toBe(plan.resources.length);
      expect(replayMismatches(plan, seen)).toEqual([]);
    },
  );
});

describe("GIVEN a replay that lost one resource and registered another", () => {
  it("THEN each difference is named", async () => {
    const plan = await planCached(exampleSettings("aws"), "aws");
    const [first, ...rest] = plannedRegistrations(plan);
    const stray = "aws:sns/topic:Topic stray parent=hanbit custom=true protect=false";
    expect(replayMismatches(plan, [...rest, stray])).toEqual([
      `not replayed: ${first}`,
      `not planned: ${stray}`,
    ]);
  });
});

describe("GIVEN resource types", () => {
  it("THEN each provider type maps to its class and the others to none", () => {
    const classes = loadProviderClasses([
      "aws:cognito/userPool:UserPool",
      "azure-native:redis:Redis",
      "azuread:index/application:Application",
      "pulumi:providers:azuread",
      "auth-platform:index:AuthPlatform",
      "pulumi-nodejs:dynamic/azure-graph:PolicyKeySet",
      "pulumi:pulumi:Stack",
    ]);
    expect([...classes]).toEqual([
      ["aws:cognito/userPool:UserPool", aws.cognito.UserPool],
      ["azure-native:redis:Redis", redis.Redis],
      ["azuread:index/application:Application", azuread.Application],
      ["pulumi:providers:azuread", azuread.Provider],
    ]);
  });

  it("THEN a type whose module has no such class is an error", () => {
    expect(() => loadProviderClasses(["aws:cognito/userPool:NoSuchPool"])).toThrow(
      "@pulumi/aws/cognito has no class NoSuchPool",
    );
  });
});
