import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CommandSpec, exitCodeOf, type Streams } from "../../src/plan/command";
import { REPO_ROOT } from "./harness";

/** What `node bin/plan.js ...` did. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `npm run plan` (as `node bin/plan.js`, without npm's banner) and collects its output. */
export function runPlan(args: readonly string[]): Promise<CliRun> {
  return runNode(["bin/plan.js", ...args]);
}

/** Runs `node ...args` in the repository with extra environment variables and collects its output. */
export function runNode(
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      }),
    );
  });
}

/** Runs `task` over `items`, at most `limit` at a time, keeping the order of the results. */
export async function inBatches<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A temporary directory for stack files, and a function that removes it. */
export function stackDir(): { write: (name: string, text: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "guardrails-"));
  return {
    write: (name, text) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs a command's main function in this process, the way its entry point does, and collects its output. */
export async function runInProcess(
  spec: CommandSpec,
  main: (argv: readonly string[], streams: Streams) => Promise<number>,
  argv: readonly string[],
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await exitCodeOf(spec, (streams) => main(argv, streams), {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}
