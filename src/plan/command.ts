import { parseArgs } from "node:util";
import { LivePricesError } from "../capacity/live";
import { ConfigError, suggest } from "../config/problems";
import { ConformanceError } from "../platform/constraints";
import { exitAfterFlush } from "./exit";
import { StackFileError } from "./stackFile";

/**
 * The exit codes both command-line tools (`npm run plan`, `npm run policy`) share; README.md,
 * "Exit codes", documents them and tests/plan/command.test.ts holds each.
 */
export const EXIT = {
  ok: 0,
  /** The stack was refused: its configuration, a provider's constraint, or (policy) a mandatory rule. */
  refused: 1,
  /** A usage error, or a file that cannot be read or parsed. */
  usage: 2,
  /** The tool itself failed: a bug, reported with its stack trace. */
  failed: 3,
} as const;

/** A usage mistake: one line on stderr, exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export interface OptionSpec {
  readonly type: "string" | "boolean";
  /** Placeholder of the value in the usage text, e.g. `NAME`. */
  readonly value?: string;
  readonly help: string;
}

/** One command-line tool: its name under `npm run`, its options and what each exit code means for it. */
export interface CommandSpec {
  readonly name: string;
  /** Usage lines after `npm run <name> -- `. */
  readonly synopsis: readonly string[];
  readonly summary: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly exitCodes: Readonly<Record<(typeof EXIT)[keyof typeof EXIT], string>>;
}

/** The options every tool takes the same way: `...STACK_OPTIONS`, its own, then `...HELP_OPTION`. */
export const STACK_OPTIONS = {
  stack: { type: "string", value: "NAME", help: "the stack: reads Pulumi.NAME.yaml beside Pulumi.yaml" },
  "config-file": {
    type: "string",
    value: "PATH",
    help: 'read this stack settings file instead; the stack is named "offline" unless --stack names it',
  },
} as const satisfies Record<string, OptionSpec>;
export const HELP_OPTION = {
  help: { type: "boolean", help: "print this text and exit 0" },
} as const satisfies Record<string, OptionSpec>;

/** The usage text: synopsis, summary, options and exit codes, laid out the same for every tool. */
export function usage(spec: CommandSpec): string {
  const head = `npm run ${spec.name} -- `;
  const synopsis = spec.synopsis.map((line, i) => `${i === 0 ? "usage: " : "       "}${head}${line}`);
  const flags = Object.entries(spec.options).map(([flag, o]) => [
    `--${flag}${o.value ? ` ${o.value}` : ""}`,
    o.help,
  ]);
  const width = Math.max(...flags.map(([f]) => (f ?? "").length)) + 2;
  return [
    ...synopsis,
    "",
    spec.summary,
    "",
    "options:",
    ...flags.map(([flag, help]) => `  ${(flag ?? "").padEnd(width)}${help}`),
    "",
    "exit codes:",
    ...Object.entries(spec.exitCodes).map(([code, meaning]) => `  ${code}  ${meaning}`),
    "",
  ].join("\n");
}

type Values<S extends CommandSpec> = {
  [K in keyof S["options"]]?: S["options"][K]["type"] extends "boolean" ? boolean : string;
};

/** Parses the arguments by the spec. @throws UsageError naming the argument and what is allowed */
export function parseCommandLine<S extends CommandSpec>(spec: S, argv: readonly string[]): Values<S> {
  const flags = Object.keys(spec.options);
  try {
    const options = Object.fromEntries(
      Object.entries(spec.options).map(([flag, o]) => [flag, { type: o.type }]),
    );
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values as Values<S>;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = (error as Error).message;
    const option = /'(-[^' ]*)/.exec(message)?.[1] ?? "";
    const known = flags.map((f) => `--${f}`).join(", ");
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const guess = suggest(option.replace(/^-+/, ""), flags);
      throw new UsageError(
        `unknown option ${option}; ${guess ? `did you mean --${guess}? ` : ""}options: ${known}`,
      );
    }
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
      const argument = /'([^']*)'/.exec(message)?.[1] ?? "";
      throw new UsageError(
        `unexpected argument "${argument}": every value follows its option (--stack NAME); options: ${known}`,
      );
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const flag = /--([\w-]+)/.exec(message)?.[1] ?? option.replace(/^-+/, "");
      const o = spec.options[flag];
      throw new UsageError(
        o?.type === "boolean"
          ? `--${flag} takes no value`
          : `--${flag} needs a value (--${flag} ${o?.value ?? "VALUE"})`,
      );
    }
    throw new UsageError(message);
  }
}

/** Pulumi's rule for stack names (pulumi/pkg backend validateStackName): 1..100 of A-Z a-z 0-9 _ . - */
const STACK_NAME = /^[A-Za-z0-9_.-]{1,100}$/;

/** The stack named by --stack, or "offline" for a --config-file without one. @throws UsageError */
export function stackName(
  values: { stack?: string; "config-file"?: string },
  stacks: readonly string[],
): string {
  if (values.stack !== undefined) {
    if (!STACK_NAME.test(values.stack))
      throw new UsageError(
        `--stack: must be a stack name of 1..100 letters, digits, _ . or -; received ${JSON.stringify(values.stack)}`,
      );
    return values.stack;
  }
  if (values["config-file"] !== undefined) return "offline";
  throw new UsageError(`--stack NAME or --config-file PATH is required; stacks here: ${stacks.join(", ")}`);
}

/** Where messages go; tests pass their own. */
export interface Streams {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const PROCESS_STREAMS: Streams = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/**
 * Runs a tool's main function and maps what it throws to the shared exit codes: a refused
 * configuration 1, a usage mistake or an unreadable file 2 (each one line on stderr), anything
 * else 3 with its stack trace, since that is a bug to report.
 */
export async function exitCodeOf(
  spec: CommandSpec,
  main: (streams: Streams) => Promise<number>,
  streams: Streams = PROCESS_STREAMS,
): Promise<number> {
  try {
    return await main(streams);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof ConformanceError) {
      streams.err(`${error.message}\n`);
      return EXIT.refused;
    }
    if (error instanceof UsageError || error instanceof StackFileError || error instanceof LivePricesError) {
      const hint = error instanceof UsageError ? `\n(npm run ${spec.name} -- --help shows the options)` : "";
      streams.err(`${error.message}${hint}\n`);
      return EXIT.usage;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    streams.err(
      `npm run ${spec.name} failed: this is a bug, please report it with this message\n${detail}\n`,
    );
    return EXIT.failed;
  }
}

/** The process entry point of a tool: runs it, flushes stdout and stderr, exits with its code. */
export function runCommand(spec: CommandSpec, main: (streams: Streams) => Promise<number>): void {
  void exitCodeOf(spec, main).then(exitAfterFlush);
}
