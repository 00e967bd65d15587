import { describe, expect, it } from "vitest";
import { exampleSettings, planStack } from "../support/harness";

describe("GIVEN two plans in one process", () => {
  it("THEN both produce the same resources", async () => {
    const first = await planStack(exampleSettings("aws"), "aws");
    const second = await planStack(exampleSettings("aws"), "aws");
    const azure = await planStack(exampleSettings("azure"), "azure");
    expect(second.resources.map((r) => r.urn)).toEqual(first.resources.map((r) => r.urn));
    expect(second.resources.map((r) => r.inputs)).toEqual(first.resources.map((r) => r.inputs));
    expect(azure.resources.map((r) => r.urn)).not.toEqual(first.resources.map((r) => r.urn));
  });
});
