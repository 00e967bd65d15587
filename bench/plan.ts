// `npm run bench:plan`: the offline plan against its honest floor (issue 13). The floor
// replays the plan's own resources (types, names, inputs, parents, dependencies,
// custom/protect) straight through the Pulumi SDK under the same mocks, after loading only
// the provider modules they need (bench/replay.ts). A second floor replays them through the
// provider classes, which the program has to use: it shows how much of the gap is the
// SDK's cost of those classes rather than this program's. Every subject runs as a fresh
// process, the plan as `node bin/plan.js --stack S --format json`, alternated over many
// rounds on one machine; prints each median and the medians of the per-round ratios, and
// exits 1 when the plan is over 1.25x the floor on either stack.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildSync } from "esbuild";
import { readStackFile } from "../src/plan/stackFile";

const GOAL = 1.25;
const root = resolve(__dirname, "..");
const rounds = Number(process.env.BENCH_RUNS ?? 21);
const out = resolve(root, ".cache", "bench");
const replayBundle = resolve(out, "replay.js");
const stacks = ["aws", "azure"] as const;

function run(args: readonly string[], what: string): { ms: number; stdout: string } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${what} failed (${result.status}): ${result.stderr.toString()}`);
  return { ms, stdout: result.stdout.toString() };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

mkdirSync(out, { recursive: true });
buildSync({
  entryPoints: [resolve(__dirname, "replay-cli.ts")],
  bundle: true,
  platform: "node",
  packages: "external",
  format: "cjs",
  target: "node20",
  outfile: replayBundle,
  logLevel: "warning",
});

// Record each stack's plan (this also brings the plan bundle up to date), then check that
// both replays register exactly the plan's resources before timing anything.
const subjects = stacks.flatMap((stack) => {
  const plan = ["bin/plan.js", "--stack", stack, "--format", "json"];
  const recorded = resolve(out, `plan-${stack}.json`);
  writeFileSync(recorded, run(plan, `plan ${stack}`).stdout);
  const config = readStackFile(resolve(root, `Pulumi.${stack}.yaml`), "auth-platform").config;
  const floor = [replayBundle, recorded, config["aws:region"] ?? config["azure-native:location"] ?? ""];
  const classes = [...floor, "--classes"];
  run([...floor, "--check"], `replay check ${stack}`);
  run([...classes, "--check"], `replay check ${stack} --classes`);
  return [
    { stack, name: `plan_${stack}`, args: plan },
    { stack, name: `floor_${stack}`, args: floor },
    { stack, name: `classes_${stack}`, args: classes },
  ];
});

const samples = new Map(subjects.map((s) => [s.name, [] as number[]]));
for (let round = 0; round < rounds; round++) {
  // Alternate the order every round so that drift in machine load falls on all alike.
  const order = round % 2 === 0 ? subjects : [...subjects].reverse();
  for (const subject of order) samples.get(subject.name)?.push(run(subject.args, subject.name).ms);
}

const medians = new Map([...samples].map(([name, values]) => [name, median(values)]));
for (const [name, value] of medians) console.log(`${name}_ms: ${value.toFixed(0)}`);
/** The median over rounds of a / b, each round's pair measured side by side. */
const ratio = (a: string, b: string) =>
  median((samples.get(a) ?? []).map((value, i) => value / (samples.get(b)?.[i] ?? Number.NaN)));
const over = stacks.filter((s) => !(ratio(`plan_${s}`, `floor_${s}`) <= GOAL));
const line = (label: string, a: string, b: string) =>
  `${label}: ${stacks.map((s) => `${s}=${ratio(`${a}_${s}`, `${b}_${s}`).toFixed(2)}`).join(" ")}`;
console.log(
  `${line("plan/floor", "plan", "floor")} (goal <= ${GOAL}: ${over.length === 0 ? "met" : `NOT met on ${over.join(", ")}`})`,
);
console.log(line("plan/floor through the provider classes", "plan", "classes"));
console.log(line("provider classes/floor (the SDK's own cost of the classes)", "classes", "floor"));
console.log(
  `medians of per-round ratios over ${rounds} rounds of fresh processes, ${new Date().toISOString()}`,
);
process.exitCode = over.length === 0 ? 0 : 1;
