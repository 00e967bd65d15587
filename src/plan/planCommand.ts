import { renderCapacity } from "../capacity/render";
import { livePrices } from "../platform/capacity";
import { CLOUDS, type CloudImplementation } from "../platform/clouds";
import { ConformanceError, checkConstraints } from "../platform/constraints";
import {
  type CommandSpec,
  EXIT,
  HELP_OPTION,
  parseCommandLine,
  STACK_OPTIONS,
  type Streams,
  stackName,
  UsageError,
  usage,
} from "./command";
import { loadPlanInput, stacksHere } from "./input";
import { renderDot } from "./render/dot";
import { renderMermaid } from "./render/mermaid";
import { renderTree } from "./render/tree";
import { planWithConfig } from "./run";

const FORMATS = {
  tree: renderTree,
  json: (p: object) => `${JSON.stringify(p, null, 2)}\n`,
  mermaid: renderMermaid,
  dot: renderDot,
} as const;
type Format = keyof typeof FORMATS;

export const PLAN_COMMAND = {
  name: "plan",
  synopsis: [
    "--stack NAME [--format FORMAT] [--full] [--previous-outputs FILE] [--live-prices]",
    "--config-file PATH [--stack NAME] [--format FORMAT] [--full] [--previous-outputs FILE] [--live-prices]",
  ],
  summary: [
    "Runs the program offline under Pulumi's mock runtime with the stack's settings and prints",
    "what `pulumi up` would create. No Pulumi CLI, provider plugin or cloud account is used.",
  ].join("\n"),
  options: {
    ...STACK_OPTIONS,
    format: {
      type: "string",
      value: "FORMAT",
      help: "tree (default: grouped by concern), json (the plan document), mermaid or dot (the graph)",
    },
    full: { type: "boolean", help: "tree: print every value whole (long values are cut otherwise)" },
    "previous-outputs": {
      type: "string",
      value: "FILE",
      help: "`pulumi stack output --json` of the deployed stack: refuse a change that replaces a stateful resource",
    },
    "live-prices": {
      type: "boolean",
      help: "price the capacity section from AWS's price list files or Azure's Retail Prices API (needs a network) instead of the project's price table",
    },
    ...HELP_OPTION,
  },
  exitCodes: {
    [EXIT.ok]: "planned",
    [EXIT.refused]:
      "the configuration, or a planned input the provider or the cloud would reject, was refused (one line per problem on stderr, no plan)",
    [EXIT.usage]:
      "a usage error, a settings or outputs file that cannot be read or parsed, or live prices that cannot be fetched",
    [EXIT.failed]: "the planner itself failed: a bug (the message carries the stack trace)",
  },
} as const satisfies CommandSpec;

/** `npm run plan`: plans the stack and prints it in the chosen format. @returns the exit code */
export async function planMain(argv: readonly string[], streams: Streams): Promise<number> {
  const values = parseCommandLine(PLAN_COMMAND, argv);
  if (values.help) {
    streams.out(usage(PLAN_COMMAND));
    return EXIT.ok;
  }
  const format = (values.format ?? "tree") as Format;
  if (!Object.hasOwn(FORMATS, format)) {
    throw new UsageError(`--format: must be one of tree, json, mermaid, dot; received "${values.format}"`);
  }
  if (values.full && format !== "tree") throw new UsageError("--full: only with --format tree");
  const stack = stackName(values, stacksHere());
  const input = loadPlanInput(stack, values["config-file"], values["previous-outputs"]);
  const { plan: result, config } = await planWithConfig(
    values["live-prices"] ? { ...input, prices: livePrices } : input,
  );
  const cloud = CLOUDS[config.cloud] as CloudImplementation<typeof config.cloud>;
  const violations = checkConstraints(result, cloud.conformance.constraints);
  if (violations.length > 0) throw new ConformanceError(violations);
  // The first run of a bootstrap: what to do before the next `pulumi up` (the `nextSteps` output)
  // replaces what is left to do by hand, which applies to the platform the second run builds.
  const nextSteps = Array.isArray(result.outputs.nextSteps) ? result.outputs.nextSteps : undefined;
  const byHand = nextSteps ? [] : (cloud.byHand?.(config as never) ?? []);
  if (format !== "tree") {
    streams.out(FORMATS[format](result));
    return EXIT.ok;
  }
  const capacity = result.capacity && renderCapacity(result.capacity);
  streams.out(renderTree(result, { full: values.full === true, byHand, ...(capacity ? { capacity } : {}) }));
  if (nextSteps) {
    const steps = nextSteps.map((s, i) => `  ${i + 1}. ${String(s)}`).join("\n");
    streams.out(`\nnext steps (then pulumi up again):\n${steps}\n`);
  }
  return EXIT.ok;
}
