import { describe, expect, it } from "vitest";
import { AZURE_CONFORMANCE } from "../../src/azure/conformance";
import { messages } from "./azureCases";
import { DIRECTORY_CASES } from "./cases/azureDirectory";
import { FRONT_DOOR_CASES } from "./cases/azureFrontDoor";
import { OPERATIONS_CASES } from "./cases/azureOperations";
import { SERVICE_CASES } from "./cases/azureServices";

const CASES = [...SERVICE_CASES, ...DIRECTORY_CASES, ...OPERATIONS_CASES, ...FRONT_DOOR_CASES];

describe("GIVEN the Azure constraints", () => {
  it("THEN each one has at least one case that breaks it", () => {
    const covered = new Set(CASES.map((c) => c[0]));
    expect(AZURE_CONFORMANCE.constraints.map((c) => c.id).filter((id) => !covered.has(id))).toEqual([]);
    // 177 (two for the relying party's session behaviours), and one for each of Front Door's 83.
    expect(CASES.length).toBe(260);
  });

  it.each(CASES)(
    "WHEN %s is broken on the %s plan (%s) THEN exactly its messages are reported, and none before",
    async (...c) => {
      const { before, after } = await messages(c);
      expect(before).toEqual([]);
      expect(after).toEqual(c[4]);
    },

    // The first case of a stack plans it: as long as a plan in a beforeAll may take.
    60_000,
  );
});
