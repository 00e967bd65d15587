import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLAN_COMMAND, planMain } from "../../src/plan/planCommand";
import { runPlan as run, runInProcess, stackDir } from "../support/cli";

const files = stackDir();
const runPlan = (...args: string[]) => run(args);
/**
 * The same command in this process, for what is refused before a plan: a process costs about a
 * second of CPU, so only the two full plans below run `node bin/plan.js` itself.
 */
const inProcess = (...args: string[]) => runInProcess(PLAN_COMMAND, planMain, args);
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
    const plan = JSON.parse(stdout) as {
      cloud: string;
      resources: { type: string }[];
      capacity: { lines: { limit: string; status: string }[]; cost: { region: string } };
    };
    expect(plan.cloud).toBe("aws");
    expect(plan.resources[0]?.type).toBe("pulumi:pulumi:Stack");
    expect(plan.capacity.lines.filter((l) => l.status !== "ok").map((l) => l.limit)).toEqual([
      "Cognito UserAuthentication requests",
      "Cognito UserFederation requests",
    ]);
    expect(plan.capacity.cost.region).toBe("ap-northeast-2");
  });

  it("GIVEN --config-file without --stack THEN the stack is named offline, and so are the names made from it", async () => {
    const { code, stdout } = await inProcess("--config-file", "Pulumi.aws.yaml", "--format", "json");
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as {
      stack: string;
      resources: { type: string; inputs: { name?: string } }[];
    };
    expect(plan.stack).toBe("offline");
    const pool = plan.resources.find((r) => r.type === "aws:cognito/userPool:UserPool");
    expect(pool?.inputs.name).toBe("hanbit-offline-users");
  }, 120_000);

  it.concurrent("GIVEN the default tree format for Azure THEN it says plainly what is left to do by hand", async () => {
    const { code, stdout } = await runPlan("--stack", "azure");
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("Plan for auth-platform/azure on azure: 84 resources in 2 components");
    expect(lines).toContain(
      "Capacity for the expected load (load section) on azure in koreacentral: 5 limits, 2 need attention (sources: docs/capacity.md)",
    );
    // The example uses custom policies: nothing about user flows; its sign-in domain needs DNS.
    expect(lines.slice(-3)).toEqual([
      "left to do by hand on azure (see README.md, Known limits):",
      "  - the sign-in domain login.hanbit.co.kr: verify it in the tenant first, then the TXT record _dnsauth.login.hanbit.co.kr (the Front Door custom domain's validation token) and a CNAME to the edgeDnsTarget output, and the redirect URI on that domain at each external identity provider (docs/azure.md, Front Door)",
      "  - admin consent for openid and offline_access (Microsoft Graph) on the client applications and on …-ProxyIdentityExperienceFramework: one click per application, after the first pulumi up (docs/azure.md)",
    ]);
  });

  it("GIVEN a bad configuration file THEN exit 1, one line per problem, no plan and no stack trace", async () => {
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
    const { code, stdout, stderr } = await inProcess("--config-file", path);
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

  it("GIVEN a file that passes the shape but breaks a cloud limit THEN that limit is named", async () => {
    const path = stackFile(
      [
        "config:",
        "  aws:region: ap-northeast-2",
        "  auth-platform:cloud: aws",
        "  auth-platform:clients: { web: { callbackUrls: [https://a.example.com/cb] } }",
        "  auth-platform:aws: { domain: { prefix: Bad_Prefix } }",
      ].join("\n"),
    );
    const { code, stderr } = await inProcess("--config-file", path);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'invalid stack configuration (1 problem):\n  aws.domain.prefix: must be 1..63 lowercase letters, digits and hyphens, not starting or ending with a hyphen; received "Bad_Prefix"\n',
    );
  });

  it.each([
    [
      ["--stack", "aws", "--format", "yaml"],
      '--format: must be one of tree, json, mermaid, dot; received "yaml"\n(npm run plan -- --help shows the options)\n',
    ],
    [
      ["--config-file", "/nonexistent/Pulumi.x.yaml"],
      "/nonexistent/Pulumi.x.yaml: cannot read the stack settings file (it does not exist)\n",
    ],
    [
      ["--stack", "gcp"],
      'no stack "gcp" here: Pulumi.gcp.yaml does not exist; stacks here: aws, azure (or give --config-file PATH)\n',
    ],
  ])("GIVEN %j THEN exit 2 with %j", async (args, message) => {
    const { code, stderr } = await inProcess(...args);
    expect(code).toBe(2);
    expect(stderr).toBe(message);
  });

  it.each([
    ["an empty file", "", ': the file is empty; a stack settings file holds a "config:" map of keys'],
    [
      "configs: for config:",
      "configs:\n  auth-platform:cloud: aws\n",
      ':1: unknown key "configs"; did you mean "config"? a stack settings file holds config, environment, secretsprovider, encryptedkey, encryptionsalt',
    ],
    [
      "an unclosed list",
      "config:\n  auth-platform:cloud: aws\n  auth-platform:tags: [a, b\n  aws:region: ap-northeast-2\n",
      ":3: not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ])",
    ],
  ])(
    "GIVEN a stack file with %s THEN exit 2 and one line naming the file, its line and the mistake",
    async (_what, text, message) => {
      const path = stackFile(text);
      const { code, stdout, stderr } = await inProcess("--config-file", path);
      expect([code, stdout, stderr]).toEqual([2, "", `${path}${message}\n`]);
    },
  );

  it("GIVEN the outputs of a deployment with other sign-in identifiers THEN the replacement is refused", async () => {
    const previous = files.write(
      "outputs.json",
      JSON.stringify({ immutableSettings: { name: "hanbit", "identity.signInIdentifiers": ["username"] } }),
    );
    const { code, stdout, stderr } = await inProcess("--stack", "aws", "--previous-outputs", previous);
    expect([code, stdout]).toEqual([1, ""]);
    expect(stderr).toBe(
      'invalid stack configuration (1 problem):\n  identity.signInIdentifiers: must stay ["username"] on this stack: changing it replaces the Cognito user pool and every user in it; set protection.allowReplacement: true to do so knowingly; received ["email"]\n',
    );
  });

  it("GIVEN no stack THEN usage and exit 2", async () => {
    const { code, stderr } = await inProcess();
    expect(code).toBe(2);
    expect(stderr).toBe(
      "--stack NAME or --config-file PATH is required; stacks here: aws, azure\n(npm run plan -- --help shows the options)\n",
    );
  });
});
