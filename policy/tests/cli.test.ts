import { spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { AWS_REGIONS } from "../../src/config/regions";
import { PLAN_COMMAND, planMain } from "../../src/plan/planCommand";
import { runInProcess, stackDir } from "../../tests/support/cli";
import { exampleSettings, planCached, REPO_ROOT } from "../../tests/support/harness";
import { POLICY_COMMAND, policyMain } from "../command";
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

describe("npm run policy and npm run plan take the same flags the same way", () => {
  const policy = (...args: string[]) => runInProcess(POLICY_COMMAND, policyMain, args);

  it.each([
    ['{"resources":[1]}', 0],
    ['{"resources":[{"urn":"u","type":"t","name":"n","inputs":{}},{"urn":"u","type":"t"}]}', 1],
  ])(
    "GIVEN --plan with a resource that is not a planned one (%s) THEN exit 2 naming its index",
    async (text, index) => {
      const path = files.write(`malformed-${index}.json`, text);
      const { code, stdout, stderr } = await policy("--plan", path);
      expect([code, stdout, stderr]).toEqual([
        2,
        "",
        `${path}: resources[${index}] is not a planned resource (urn, type, name and inputs); make the document with npm run plan -- --format json\n`,
      ]);
    },
  );
  const plan = (...args: string[]) => runInProcess(PLAN_COMMAND, planMain, args);

  it("GIVEN --help to both THEN the same layout, and the shared options and exit codes read alike", async () => {
    const [p, q] = [await policy("--help"), await plan("--help")];
    expect([p.code, p.stderr, q.code, q.stderr]).toEqual([0, "", 0, ""]);
    const sections = (text: string) =>
      text.split("\n").filter((l) => /^(usage:|options:|exit codes:)/.test(l));
    expect(sections(p.stdout)).toEqual([
      "usage: npm run policy -- --stack NAME [--config-file PATH]",
      "options:",
      "exit codes:",
    ]);
    expect(sections(q.stdout)).toEqual([
      "usage: npm run plan -- --stack NAME [--format FORMAT] [--full] [--previous-outputs FILE] [--live-prices]",
      "options:",
      "exit codes:",
    ]);
    const shared = (text: string) =>
      text
        .split("\n")
        .filter((l) => /^ {2}--(stack|config-file|help)\b/.test(l))
        .map((l) => l.replace(/ +/g, " "));
    expect(shared(p.stdout)).toEqual([
      " --stack NAME the stack: reads Pulumi.NAME.yaml beside Pulumi.yaml",
      ' --config-file PATH read this stack settings file instead; the stack is named "offline" unless --stack names it',
      " --help print this text and exit 0",
    ]);
    expect(shared(q.stdout)).toEqual(shared(p.stdout));
    const codes = (text: string) =>
      text
        .split("\n")
        .filter((l) => /^ {2}\d {2}/.test(l))
        .map((l) => l.slice(0, 3));
    expect(codes(p.stdout)).toEqual(["  0", "  1", "  2", "  3"]);
    expect(codes(q.stdout)).toEqual(codes(p.stdout));
  });

  it("GIVEN a configuration both refuse THEN both exit 1 with the same lines", async () => {
    const path = files.write(
      "Pulumi.refused.yaml",
      "config:\n  aws:region: ap-northeast-9\n  auth-platform:cloud: aws\n  auth-platform:clients: { web: { callbackUrls: [https://a.example.com/cb] } }\n  auth-platform:aws: { domain: { prefix: hanbit-login } }\n",
    );
    const [p, q] = [await policy("--config-file", path), await plan("--config-file", path)];
    expect([p.code, p.stdout, q.code, q.stdout]).toEqual([1, "", 1, ""]);
    expect(p.stderr).toBe(
      `invalid stack configuration (1 problem):\n  aws:region: must be an AWS region (did you mean "ap-northeast-1"?): ${AWS_REGIONS.join(", ")}; received "ap-northeast-9"\n`,
    );
    expect(q.stderr).toBe(p.stderr);
  });

  it.each([
    [[], "--stack NAME, --config-file PATH or --plan FILE is required; stacks here: aws, azure"],
    [
      ["--plan", "plan.json", "--stack", "aws"],
      "--plan checks a plan document: give it alone, without --stack or --config-file",
    ],
    [
      ["--stack", "gcp"],
      'no stack "gcp" here: Pulumi.gcp.yaml does not exist; stacks here: aws, azure (or give --config-file PATH)',
    ],
  ])("GIVEN %j THEN exit 2 with one line saying what to give", async (args, message) => {
    const { code, stdout, stderr } = await policy(...args);
    expect([code, stdout, stderr.split("\n")[0]]).toEqual([2, "", message]);
  });
});
