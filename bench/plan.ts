// Benchmark for the offline plan's speed goal: `npm run plan` of either stack within
// 1.5x the time Node needs just to load @pulumi/pulumi. Both are measured in the same
// run, interleaved, so machine load affects them alike. Prints `name: value` lines.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const root = resolve(__dirname, "..");
const runs = Number(process.env.BENCH_RUNS ?? 9);

interface Subject {
  name: string;
  command: string;
  args: string[];
}

const subjects: Subject[] = [
  { name: "load_pulumi", command: process.execPath, args: ["-e", "require('@pulumi/pulumi')"] },
  ...["aws", "azure"].flatMap((stack) => [
    {
      name: `plan_${stack}`,
      command: process.execPath,
      args: ["bin/plan.js", "--stack", stack, "--format", "json"],
    },
    {
      name: `npm_run_plan_${stack}`,
      command: "npm",
      args: ["run", "--silent", "plan", "--", "--stack", stack, "--format", "json"],
    },
  ]),
];

function timeOnce(subject: Subject): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(subject.command, subject.args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${subject.name} failed: ${result.stderr.toString()}`);
  return elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

// Warm the file cache and the plan bundle once, then interleave the measured runs.
for (const subject of subjects) timeOnce(subject);
const samples = new Map<string, number[]>(subjects.map((s) => [s.name, []]));
for (let i = 0; i < runs; i++)
  for (const subject of subjects) samples.get(subject.name)?.push(timeOnce(subject));

const medians = new Map([...samples].map(([name, values]) => [name, median(values)]));
for (const [name, value] of medians) console.log(`${name}_ms: ${value.toFixed(0)}`);
const base = medians.get("load_pulumi") ?? Number.NaN;
const ratio = (name: string) => ((medians.get(name) ?? Number.NaN) / base).toFixed(2);
console.log(
  `ratios: plan_aws=${ratio("plan_aws")} plan_azure=${ratio("plan_azure")} npm_run_plan_aws=${ratio("npm_run_plan_aws")} npm_run_plan_azure=${ratio("npm_run_plan_azure")} (goal <= 1.5)`,
);
