import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../support/harness";

function runPlan(...args: string[]) {
  const result = spawnSync(process.execPath, ["bin/plan.js", ...args], { cwd: REPO_ROOT, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function stackFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "plan-"));
  const path = join(dir, "Pulumi.bad.yaml");
  writeFileSync(path, text);
  return path;
}

describe("npm run plan", () => {
  it("GIVEN --format json THEN the plan document on stdout and exit 0", () => {
    const { code, stdout, stderr } = runPlan("--stack", "aws", "--format", "json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { cloud: string; resources: { type: string }[] };
    expect(plan.cloud).toBe("aws");
    expect(plan.resources[0]?.type).toBe("pulumi:pulumi:Stack");
  });

  it("GIVEN --format mermaid or dot THEN a graph in that language", () => {
    expect(runPlan("--stack", "aws", "--format", "mermaid").stdout.split("\n")[0]).toBe("flowchart TD");
    const dot = runPlan("--stack", "aws", "--format", "dot").stdout;
    expect(dot.split("\n")[0]).toBe('digraph "auth-platform/aws" {');
    expect(dot.trimEnd().endsWith("}")).toBe(true);
    expect(dot).toContain('[style=dashed, label="depends on"]');
  });

  it("GIVEN the default tree format for Azure THEN it says plainly what is not built yet", () => {
    const { code, stdout } = runPlan("--stack", "azure");
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toMatch(
      /^Plan for auth-platform\/azure on azure: \d+ resources in 2 components$/,
    );
  });

  it("GIVEN a bad configuration file THEN exit 1, one line per problem, no plan and no stack trace", () => {
    const path = stackFile(
      [
        "config:",
        "  aws:region: ap-northeast-2",
        "  auth-platform:cloud: aws",
        "  auth-platform:clients: { web: { callbackUrls: [https://a.example.com/cb] } }",
        "  auth-platform:session: { idelTimeout: 30m }",
        "  auth-platform:aws: { domain: { prefix: Bad_Prefix } }",
      ].join("\n"),
    );
    const { code, stdout, stderr } = runPlan("--config-file", path);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      [
        "invalid stack configuration (1 problem):",
        '  session.idelTimeout: unknown key; did you mean "idleTimeout"? allowed keys: accessTokenLifetime, idTokenLifetime, refreshTokenLifetime, refreshTokenRotation, idleTimeout, absoluteTimeout',
        "",
      ].join("\n"),
    );
  });

  it("GIVEN a file that passes the shape but breaks a cloud limit THEN that limit is named", () => {
    const path = stackFile(
      [
        "config:",
        "  aws:region: ap-northeast-2",
        "  auth-platform:cloud: aws",
        "  auth-platform:clients: { web: { callbackUrls: [https://a.example.com/cb] } }",
        "  auth-platform:aws: { domain: { prefix: Bad_Prefix } }",
      ].join("\n"),
    );
    const { code, stderr } = runPlan("--config-file", path);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'invalid stack configuration (1 problem):\n  aws.domain.prefix: must be 1..63 lowercase letters, digits and hyphens, not starting or ending with a hyphen; received "Bad_Prefix"\n',
    );
  });

  it.each([
    [
      ["--stack", "aws", "--format", "yaml"],
      '--format: must be one of tree, json, mermaid, dot; received "yaml"\n',
    ],
    [
      ["--config-file", "/nonexistent/Pulumi.x.yaml"],
      "/nonexistent/Pulumi.x.yaml: cannot read the stack settings file\n",
    ],
  ])("GIVEN %j THEN exit 2 with %j", (args, message) => {
    const { code, stderr } = runPlan(...args);
    expect(code).toBe(2);
    expect(stderr).toBe(message);
  });

  it("GIVEN no stack THEN usage and exit 2", () => {
    const { code, stderr } = runPlan();
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe("--stack is required (aws or azure for the example stacks)");
  });
});
