import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/problems";
import {
  type CommandSpec,
  EXIT,
  exitCodeOf,
  HELP_OPTION,
  parseCommandLine,
  STACK_OPTIONS,
  stackName,
  UsageError,
  usage,
} from "../../src/plan/command";
import { StackFileError } from "../../src/plan/stackFile";
import { ConformanceError } from "../../src/platform/constraints";

const SPEC = {
  name: "tool",
  synopsis: ["--stack NAME [--format FORMAT]", "--config-file PATH"],
  summary: "Does one thing.",
  options: {
    ...STACK_OPTIONS,
    format: { type: "string", value: "FORMAT", help: "tree or json" },
    ...HELP_OPTION,
  },
  exitCodes: { 0: "done", 1: "refused", 2: "usage", 3: "bug" },
} as const satisfies CommandSpec;

/** Runs `main` the way a tool does and collects what it wrote. */
async function run(main: () => Promise<number>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await exitCodeOf(SPEC, main, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("GIVEN the arguments of a command line", () => {
  it("WHEN they are well formed THEN the values come back by option name", () => {
    expect(parseCommandLine(SPEC, ["--stack", "aws", "--format", "json"])).toEqual({
      stack: "aws",
      format: "json",
    });
    expect(parseCommandLine(SPEC, ["--config-file=/tmp/x.yaml", "--help"])).toEqual({
      "config-file": "/tmp/x.yaml",
      help: true,
    });
  });

  it.each([
    [
      ["--stak", "aws"],
      "unknown option --stak; did you mean --stack? options: --stack, --config-file, --format, --help",
    ],
    [["-x"], "unknown option -x; options: --stack, --config-file, --format, --help"],
    [
      ["aws"],
      'unexpected argument "aws": every value follows its option (--stack NAME); options: --stack, --config-file, --format, --help',
    ],
    [["--stack"], "--stack needs a value (--stack NAME)"],
    [["--stack", "--format", "json"], "--stack needs a value (--stack NAME)"],
    [["--help=yes"], "--help takes no value"],
  ])("WHEN they are %j THEN a UsageError says %j", (argv, message) => {
    expect(() => parseCommandLine(SPEC, argv)).toThrowError(new UsageError(message));
  });
});

describe("GIVEN --stack and --config-file", () => {
  it.each([
    [{ stack: "aws" }, "aws"],
    [{ stack: "prod.eu-1_b" }, "prod.eu-1_b"],
    [{ stack: "aws", "config-file": "/x.yaml" }, "aws"],
    // The documented name of a stack planned from a file alone.
    [{ "config-file": "/x.yaml" }, "offline"],
  ])("WHEN %j THEN the stack is named %j", (values, stack) => {
    expect(stackName(values, ["aws", "azure"])).toBe(stack);
  });

  it.each([
    [{}, "--stack NAME or --config-file PATH is required; stacks here: aws, azure"],
    [
      { stack: "../etc" },
      '--stack: must be a stack name of 1..100 letters, digits, _ . or -; received "../etc"',
    ],
    [{ stack: "" }, '--stack: must be a stack name of 1..100 letters, digits, _ . or -; received ""'],
  ])("WHEN %j THEN a UsageError says %j", (values, message) => {
    expect(() => stackName(values, ["aws", "azure"])).toThrowError(new UsageError(message));
  });
});

describe("GIVEN a tool's main function WHEN it ends", () => {
  it("THEN its own code is the exit code and nothing is added", async () => {
    expect(await run(async () => 0)).toEqual({ code: EXIT.ok, stdout: "", stderr: "" });
  });

  it.each([
    [
      "a refused configuration",
      new ConfigError([{ path: "cloud", message: "is required" }]),
      1,
      "invalid stack configuration (1 problem):\n  cloud: is required\n",
    ],
    [
      "a usage mistake",
      new UsageError("--format: must be one of tree, json"),
      2,
      "--format: must be one of tree, json\n(npm run tool -- --help shows the options)\n",
    ],
    [
      "an unreadable file",
      new StackFileError("/x.yaml: the file is empty"),
      2,
      "/x.yaml: the file is empty\n",
    ],
    [
      "a planned input a provider would reject",
      new ConformanceError([
        {
          urn: "urn:pulumi:s::p::aws:wafv2/webAcl:WebAcl::acl",
          name: "acl",
          type: "aws:wafv2/webAcl:WebAcl",
          id: "wafv2-rate-based-limit",
          input: "rules[].statement.rateBasedStatement.limit",
          rule: "an integer in 100..2,000,000,000",
          source: "hashicorp/terraform-provider-aws internal/service/wafv2/schemas.go",
          message: "received 10",
        },
      ]),
      1,
      "1 planned input(s) would fail at the provider or the cloud:\n  acl (aws:wafv2/webAcl:WebAcl) rules[].statement.rateBasedStatement.limit: received 10; must be an integer in 100..2,000,000,000 [wafv2-rate-based-limit: hashicorp/terraform-provider-aws internal/service/wafv2/schemas.go]\n",
    ],
  ])("WHEN it throws %s THEN exit %i with exactly that line", async (_what, error, code, stderr) => {
    expect(
      await run(async () => {
        throw error;
      }),
    ).toEqual({ code, stdout: "", stderr });
  });

  it("WHEN it throws anything else THEN exit 3 and the stack trace, as a bug to report", async () => {
    const { code, stderr } = await run(async () => {
      throw new TypeError("cannot read properties of undefined");
    });
    expect(code).toBe(EXIT.failed);
    const lines = stderr.split("\n");
    expect(lines.slice(0, 2)).toEqual([
      "npm run tool failed: this is a bug, please report it with this message",
      "TypeError: cannot read properties of undefined",
    ]);
    expect(lines[2]).toMatch(/^ {4}at .*command\.test\.ts:\d+:\d+/);
  });
});

describe("GIVEN a command spec WHEN its usage is printed", () => {
  it("THEN synopsis, summary, options and exit codes, in that order", () => {
    expect(usage(SPEC).split("\n")).toEqual([
      "usage: npm run tool -- --stack NAME [--format FORMAT]",
      "       npm run tool -- --config-file PATH",
      "",
      "Does one thing.",
      "",
      "options:",
      "  --stack NAME        the stack: reads Pulumi.NAME.yaml beside Pulumi.yaml",
      '  --config-file PATH  read this stack settings file instead; the stack is named "offline" unless --stack names it',
      "  --format FORMAT     tree or json",
      "  --help              print this text and exit 0",
      "",
      "exit codes:",
      "  0  done",
      "  1  refused",
      "  2  usage",
      "  3  bug",
      "",
    ]);
  });
});
