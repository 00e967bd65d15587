import { describe, expect, it } from "vitest";
import { COMPARE_COMMAND, compareMain } from "../../src/compare/command";
import { runInProcess } from "../support/cli";

const run = (...args: string[]) => runInProcess(COMPARE_COMMAND, compareMain, args);

describe("npm run compare takes its flags the way plan and policy do", () => {
  it("GIVEN --help THEN the shared layout: usage, options, exit codes, exit 0", async () => {
    const { code, stdout } = await run("--help");
    expect(code).toBe(0);
    expect(stdout.split("\n").filter((l) => /^(usage|options|exit codes):?/.test(l))).toEqual([
      "usage: npm run compare -- --config-file PATH [--format FORMAT] [--live-prices]",
      "options:",
      "exit codes:",
    ]);
  });

  it.each([
    [
      ["--format", "yaml", "--config-file", "examples/compare/hanbit.yaml"],
      '--format: must be one of markdown, json; received "yaml"\n(npm run compare -- --help shows the options)\n',
    ],
    [[], "--config-file PATH is required\n(npm run compare -- --help shows the options)\n"],
    [
      ["--bogus"],
      "unknown option --bogus; options: --config-file, --format, --live-prices, --help\n(npm run compare -- --help shows the options)\n",
    ],
    [
      ["--config-file", "/nonexistent/compare.yaml"],
      "/nonexistent/compare.yaml: cannot read the stack settings file\n",
    ],
  ])("GIVEN %j THEN exit 2 with one line naming the mistake", async (args, message) => {
    const { code, stdout, stderr } = await run(...args);
    expect([code, stdout, stderr]).toEqual([2, "", message]);
  });
});
