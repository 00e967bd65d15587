import * as pulumi from "@pulumi/pulumi";
import { afterAll, beforeAll, describe, expect, it, type MockInstance, vi } from "vitest";
import { ConfigError } from "../../src/config/problems";
import { PlatformMocks } from "../../src/plan/mocks";
import { runProgram } from "../../src/program";
import { planStack } from "../support/harness";
import { ALL_CASES, CASES_BY_SECTION } from "./cases";
import { expectRefusal } from "./refusal";
import { type BadCase, CLOUD_NAMES, mutated, settingsFor } from "./support";

// Every case goes through the path `pulumi up` takes (the program's loadConfig() under Pulumi's
// mock runtime, via the offline planner), and must be refused before any resource is registered.

let registered: MockInstance<PlatformMocks["newResource"]>;
const written: string[] = [];

beforeAll(() => {
  registered = vi.spyOn(PlatformMocks.prototype, "newResource");
  const capture = (chunk: unknown) => {
    written.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, "write").mockImplementation(capture);
  vi.spyOn(process.stderr, "write").mockImplementation(capture);
});

afterAll(() => {
  vi.restoreAllMocks();
});

async function refusalOf(c: BadCase): Promise<unknown> {
  const { values, provider } = mutated(c);
  return planStack(settingsFor(values, provider)).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe("GIVEN the gauntlet of malformed configurations", () => {
  it("THEN it covers both clouds in every section, with the counts this report states", () => {
    const counts = Object.fromEntries(
      Object.entries(CASES_BY_SECTION).map(([section, cases]) => [
        section,
        CLOUD_NAMES.map((cloud) => cases.filter((c) => c.cloud === cloud).length),
      ]),
    );
    expect(counts).toEqual({
      "root and identity": [39, 16],
      "clients, session and api": [39, 16],
      "monitoring, protection and tags": [10, 7],
      aws: [29, 0],
      azure: [0, 43],
    });
    expect(ALL_CASES).toHaveLength(199);
  });
});

describe.each(Object.entries(CASES_BY_SECTION))("GIVEN a malformed %s setting", (_section, cases) => {
  it.each(cases)("$cloud: $what ($path) THEN refused before anything is registered", async (c) => {
    registered.mockClear();
    written.length = 0;

    const error = await refusalOf(c);

    expect(error).toBeInstanceOf(ConfigError);
    const refused = error as ConfigError;
    expectRefusal(c, refused.problems, refused.message);
    expect(registered).toHaveBeenCalledTimes(0);
    // `pulumi up` runs runProgram(): the same lines as a RunError, which Pulumi prints without a stack.
    await expect(runProgram()).rejects.toThrow(new pulumi.RunError(refused.message));
    expect(registered).toHaveBeenCalledTimes(0);
    expect(written).toEqual([]);
  });
});
