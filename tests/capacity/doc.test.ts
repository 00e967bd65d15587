import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CAPACITY_FIGURES, footprintResults } from "../../scripts/capacity-doc";
import { renderCapacityDoc, withCapacityTables } from "../../src/capacity/doc";
import { REPO_ROOT } from "../support/harness";

const DOC = readFileSync(resolve(REPO_ROOT, "docs/capacity.md"), "utf8");

describe("GIVEN docs/capacity.md", () => {
  it("THEN it holds exactly the generated tables of every limit, price and measurement (npm run docs:capacity)", () => {
    expect(withCapacityTables(DOC, renderCapacityDoc(CAPACITY_FIGURES, footprintResults()))).toBe(DOC);
  });

  it("THEN every limit and every price names its source and the day it was read", () => {
    for (const cloud of CAPACITY_FIGURES) {
      for (const limit of cloud.limits)
        expect([limit.limit, limit.source.length > 20]).toEqual([limit.limit, true]);
      for (const prices of Object.values(cloud.prices)) {
        for (const [id, price] of Object.entries(prices)) {
          expect([id, price.source.length > 20, /^\d{4}-\d{2}-\d{2}$/.test(price.read)]).toEqual([
            id,
            true,
            true,
          ]);
        }
      }
    }
  });
});
