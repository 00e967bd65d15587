/**
 * `npm run policy -- --stack <name>` checks the offline plan of a stack;
 * `npm run policy -- --plan FILE` checks any plan JSON in the plan's format.
 * Prints each violation (level, rule, resource URN, message); exits 1 when a mandatory rule fails.
 */
import { readFileSync } from "node:fs";
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
} from "../src/plan/command";
import { loadPlanInput, stacksHere } from "../src/plan/input";
import type { Plan } from "../src/plan/model";
import { StackFileError } from "../src/plan/stackFile";
import { checkPlan } from "./offline";
import { ALL_RULES } from "./rules";

export const POLICY_COMMAND = {
  name: "policy",
  synopsis: ["--stack NAME [--config-file PATH]", "--config-file PATH [--stack NAME]", "--plan FILE"],
  summary: [
    "Checks a plan against the policy pack's rules (the same rules `pulumi preview --policy-pack policy`",
    "applies) and prints one line per violation: level, rule, resource URN, message.",
  ].join("\n"),
  options: {
    ...STACK_OPTIONS,
    plan: {
      type: "string",
      value: "FILE",
      help: "check this plan document (npm run plan -- --format json) instead of planning a stack",
    },
    ...HELP_OPTION,
  },
  exitCodes: {
    [EXIT.ok]: "no mandatory rule fails (advisory violations are printed)",
    [EXIT.refused]: "refused: a mandatory rule fails, or the configuration is invalid (one line per problem)",
    [EXIT.usage]: "a usage error, or a settings or plan file that cannot be read or parsed",
    [EXIT.failed]: "the policy check itself failed: a bug (the message carries the stack trace)",
  },
} as const satisfies CommandSpec;

/** The offline plan of a stack. The planner loads Pulumi and the stack's cloud SDKs (about a second): only here. */
async function planStack(stack: string, configFile: string | undefined): Promise<Plan> {
  const input = loadPlanInput(stack, configFile);
  const { plan } = await import("../src/plan/run.js");
  return plan(input);
}

function readPlan(path: string): Plan {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new StackFileError(`${path}: not a readable plan JSON document (${(error as Error).message})`);
  }
  const doc = parsed as Partial<Plan>;
  if (!Array.isArray(doc.resources))
    throw new StackFileError(`${path}: has no "resources" list; make it with npm run plan -- --format json`);
  // A truncated or hand-made document must not pass the gate by holding nothing the rules read.
  const entry = (doc.resources as unknown[]).findIndex(
    (r) =>
      typeof r !== "object" ||
      r === null ||
      ["urn", "type", "name"].some((k) => typeof (r as Record<string, unknown>)[k] !== "string") ||
      typeof (r as Record<string, unknown>).inputs !== "object" ||
      (r as Record<string, unknown>).inputs === null,
  );
  if (entry >= 0)
    throw new StackFileError(
      `${path}: resources[${entry}] is not a planned resource (urn, type, name and inputs); make the document with npm run plan -- --format json`,
    );
  return doc as Plan;
}

/** `npm run policy`: checks a stack's plan (or a plan document) against every rule. @returns the exit code */
export async function policyMain(argv: readonly string[], streams: Streams): Promise<number> {
  const values = parseCommandLine(POLICY_COMMAND, argv);
  if (values.help) {
    streams.out(usage(POLICY_COMMAND));
    return EXIT.ok;
  }
  if (values.plan !== undefined && (values.stack !== undefined || values["config-file"] !== undefined)) {
    throw new UsageError("--plan checks a plan document: give it alone, without --stack or --config-file");
  }
  if (values.plan === undefined && values.stack === undefined && values["config-file"] === undefined) {
    throw new UsageError(
      `--stack NAME, --config-file PATH or --plan FILE is required; stacks here: ${stacksHere().join(", ")}`,
    );
  }
  const checked =
    values.plan !== undefined
      ? readPlan(values.plan)
      : await planStack(stackName(values, stacksHere()), values["config-file"]);
  const violations = checkPlan(checked, ALL_RULES);
  for (const v of violations) streams.out(`${v.enforcementLevel}\t${v.rule}\t${v.urn}\t${v.message}\n`);
  const mandatory = violations.filter((v) => v.enforcementLevel === "mandatory").length;
  streams.out(
    `${checked.resources.length} resources checked against ${ALL_RULES.length} rules: ${mandatory} mandatory and ${violations.length - mandatory} advisory violations\n`,
  );
  return mandatory > 0 ? EXIT.refused : EXIT.ok;
}
