import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { stackDir } from "../../tests/support/cli";
import { exampleSettings, planCached, REPO_ROOT } from "../../tests/support/harness";
import { ALL_RULES } from "../rules";

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
      `mandatory\tstateful-resources-protected\t${pool.urn}\taws:cognito/userPool:UserPool hanbit-user-pool is not protected although protection.allowDeletion is false: remove what unprotects it, or set protection.allowDeletion: true to delete it knowingly`,
      `${plan.resources.length} resources checked against ${ALL_RULES.length} rules: 1 mandatory and 0 advisory violations`,
      "",
    ]);
  });

  it.concurrent("GIVEN a plan JSON whose input breaks a provider's constraint THEN it names the rule and its source and exits 1", async () => {
    const plan = structuredClone(await planCached(exampleSettings("aws"), "aws"));
    const group = plan.resources.find((r) => r.type === "aws:cloudwatch/logGroup:LogGroup");
    if (!group) throw new Error("no log group");
    group.inputs.retentionInDays = 2;
    const { code, stdout } = await runPolicy(["--plan", files.write("retention.json", JSON.stringify(plan))]);
    expect(code).toBe(1);
    expect(stdout.split("\n").filter((line) => line.includes("logs-retention-in-days"))).toEqual([
      `mandatory\tlogs-retention-in-days\t${group.urn}\t${group.name}: retentionInDays is 2`,
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
