import * as pulumi from "@pulumi/pulumi";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PlatformMocks } from "../../src/plan/mocks";
import { renderTree } from "../../src/plan/render/tree";
import { type PlanInput, prepare } from "../../src/plan/run";
import { buildPlatform } from "../../src/program";
import { exampleSettings, PROJECT, planCached } from "../support/harness";

// Applications get the web and machine clients' secrets from the `clientSecrets` stack output:
// a Pulumi secret on both clouds, never plaintext in the plan, and holding the secret the
// cloud issued (on Azure the newer of the two overlapping passwords).

afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs the program under the mocks and returns its outputs and the state each mock resource got. */
async function run(
  cloud: "aws" | "azure",
  context: Partial<Pick<PlanInput, "now" | "previousOutputs">> = {},
) {
  const states = new Map<string, Record<string, unknown>>();
  const original = PlatformMocks.prototype.newResource;
  vi.spyOn(PlatformMocks.prototype, "newResource").mockImplementation(function (this: PlatformMocks, args) {
    const result = original.call(this, args);
    states.set(args.name, result.state);
    return result;
  });
  const { config, deployment } = await prepare({
    project: PROJECT,
    stack: cloud,
    settings: exampleSettings(cloud),
    ...context,
  });
  let outputs: ReturnType<typeof buildPlatform> | undefined;
  await pulumi.runtime.runInPulumiStack(async () => {
    outputs = buildPlatform(config, deployment);
    return outputs;
  });
  await pulumi.runtime.disconnect();
  const secrets = outputs?.clientSecrets as pulumi.Output<Record<string, string>>;
  const value = await new Promise<Record<string, string>>((resolve) => secrets.apply(resolve));
  return { value, isSecret: await secrets.isSecret, states };
}

describe.each(["aws", "azure"] as const)("GIVEN the %s example stack", (cloud) => {
  it("THEN the plan shows clientSecrets only as [secret]", async () => {
    const plan = await planCached(exampleSettings(cloud), cloud);
    expect(plan.outputs.clientSecrets).toBe("[secret]");
  });

  it("THEN clientSecrets is a Pulumi secret holding the web and machine clients' issued secrets, found nowhere in the plan", async () => {
    // On Azure, a stack whose password b is the newer one: b is what applications must read.
    const { value, isSecret, states } =
      cloud === "aws"
        ? await run("aws")
        : await run("azure", {
            now: new Date("2026-05-10T10:00:00Z"),
            previousOutputs: { clientSecretRotation: { a: "2026-01-05", b: "2026-04-02" } },
          });
    expect(isSecret).toBe(true);
    const issued =
      cloud === "aws"
        ? {
            web: states.get("hanbit-web-client")?.clientSecret,
            machine: states.get("hanbit-machine-client")?.clientSecret,
          }
        : {
            web: states.get("hanbit-web-secret-b")?.value,
            machine: states.get("hanbit-machine-secret-b")?.value,
          };
    expect(value).toEqual(issued);
    if (cloud === "azure") expect(value.web).not.toBe(states.get("hanbit-web-secret-a")?.value);
    expect(Object.values(value).every((v) => typeof v === "string" && v.length >= 40)).toBe(true);
    const plan = await planCached(exampleSettings(cloud), cloud);
    const shown = `${JSON.stringify(plan)}\n${renderTree(plan)}`;
    for (const secret of Object.values(value)) expect(shown.includes(secret)).toBe(false);
  });
});
