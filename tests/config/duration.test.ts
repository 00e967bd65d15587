import { describe, expect, it } from "vitest";
import { durationOf, formatSeconds, parseDuration, wholeUnits } from "../../src/config/duration";

describe("parseDuration", () => {
  it.each([
    ["90s", 90],
    ["15m", 900],
    ["12h", 43_200],
    ["30d", 2_592_000],
    ["0s", 0],
    ["999999d", 86_399_913_600],
  ])("GIVEN %s THEN %i seconds", (text, seconds) => {
    expect(parseDuration(text)).toEqual({ text, seconds });
  });

  it.each(["", "15", "m", "15 m", "1.5h", "-1d", "015m", "15M", "1w", "1000000d", " 15m", "15m "])(
    "GIVEN %j THEN it is not a duration",
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );
});

describe("formatSeconds", () => {
  it.each([
    [90, "90s"],
    [900, "15m"],
    [3_600, "1h"],
    [5_400, "90m"],
    [86_400, "1d"],
    [0, "0s"],
  ])("GIVEN %i THEN %s", (seconds, text) => {
    expect(formatSeconds(seconds)).toBe(text);
    expect(durationOf(seconds)).toEqual({ text, seconds });
  });
});

describe("wholeUnits", () => {
  it("rounds down to the unit", () => {
    expect(wholeUnits({ text: "90m", seconds: 5_400 }, "h")).toBe(1);
    expect(wholeUnits({ text: "3d", seconds: 259_200 }, "d")).toBe(3);
  });
});
