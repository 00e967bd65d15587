import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runNode } from "../support/cli";

// The cloud dispatch (src/platform/clouds.ts) loads a cloud's resources, and with them its
// provider SDKs, only when that cloud is built. Proven in real processes: plans through the
// bundle `npm run plan` runs, and the dispatch loaded from source by Pulumi's own ts-node,
// the way `pulumi up` loads the program.
const dir = mkdtempSync(join(tmpdir(), "lazy-clouds-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SDKS = ["@pulumi/aws", "@pulumi/azure-native", "@pulumi/azuread"];

/** The provider SDKs a process loaded, and what it printed. */
async function loads(name: string, args: string[]): Promise<{ stdout: string; sdks: string[] }> {
  const file = join(dir, `${name}.json`);
  const run = await runNode(["--require", "./tests/support/loadedPackages.cjs", ...args], {
    LOADED_PACKAGES_FILE: file,
  });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const loaded = JSON.parse(readFileSync(file, "utf8")) as string[];
  return { stdout: run.stdout, sdks: SDKS.filter((p) => loaded.includes(p)) };
}

describe("GIVEN a plan of one cloud THEN only that cloud's provider SDKs are loaded", () => {
  it.concurrent.each<[string, string[]]>([
    ["aws", ["@pulumi/aws"]],
    ["azure", ["@pulumi/azure-native", "@pulumi/azuread"]],
  ])("WHEN %s is planned through the plan bundle THEN it loads %j", async (stack, expected) => {
    const { stdout, sdks } = await loads(stack, ["bin/plan.js", "--stack", stack, "--format", "json"]);
    expect({ cloud: (JSON.parse(stdout) as { cloud: string }).cloud, sdks }).toEqual({
      cloud: stack,
      sdks: expected,
    });
  });
});

describe("GIVEN the source loaded by Pulumi's vendored ts-node", () => {
  it("WHEN the dispatch loads AWS THEN the lazy require reaches its resources and no Azure SDK", async () => {
    const entry = ["tests/support/tsNodeLikePulumi.cjs", "tests/support/loadCloud.ts", "aws"];
    expect(await loads("ts-node-aws", entry)).toEqual({ stdout: "function\n", sdks: ["@pulumi/aws"] });
  });
});
