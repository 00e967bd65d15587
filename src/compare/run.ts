import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Plan } from "../plan/model";
import { StackFileError } from "../plan/stackFile";
import type { CloudSide, Comparison } from "./model";
import { COMPARED_CLOUDS, type ComparedCloud, loadOf, splitByCloud } from "./split";

/** What `npm run plan` answered for one cloud. */
export interface PlanRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runPlanner(root: string, args: readonly string[]): Promise<PlanRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(root, "bin", "plan.js"), ...args], { cwd: root });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", fail);
    child.on("close", (code) =>
      done({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
  });
}

/** The refusal lines of a refused plan: everything but the "invalid stack configuration" header. */
function refusalLines(stderr: string): string[] {
  return stderr
    .split("\n")
    .filter((line) => line.trim() !== "" && !/^invalid stack configuration|^the plan breaks/.test(line))
    .map((line) => line.trim());
}

/** One cloud's side from what its plan process answered (exit 1: refused, with the lines). */
export function sideOf(cloud: ComparedCloud, run: PlanRun): CloudSide {
  if (run.code === 1) {
    return { cloud, status: "refused", refusals: refusalLines(run.stderr), builds: {}, resourceCount: 0 };
  }
  if (run.code === 2) {
    // The plan's own usage exit: a section it cannot read, or live prices it cannot fetch.
    throw new StackFileError(`the ${cloud} side cannot be planned: ${run.stderr.trim()}`);
  }
  if (run.code !== 0) {
    throw new Error(`planning the ${cloud} side failed (exit ${run.code}): ${run.stderr.trim()}`);
  }
  const plan = JSON.parse(run.stdout) as Plan;
  const builds: Record<string, number> = {};
  for (const r of plan.resources) if (r.custom) builds[r.type] = (builds[r.type] ?? 0) + 1;
  const sorted = Object.fromEntries(Object.entries(builds).sort(([a], [b]) => a.localeCompare(b)));
  return {
    cloud,
    status: "planned",
    refusals: [],
    builds: sorted,
    resourceCount: Object.values(builds).reduce((sum, n) => sum + n, 0),
    ...(plan.capacity ? { capacity: plan.capacity } : {}),
  };
}

/**
 * Plans one neutral configuration on both clouds, each in its own `npm run plan` process (so
 * this process loads no Pulumi SDK), and collects what each builds, refuses and costs.
 * @throws StackFileError for a file that cannot be read or parsed
 */
export async function compare(
  root: string,
  project: string,
  configFile: string,
  options: { livePrices?: boolean } = {},
): Promise<Comparison> {
  let text: string;
  try {
    text = readFileSync(resolve(configFile), "utf8");
  } catch {
    throw new StackFileError(`${configFile}: cannot read the stack settings file`);
  }
  const split = splitByCloud(text, configFile, project);
  const dir = mkdtempSync(join(tmpdir(), "compare-"));
  try {
    const runs = await Promise.all(
      COMPARED_CLOUDS.map((cloud) => {
        const file = join(dir, `${cloud}.yaml`);
        writeFileSync(file, split[cloud].text);
        const args = ["--stack", `compare-${cloud}`, "--config-file", file, "--format", "json"];
        return runPlanner(root, options.livePrices ? [...args, "--live-prices"] : args);
      }),
    );
    const load = loadOf(split.aws.settings, project);
    return {
      configFile,
      ...(load ? { load } : {}),
      clouds: { aws: sideOf("aws", runs[0] as PlanRun), azure: sideOf("azure", runs[1] as PlanRun) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
