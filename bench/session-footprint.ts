/**
 * Measurement (not a test): what one signed-in session of the session library costs a real
 * redis-server, for the capacity model (src/capacity/footprint.ts).
 *
 * For each payload size it creates SESSIONS sessions, one user each (the worst case for the
 * per-user index: one index per session), with `@auth-platform/session` itself, and reads
 *  - memory: INFO memory `used_memory` before and after, divided by the number of sessions
 *    (the session hash, the user's index entry and key, Redis's dictionary and expiry
 *    overhead: everything), and MEMORY USAGE of one session key and one index key;
 *  - bytes on the wire per create and per read (INFO stats total_net_input/output_bytes);
 *  - server CPU per operation (INFO cpu used_cpu_user + used_cpu_sys over many operations, so
 *    parsing and I/O count too) of a session read and a session create, against a plain GET
 *    of a 1 KB value: the unit AWS defines as 1 ECPU.
 *
 * Prints the results as JSON; `--write` also stores them in bench/results/session-footprint.json,
 * the file the model's constants are checked against (tests/capacity/footprint.test.ts).
 * Usage: npx tsx bench/session-footprint.ts [--write]
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { Redis } from "ioredis";
import { SessionStore } from "../packages/session/src/sessions/store.js";
import { RedisServer } from "../packages/session/tests/helpers/redis-server.js";

const SESSIONS = 2000;
const READS = 20000;
const PAYLOADS = [128, 512, 1024, 2048, 4096, 8192] as const;
const PREFIX = "sess:";

/** Session data whose JSON encoding is exactly `bytes` long. */
function payload(bytes: number): Record<string, string> {
  const empty = JSON.stringify({ v: "" }).length;
  return { v: "x".repeat(bytes - empty) };
}

function field(info: string, name: string): number {
  const match = new RegExp(`^${name}:(\\d+(?:\\.\\d+)?)`, "m").exec(info);
  if (!match) throw new Error(`INFO has no ${name}`);
  return Number(match[1]);
}

/** Seconds of CPU the server process has used (user + system). */
async function cpu(admin: Redis): Promise<number> {
  const info = await admin.info("cpu");
  return field(info, "used_cpu_user") + field(info, "used_cpu_sys");
}

async function wire(admin: Redis): Promise<number> {
  const stats = await admin.info("stats");
  return field(stats, "total_net_input_bytes") + field(stats, "total_net_output_bytes");
}

interface Point {
  payloadBytes: number;
  bytesPerSession: number;
  sessionKeyMemoryUsage: number;
  indexKeyMemoryUsage: number;
  wireBytesPerCreate: number;
  wireBytesPerRead: number;
  createCpuMicros: number;
  readCpuMicros: number;
}

async function measure(server: RedisServer, bytes: number): Promise<Point> {
  const admin = server.admin();
  const client = new Redis({ host: "127.0.0.1", port: server.port, maxRetriesPerRequest: 1 });
  const store = new SessionStore(client, { keyPrefix: PREFIX });
  await admin.flushall();
  // Load the scripts and warm the allocator with one session, then start from a clean keyspace.
  await store.create(payload(bytes), { userId: "warm-up" });
  await admin.flushall();
  const memoryBefore = field(await admin.info("memory"), "used_memory");
  const wireBefore = await wire(admin);
  const cpuBefore = await cpu(admin);
  const ids: string[] = [];
  for (let i = 0; i < SESSIONS; i += 100) {
    const batch = await Promise.all(
      Array.from({ length: 100 }, (_v, j) =>
        store.create(payload(bytes), { userId: `user-${i + j}` }).then((s) => s.id),
      ),
    );
    ids.push(...batch);
  }
  const cpuCreated = await cpu(admin);
  const wireCreated = await wire(admin);
  const memoryAfter = field(await admin.info("memory"), "used_memory");
  const keys = await admin.keys(`${PREFIX}*`);
  const sessionKeys = keys.filter((k) => k.includes("}s:")).slice(0, 50);
  const indexKeys = keys.filter((k) => k.endsWith("}u")).slice(0, 50);
  const average = async (list: string[]) =>
    (await Promise.all(list.map((k) => admin.memory("USAGE", k, "SAMPLES", "0")))).reduce(
      (sum: number, n) => sum + Number(n),
      0,
    ) / list.length;
  const wireReadStart = await wire(admin);
  const cpuReadStart = await cpu(admin);
  for (let i = 0; i < READS; i += 100) {
    await Promise.all(Array.from({ length: 100 }, (_v, j) => store.get(ids[(i + j) % ids.length] ?? "")));
  }
  const cpuRead = (await cpu(admin)) - cpuReadStart;
  const wireRead = (await wire(admin)) - wireReadStart;
  const point: Point = {
    payloadBytes: bytes,
    bytesPerSession: Math.round((memoryAfter - memoryBefore) / SESSIONS),
    sessionKeyMemoryUsage: Math.round(await average(sessionKeys)),
    indexKeyMemoryUsage: Math.round(await average(indexKeys)),
    wireBytesPerCreate: Math.round((wireCreated - wireBefore) / SESSIONS),
    wireBytesPerRead: Math.round(wireRead / READS),
    createCpuMicros: round((cpuCreated - cpuBefore) / SESSIONS),
    readCpuMicros: round(cpuRead / READS),
  };
  client.disconnect();
  admin.disconnect();
  return point;
}

/** Server CPU microseconds per GET of a 1 KB string value: what AWS bills as one ECPU. */
async function oneKbGet(server: RedisServer): Promise<number> {
  const admin = server.admin();
  const client = new Redis({ host: "127.0.0.1", port: server.port, maxRetriesPerRequest: 1 });
  await admin.set("ecpu-unit", "x".repeat(1024));
  const start = await cpu(admin);
  for (let i = 0; i < READS; i += 100) {
    await Promise.all(Array.from({ length: 100 }, () => client.get("ecpu-unit")));
  }
  const micros = round(((await cpu(admin)) - start) / READS);
  client.disconnect();
  admin.disconnect();
  return micros;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * The model's constants: memory per session as an upper envelope line over the points (least
 * squares slope, intercept raised until no point lies above the line); wire bytes per call
 * as the payload plus the largest measured overhead; CPU per call as the median ratio to a
 * 1 KB GET, rounded up.
 */
function modelOf(points: Point[], getMicros: number) {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.payloadBytes, 0) / n;
  const my = points.reduce((s, p) => s + p.bytesPerSession, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.payloadBytes - mx) * (p.bytesPerSession - my), 0);
  const sxx = points.reduce((s, p) => s + (p.payloadBytes - mx) ** 2, 0);
  const slope = Math.ceil((sxy / sxx) * 1000) / 1000;
  return {
    memoryBytesPerPayloadByte: slope,
    memoryFixedBytes: Math.max(...points.map((p) => Math.ceil(p.bytesPerSession - slope * p.payloadBytes))),
    wireOverheadBytesPerRead: Math.max(...points.map((p) => p.wireBytesPerRead - p.payloadBytes)),
    wireOverheadBytesPerCreate: Math.max(...points.map((p) => p.wireBytesPerCreate - p.payloadBytes)),
    readCpuPerOneKbGet: Math.ceil(median(points.map((p) => p.readCpuMicros / getMicros))),
    createCpuPerOneKbGet: Math.ceil(median(points.map((p) => p.createCpuMicros / getMicros))),
  };
}

/** Seconds to microseconds, two decimals. */
function round(seconds: number): number {
  return Math.round(seconds * 1e8) / 100;
}

async function main(): Promise<void> {
  const server = await RedisServer.start();
  try {
    const version = /redis_version:(\S+)/.exec(await server.admin().info("server"))?.[1] ?? "unknown";
    const points: Point[] = [];
    for (const bytes of PAYLOADS) points.push(await measure(server, bytes));
    const getMicros = await oneKbGet(server);
    const model = modelOf(points, getMicros);
    const result = {
      measured: new Date().toISOString().slice(0, 10),
      server: `redis-server ${version} (jemalloc), one process on 127.0.0.1`,
      sessionsPerPoint: SESSIONS,
      readsPerPoint: READS,
      keyPrefix: PREFIX,
      oneKbGetCpuMicros: getMicros,
      model,
      points,
    };
    const text = `${JSON.stringify(result, null, 2)}\n`;
    process.stdout.write(text);
    if (process.argv.includes("--write")) {
      writeFileSync(join(__dirname, "results", "session-footprint.json"), text);
    }
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
