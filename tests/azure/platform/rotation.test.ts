import { describe, expect, it } from "vitest";
import {
  currentSlot,
  endDateOf,
  lastDueDay,
  parseRecord,
  type RotationRecord,
  rotate,
} from "../../../src/azure/appRegistrations/rotation";

const at = (day: string) => new Date(`${day}T13:45:00Z`);

describe("GIVEN a day WHEN asking each slot's last due day", () => {
  it.each([
    ["2026-01-01", "2026-01-01", "2025-10-01"],
    ["2026-03-31", "2026-01-01", "2025-10-01"],
    ["2026-04-01", "2026-01-01", "2026-04-01"],
    ["2026-06-30", "2026-01-01", "2026-04-01"],
    ["2026-07-01", "2026-07-01", "2026-04-01"],
    ["2026-10-15", "2026-07-01", "2026-10-01"],
    ["2026-12-31", "2026-07-01", "2026-10-01"],
  ])("THEN on %s password a was due %s and b %s", (day, a, b) => {
    expect([lastDueDay("a", at(day)), lastDueDay("b", at(day))]).toEqual([a, b]);
  });
});

describe("GIVEN an issue day WHEN computing the end date", () => {
  it.each([
    ["2026-07-14", "2027-07-14T00:00:00Z"],
    ["2027-12-31", "2028-12-31T00:00:00Z"],
  ])("THEN a password issued %s expires %s", (issued, end) => {
    expect(endDateOf(issued)).toBe(end);
  });
});

describe("GIVEN the last deployment's record WHEN a run rotates", () => {
  it.each<[string, RotationRecord | undefined, string, RotationRecord]>([
    ["a new stack issues both today", undefined, "2026-05-20", { a: "2026-05-20", b: "2026-05-20" }],
    [
      "nothing is due",
      { a: "2026-01-03", b: "2026-04-02" },
      "2026-06-30",
      { a: "2026-01-03", b: "2026-04-02" },
    ],
    [
      "a is due and b has been out 90 days: a is replaced",
      { a: "2026-01-03", b: "2026-04-02" },
      "2026-07-01",
      { a: "2026-07-01", b: "2026-04-02" },
    ],
    [
      "a is due but b is out only 89 days: nothing yet",
      { a: "2026-01-03", b: "2026-04-03" },
      "2026-07-01",
      { a: "2026-01-03", b: "2026-04-03" },
    ],
    [
      "both are due after a skipped quarter: only the older is replaced",
      { a: "2026-01-03", b: "2025-10-02" },
      "2026-08-10",
      { a: "2026-01-03", b: "2026-08-10" },
    ],
    [
      "the run right after that one replaces nothing: the new b is out 0 days",
      { a: "2026-01-03", b: "2026-08-10" },
      "2026-08-10",
      { a: "2026-01-03", b: "2026-08-10" },
    ],
    [
      "a new stack's twin passwords: a is published on the tie, so it stays although due",
      { a: "2026-05-20", b: "2026-05-20" },
      "2026-08-18",
      { a: "2026-05-20", b: "2026-05-20" },
    ],
    [
      "a new stack's twin passwords part when b falls due: b is replaced, a stays published till then",
      { a: "2026-05-20", b: "2026-05-20" },
      "2026-10-02",
      { a: "2026-05-20", b: "2026-10-02" },
    ],
  ])("WHEN %s", (_what, previous, day, expected) => {
    expect(rotate(previous, at(day))).toEqual(expected);
  });

  // A stack may be created on any day: one start in each month of the year.
  it.each(Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, "0")}-11`))(
    "THEN for a stack created %s, over three years of runs twice a month no password is ever replaced while published or within 90 days of being superseded, and none expires",
    (created) => {
      let record = rotate(undefined, at(created));
      let published = { slot: currentSlot(record), since: Date.parse(created) };
      const [year, month0] = created.split("-").map(Number) as [number, number];
      for (let month = 0; month < 36; month += 1) {
        for (const day of [5, 20]) {
          const now = new Date(Date.UTC(year, month0 + month, day, 9));
          const next = rotate(record, now);
          for (const slot of ["a", "b"] as const) {
            if (next[slot] === record[slot]) continue;
            expect(slot).not.toBe(published.slot);
            expect(now.getTime() - published.since).toBeGreaterThanOrEqual(90 * 86_400_000);
          }
          for (const slot of ["a", "b"] as const)
            expect(Date.parse(endDateOf(next[slot]))).toBeGreaterThan(now.getTime());
          if (currentSlot(next) !== published.slot)
            published = { slot: currentSlot(next), since: now.getTime() };
          record = next;
        }
      }
    },
  );
});

describe("GIVEN what the last deployment's output holds", () => {
  it.each([
    [
      { a: "2026-01-03", b: "2026-04-02" },
      { a: "2026-01-03", b: "2026-04-02" },
    ],
    [undefined, undefined],
    [{ a: "2026-01-03" }, undefined],
    [{ a: "yesterday", b: "2026-04-02" }, undefined],
    ["2026-01-03", undefined],
  ])("THEN %j reads as %j", (value, expected) => {
    expect(parseRecord(value)).toEqual(expected);
  });

  it("THEN the newer password is the published one, a on a tie", () => {
    expect(currentSlot({ a: "2026-07-01", b: "2026-04-02" })).toBe("a");
    expect(currentSlot({ a: "2026-01-03", b: "2026-04-02" })).toBe("b");
    expect(currentSlot({ a: "2026-05-20", b: "2026-05-20" })).toBe("a");
  });
});
