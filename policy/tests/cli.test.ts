import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { stackDir } from "../../tests/support/cli";
import { exampleSettings, planCached, REPO_ROOT } from "../../tests/support/harness";

const files = stackDir();
afterAll(() => files.remove());

function runPolicy(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "policy/cli.ts", ...args], { cwd: REPO_ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm run policy", () => {
  it.concurrent("GIVEN a plan JSON with an unprotected user pool THEN it prints the violation and exits 1", async () => {
    const plan = structuredClone(await planCached(exampleSettings("aws"), "aws"));
    const pool = plan.resources.find((r) => r.type === "aws:cognito/userPool:UserPool");
    if (!pool) throw new Error("no user pool");
    pool.protect = false;
    const { code, stdout, stderr } = await runPolicy([
      "--plan",
      files.write("plan.json", JSON.stringify(plan)),
    ]);
    expect([code, stderr]).toEqual([1, ""]);
    expect(stdout.split("\n")).toEqual([
      `mandatory\tstateful-resources-protected\t${pool.urn}\taws:cognito/userPool:UserPool hanbit-user-pool is not protected: set protection.protect: true`,
      `${plan.resources.length} resources checked against 25 rules: 1 mandatory and 0 advisory violations`,
      "",
    ]);
  });

  it.concurrent("GIVEN a file that is not a plan THEN exit 2 naming the file", async () => {
    const path = files.write("not-a-plan.json", '{"hello": 1}');
    const { code, stderr } = await runPolicy(["--plan", path]);
    expect([code, stderr]).toEqual([
      2,
      `${path}: has no "resources" list; make it with npm run plan -- --format json\n`,
    ]);
  });
});
