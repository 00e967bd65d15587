/**
 * Benchmark (not a test): session read+touch next to `redis-benchmark -t get` at the same
 * concurrency, on one redis-server and on a local 3-master Redis Cluster, and token
 * verification next to a bare `jose.jwtVerify`. Each pair is measured in many short
 * interleaved rounds and compared by the median of the per-round ratios, so load from other
 * processes on a shared machine hits both sides of a ratio alike. Prints `name: value` lines,
 * the goals, and exits 1 when a goal is missed.
 */
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import { promisify } from "node:util";
import { exportJWK, generateKeyPair, jwtVerify, SignJWT } from "jose";
import { connectRedis } from "../src/redis/connection.js";
import { SessionStore } from "../src/sessions/store.js";
import { TokenVerifier } from "../src/tokens/verifier.js";
import { LocalCluster } from "../tests/helpers/cluster.js";
import { RedisServer } from "../tests/helpers/redis-server.js";

const run = promisify(execFile);
const CONCURRENCY = 50;
const ROUNDS = 9;
/**
 * Operations per round, per side. On one server redis-benchmark times itself to the millisecond,
 * so 100,000 GETs (about a second) measure it within 0.1%. With `--cluster` it runs one thread
 * per node and stops only on its 250 ms progress timer, so its elapsed time is rounded up to the
 * next quarter second (20,000 GETs always read 80,000/s): 1,000,000 GETs (about ten seconds) keep
 * that error under 3%, and the session side runs as long so both see the same machine.
 */
const OPS = {
  single: { session: 20_000, reference: 100_000 },
  cluster: { session: 200_000, reference: 1_000_000 },
} as const;
/** Verifications per timed run: about a quarter second, so one scheduling hiccup moves a round by little. */
const VERIFY_OPS = 2000;
const GOALS = { session_vs_redis: 0.5, verify_vs_jose: 0.9 } as const;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Session reads (each slides the idle timeout) by CONCURRENCY callers on one client; ops/s. */
async function sessionRound(store: SessionStore, ids: string[], ops: number): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < ops) {
        const i = next++;
        await store.get(ids[i % ids.length] ?? "");
      }
    }),
  );
  return ops / (Number(process.hrtime.bigint() - started) / 1e9);
}

/** `redis-benchmark -t get` with CONCURRENCY connections; ops/s. */
async function redisGetRound(port: number, cluster: boolean, ops: number): Promise<number> {
  const args = ["-h", "127.0.0.1", "-p", String(port), "-c", String(CONCURRENCY), "-n", String(ops)];
  const { stdout } = await run("redis-benchmark", [
    ...args,
    "-t",
    "get",
    "--csv",
    ...(cluster ? ["--cluster"] : []),
  ]);
  const row = stdout.split("\n").find((line) => line.startsWith('"GET"'));
  return Number((row ?? "").split(",")[1]?.replaceAll('"', "") ?? 0);
}

async function sessionsVsRedis(
  port: number,
  clustered: boolean,
): Promise<{ ratio: number; session: number; get: number }> {
  const connection = await connectRedis({
    store: { host: "127.0.0.1", port, tls: false, keyPrefix: "bench:", clustered },
    credentials: async () => ({ password: "" }),
  });
  const store = new SessionStore(connection.redis, { keyPrefix: "bench:" });
  const ids = await Promise.all(
    Array.from({ length: 1000 }, (_v, i) =>
      store.create({ user: `u${i}`, cart: [1, 2, 3] }, { userId: `u${i}` }).then((s) => s.id),
    ),
  );
  const ops = OPS[clustered ? "cluster" : "single"];
  await sessionRound(store, ids, OPS.single.session);
  await redisGetRound(port, clustered, OPS.single.reference);
  const ratios: number[] = [];
  const sessions: number[] = [];
  const gets: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const session = await sessionRound(store, ids, ops.session);
    const get = await redisGetRound(port, clustered, ops.reference);
    sessions.push(session);
    gets.push(get);
    ratios.push(session / get);
  }
  await connection.close();
  return { ratio: median(ratios), session: median(sessions), get: median(gets) };
}

async function verifyVsJose(): Promise<{ ratio: number; verify: number; jose: number }> {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "bench", alg: "RS256" };
  const server = createServer((_req, res) => res.end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const jwksUrl = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}/jwks`;
  const issuer = "https://issuer.example/";
  const token = await new SignJWT({ token_use: "access", client_id: "web", scope: "api/read", sub: "u1" })
    .setProtectedHeader({ alg: "RS256", kid: "bench" })
    .setIssuer(issuer)
    .setIssuedAt()
    .setExpirationTime("1h")
    .sign(privateKey);
  const verifier = new TokenVerifier({
    cloud: "aws",
    issuer,
    audiences: ["web"],
    apiScopes: { read: "api/read" },
    jwks: { jwksUrl },
  });
  await verifier.loadKeys();
  const scopes = verifier.scopes("read");
  const timed = async (fn: () => Promise<unknown>) => {
    const started = process.hrtime.bigint();
    for (let i = 0; i < VERIFY_OPS; i++) await fn();
    return VERIFY_OPS / (Number(process.hrtime.bigint() - started) / 1e9);
  };
  const ours = () => verifier.verify(token, scopes);
  const bare = () => jwtVerify(token, publicKey);
  await timed(ours);
  await timed(bare);
  const ratios: number[] = [];
  const verifies: number[] = [];
  const joses: number[] = [];
  for (let round = 0; round < ROUNDS * 3; round++) {
    // Alternate which side goes first, so neither always runs on a warmer machine.
    let verify: number;
    let jose: number;
    if (round % 2 === 0) {
      verify = await timed(ours);
      jose = await timed(bare);
    } else {
      jose = await timed(bare);
      verify = await timed(ours);
    }
    verifies.push(verify);
    joses.push(jose);
    ratios.push(verify / jose);
  }
  server.close();
  return { ratio: median(ratios), verify: median(verifies), jose: median(joses) };
}

async function main(): Promise<void> {
  const fmt = (n: number, digits = 0) => n.toFixed(digits);
  const single = await RedisServer.start();
  const cluster = await LocalCluster.start(3);
  try {
    const one = await sessionsVsRedis(single.port, false);
    const many = await sessionsVsRedis(cluster.ports[0] ?? 0, true);
    const verify = await verifyVsJose();
    console.log(`concurrency: ${CONCURRENCY}, rounds: ${ROUNDS} (medians)`);
    console.log(`single_session_read_touch_ops_per_sec: ${fmt(one.session)}`);
    console.log(`single_redis_benchmark_get_ops_per_sec: ${fmt(one.get)}`);
    console.log(`cluster_session_read_touch_ops_per_sec: ${fmt(many.session)}`);
    console.log(`cluster_redis_benchmark_get_ops_per_sec: ${fmt(many.get)}`);
    console.log(`token_verify_per_sec: ${fmt(verify.verify)}`);
    console.log(`jose_jwtVerify_per_sec: ${fmt(verify.jose)}`);
    console.log(
      `goals: session_vs_redis >= ${GOALS.session_vs_redis} (single and cluster), verify_vs_jose >= ${GOALS.verify_vs_jose}`,
    );
    console.log(
      `ratios: single_session_vs_redis=${fmt(one.ratio, 2)} cluster_session_vs_redis=${fmt(many.ratio, 2)} verify_vs_jose=${fmt(verify.ratio, 2)}`,
    );
    const met =
      one.ratio >= GOALS.session_vs_redis &&
      many.ratio >= GOALS.session_vs_redis &&
      verify.ratio >= GOALS.verify_vs_jose;
    console.log(met ? "goals: met" : "goals: NOT met");
    process.exitCode = met ? 0 : 1;
  } finally {
    await single.dispose();
    await cluster.dispose();
  }
}

await main();
