import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runNode } from "../support/cli";

// The cloud dispatch (src/platform/clouds.ts) loads a cloud's resources, and with them its
// provider SDKs, only when that cloud is built. Proven in real processes: the plan bundle
// (`npm run plan`) and the source loaded by Pulumi's own ts-node, as `pulumi up` loads it.
const dir = mkdtempSync(join(tmpdir(), "lazy-clouds-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SDKS = ["@pulumi/aws", "@pulumi/azure-native", "@pulumi/azuread"];

/** The provider SDKs a plan of `stack` loaded, and the cloud it planned. */
async function planLoads(stack: string, entry: string[]): Promise<{ cloud: string; sdks: string[] }> {
  const file = join(dir, `${stack}-${entry.length}.json`);
  const run = await runNode(
    ["--require", "./tests/support/loadedPackages.cjs", ...entry, "--stack", stack, "--format", "json"],
    { LOADED_PACKAGES_FILE: file },
  );
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const loaded = JSON.parse(readFileSync(file, "utf8")) as string[];
  return {
    cloud: (JSON.parse(run.stdout) as { cloud: string }).cloud,
    sdks: SDKS.filter((p) => loaded.includes(p)),
  };
}

const BUNDLE = ["bin/plan.js"];
const PULUMI_TS_NODE = ["tests/support/tsNodeLikePulumi.cjs", "src/plan/cli.ts"];

describe("GIVEN a plan of one cloud THEN only that cloud's provider SDKs are loaded", () => {
  it.concurrent.each<[string, string, string[], string[]]>([
    ["aws", "the plan bundle", ["@pulumi/aws"], BUNDLE],
    ["azure", "the plan bundle", ["@pulumi/azure-native", "@pulumi/azuread"], BUNDLE],
    ["azure", "Pulumi's ts-node, from source", ["@pulumi/azure-native", "@pulumi/azuread"], PULUMI_TS_NODE],
  ])("WHEN %s is planned through %s THEN it loads %j", async (stack, _how, expected, entry) => {
    expect(await planLoads(stack, entry)).toEqual({ cloud: stack, sdks: expected });
  });
});
