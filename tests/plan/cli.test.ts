import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPlan as run, stackDir } from "../support/cli";

const files = stackDir();
const runPlan = (...args: string[]) => run(args);
const stackFile = (text: string) =>
  files.write(`Pulumi.bad${Math.random().toString(36).slice(2)}.yaml`, text);

// Build the plan bundle once before the concurrent runs.
beforeAll(() => run(["--help"]), 60_000);
afterAll(() => files.remove());

describe("npm run plan", () => {
  it.concurrent("GIVEN --format json THEN the plan document on stdout and exit 0", async () => {
    const { code, stdout, stderr } = await runPlan("--stack", "aws", "--format", "json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { cloud: string; resources: { type: string }[] };
    expect(plan.cloud).toBe("aws");
    expect(plan.resources[0]?.type).toBe("pulumi:pulumi:Stack");
  });

  it.concurrent("GIVEN --format mermaid or dot THEN a graph in that language", async () => {
    expect((await runPlan("--stack", "aws", "--format", "mermaid")).stdout.split("\n")[0]).toBe(
      "flowchart TD",
    );
    const dot = (await runPlan("--stack", "aws", "--format", "dot")).stdout;
    expect(dot.split("\n")[0]).toBe('digraph "auth-platform/aws" {');
    expect(dot.trimEnd().endsWith("}")).toBe(true);
    expect(dot).toContain('[style=dashed, label="depends on"]');
  });

  it.concurrent("GIVEN the default tree format for Azure THEN it says plainly what is left to do by hand", async () => {
    const { code, stdout } = await runPlan("--stack", "azure");
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("Plan for auth-platform/azure on azure: 74 resources in 2 components");
    expect(lines.slice(-3)).toEqual([
      "left to do by hand on azure (see README.md, Known limits):",
      "  - token lifetimes and session settings of B2C user flows (Graph has no API for them: set them in the portal)",
      "  - admin consent for openid/offline_access on Microsoft Graph (one click per tenant, see docs/azure.md)",
    ]);
  });

  it.concurrent("GIVEN a bad configuration file THEN exit 1, one line per problem, no plan and no stack trace", async () => {
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
    const { code, stdout, stderr } = await runPlan("--config-file", path);
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

  it.concurrent("GIVEN a file that passes the shape but breaks a cloud limit THEN that limit is named", async () => {
    const path = stackFile(
      [
        "config:",
        "  aws:region: ap-northeast-2",
        "  auth-platform:cloud: aws",
        "  auth-platform:clients: { web: { callbackUrls: [https://a.example.com/cb] } }",
        "  auth-platform:aws: { domain: { prefix: Bad_Prefix } }",
      ].join("\n"),
    );
    const { code, stderr } = await runPlan("--config-file", path);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'invalid stack configuration (1 problem):\n  aws.domain.prefix: must be 1..63 lowercase letters, digits and hyphens, not starting or ending with a hyphen; received "Bad_Prefix"\n',
    );
  });

  it.concurrent.each([
    [
      ["--stack", "aws", "--format", "yaml"],
      '--format: must be one of tree, json, mermaid, dot; received "yaml"\n',
    ],
    [
      ["--config-file", "/nonexistent/Pulumi.x.yaml"],
      "/nonexistent/Pulumi.x.yaml: cannot read the stack settings file\n",
    ],
  ])("GIVEN %j THEN exit 2 with %j", async (args, message) => {
    const { code, stderr } = await runPlan(...args);
    expect(code).toBe(2);
    expect(stderr).toBe(message);
  });

  it.concurrent("GIVEN the outputs of a deployment with other sign-in identifiers THEN the replacement is refused", async () => {
    const previous = files.write(
      "outputs.json",
      JSON.stringify({ immutableSettings: { name: "hanbit", "identity.signInIdentifiers": ["username"] } }),
    );
    const { code, stdout, stderr } = await runPlan("--stack", "aws", "--previous-outputs", previous);
    expect([code, stdout]).toEqual([1, ""]);
    expect(stderr).toBe(
      'invalid stack configuration (1 problem):\n  identity.signInIdentifiers: must stay ["username"] on this stack: changing it replaces the Cognito user pool and every user in it; set protection.allowReplacement: true to do so knowingly; received ["email"]\n',
    );
  });

  it.concurrent("GIVEN no stack THEN usage and exit 2", async () => {
    const { code, stderr } = await runPlan();
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe("--stack is required (aws or azure for the example stacks)");
  });
});
