import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  getEquivalents,
  SESSION_FOOTPRINT,
  sessionStoreGB,
  storedBytesPerSession,
} from "../../src/capacity/footprint";

const RESULTS = resolve(__dirname, "../../bench/results/session-footprint.json");

describe("GIVEN the session footprint measured with the session library on a real redis-server", () => {
  const recorded = JSON.parse(readFileSync(RESULTS, "utf8")) as {
    measured: string;
    model: Record<string, number>;
    points: { payloadBytes: number; bytesPerSession: number }[];
  };

  it("THEN the model's constants are exactly the recorded measurement's", () => {
    const { measured, server: _server, ...constants } = SESSION_FOOTPRINT;
    expect(measured).toBe(recorded.measured);
    expect(constants).toEqual(recorded.model);
  });

  it("THEN the memory formula never under-counts a measured point", () => {
    for (const point of recorded.points) {
      expect(storedBytesPerSession(point.payloadBytes)).toBeGreaterThanOrEqual(point.bytesPerSession);
    }
  });
});

describe("GIVEN hand-computed cases WHEN the formulas run", () => {
  it.each<[number, number]>([
    // 800 + 1.251 x payload, rounded up
    [2, 803],
    [1024, 2082],
    [4096, 5925],
  ])("THEN a session of %i payload bytes takes %i bytes of Redis memory", (payload, bytes) => {
    expect(storedBytesPerSession(payload)).toBe(bytes);
  });

  it("THEN 200,000 sessions of 1 KB take 0.4164 GB", () => {
    expect(sessionStoreGB(200_000, 1024)).toBe(0.4164);
  });

  it.each<["read" | "create", number, number]>([
    // CPU dominates small payloads: 6 GETs per read, 10 per create
    ["read", 1024, 6],
    ["create", 1024, 10],
    // the wire dominates large ones: (payload + overhead) / 1024
    ["read", 8192, (8192 + 351) / 1024],
    ["create", 16_384, (16_384 + 324) / 1024],
  ])("THEN a %s of %i bytes costs %f GETs of 1 KB", (kind, payload, gets) => {
    expect(getEquivalents(kind, payload)).toBe(gets);
  });
});
