import { parseArgs } from "node:util";
import { ConfigError } from "../config/problems";
import { CLOUDS } from "../platform/clouds";
import { ConformanceError, checkConstraints } from "../platform/constraints";
import { exitAfterFlush } from "./exit";
import { loadPlanInput } from "./input";
import { renderDot } from "./render/dot";
import { renderMermaid } from "./render/mermaid";
import { renderTree } from "./render/tree";
import { plan } from "./run";
import { skipProviderSerialization } from "./skipProviderSerialization";
import { StackFileError } from "./stackFile";

const FORMATS = {
  tree: renderTree,
  json: (p: object) => `${JSON.stringify(p, null, 2)}\n`,
  mermaid: renderMermaid,
  dot: renderDot,
} as const;
type Format = keyof typeof FORMATS;

const USAGE = `usage: npm run plan -- --stack <name> [--format tree|json|mermaid|dot] [--config-file PATH]
                     [--previous-outputs FILE]

Runs the program offline under Pulumi's mock runtime with the stack's settings
(Pulumi.<name>.yaml, or --config-file) and prints what \`pulumi up\` would create.
--previous-outputs takes \`pulumi stack output --json\` of the deployed stack, to check a
change against it (a change that would replace a user pool or session store is refused).`;

/**
 * Exit codes: 0 planned, 1 configuration refused or a planned input that the provider or the
 * cloud would refuse, 2 usage or unreadable file, 3 an unexpected failure.
 */
async function main(argv: string[]): Promise<number> {
  let values: {
    stack?: string;
    format?: string;
    "config-file"?: string;
    "previous-outputs"?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        stack: { type: "string" },
        format: { type: "string", default: "tree" },
        "config-file": { type: "string" },
        "previous-outputs": { type: "string" },
        help: { type: "boolean" },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = values.format as Format;
  if (!(format in FORMATS)) {
    process.stderr.write(`--format: must be one of tree, json, mermaid, dot; received "${values.format}"\n`);
    return 2;
  }
  const stack = values.stack ?? (values["config-file"] ? "offline" : undefined);
  if (!stack) {
    process.stderr.write(`--stack is required (aws or azure for the example stacks)\n${USAGE}\n`);
    return 2;
  }
  try {
    skipProviderSerialization();
    const result = await plan(loadPlanInput(stack, values["config-file"], values["previous-outputs"]));
    const violations = checkConstraints(result, CLOUDS[result.cloud].conformance.constraints);
    if (violations.length > 0) throw new ConformanceError(violations);
    process.stdout.write(FORMATS[format](result));
    const nextSteps = result.outputs.nextSteps;
    if (Array.isArray(nextSteps) && format === "tree") {
      // The first run of a bootstrap: what to do before the next `pulumi up` (the `nextSteps` output).
      process.stdout.write(
        `\nnext steps (then pulumi up again):\n${nextSteps.map((s, i) => `  ${i + 1}. ${String(s)}`).join("\n")}\n`,
      );
      return 0;
    }
    const notBuilt = CLOUDS[result.cloud].notBuilt ?? [];
    if (notBuilt.length > 0 && format === "tree") {
      process.stdout.write(
        `\nleft to do by hand on ${result.cloud} (see README.md, Known limits):\n${notBuilt.map((n) => `  - ${n}`).join("\n")}\n`,
      );
    }
    return 0;
  } catch (error) {
    if (
      error instanceof ConfigError ||
      error instanceof ConformanceError ||
      error instanceof StackFileError
    ) {
      process.stderr.write(`${error.message}\n`);
      return error instanceof StackFileError ? 2 : 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => exitAfterFlush(code),
  (error: unknown) => {
    process.stderr.write(
      `offline plan failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    exitAfterFlush(3);
  },
);
