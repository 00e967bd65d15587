/**
 * What one signed-in session of `@auth-platform/session` costs its Redis, measured on a real
 * redis-server by `npx tsx bench/session-footprint.ts --write` (results, with the raw points:
 * bench/results/session-footprint.json; tests/capacity/footprint.test.ts holds these constants
 * to that file). One user per session, so every session also pays for a user index: the most
 * memory per session the library's key layout can take.
 */
export const SESSION_FOOTPRINT = {
  measured: "2026-12-01",
  server: "redis-server 7.0.15 (jemalloc)",
  /** Memory per session = fixed + perPayloadByte × payload bytes (an upper envelope of the points). */
  memoryFixedBytes: 800,
  memoryBytesPerPayloadByte: 1.251,
  /** Bytes on the wire (request + reply) beyond the payload, per read (get) and per create. */
  wireOverheadBytesPerRead: 351,
  wireOverheadBytesPerCreate: 324,
  /** Server CPU of one read / one create, in multiples of a GET of a 1 KB value (rounded up). */
  readCpuPerOneKbGet: 6,
  createCpuPerOneKbGet: 10,
} as const;

/** Decimal gigabytes: larger counts than GiB for the same bytes, so a cap in GB is never overstated. */
const GB = 1e9;

/** Bytes of Redis memory one session of `payloadBytes` of data takes, key and index included. */
export function storedBytesPerSession(payloadBytes: number): number {
  return Math.ceil(
    SESSION_FOOTPRINT.memoryFixedBytes + SESSION_FOOTPRINT.memoryBytesPerPayloadByte * payloadBytes,
  );
}

/** GB (10^9 bytes) of Redis memory `sessions` sessions of `payloadBytes` take. */
export function sessionStoreGB(sessions: number, payloadBytes: number): number {
  return (sessions * storedBytesPerSession(payloadBytes)) / GB;
}

/**
 * Units of "one GET of 1 KB" a session read or create costs: the larger of its server CPU
 * and its kilobytes on the wire, at least one. ElastiCache Serverless bills exactly this unit
 * as an ECPU (1 ECPU per KB transferred by a simple GET or SET; more for commands that take
 * more vCPU time); the Azure Cache for Redis throughput table is measured in the same GETs.
 */
export function getEquivalents(kind: "read" | "create", payloadBytes: number): number {
  const overhead =
    kind === "read"
      ? SESSION_FOOTPRINT.wireOverheadBytesPerRead
      : SESSION_FOOTPRINT.wireOverheadBytesPerCreate;
  const cpu = kind === "read" ? SESSION_FOOTPRINT.readCpuPerOneKbGet : SESSION_FOOTPRINT.createCpuPerOneKbGet;
  return Math.max(1, cpu, (payloadBytes + overhead) / 1024);
}
