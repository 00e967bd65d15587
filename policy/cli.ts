// `npm run policy -- --stack <name>` checks the offline plan of a stack;
// `npm run policy -- --plan FILE` checks any plan JSON in the plan's format.
// Prints each violation (level, rule, resource URN, message); exits 1 when a mandatory rule fails.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ConfigError } from "../src/config/problems";
import { exitAfterFlush } from "../src/plan/exit";
import type { Plan } from "../src/plan/model";
import { StackFileError } from "../src/plan/stackFile";
import { checkPlan } from "./offline";
import { ALL_RULES } from "./rules";

const USAGE = "usage: npm run policy -- (--stack <name> [--config-file PATH] | --plan FILE)";

async function planFrom(values: { stack?: string; plan?: string; "config-file"?: string }): Promise<Plan> {
  if (values.plan) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(values.plan, "utf8"));
    } catch (error) {
      throw new StackFileError(
        `${values.plan}: not a readable plan JSON document (${(error as Error).message})`,
      );
    }
    const doc = parsed as Partial<Plan>;
    if (!Array.isArray(doc.resources))
      throw new StackFileError(
        `${values.plan}: has no "resources" list; make it with npm run plan -- --format json`,
      );
    return doc as Plan;
  }
  // The planner loads Pulumi and both clouds' SDKs (about 3 s); a plan file needs none of it.
  const { loadPlanInput } = require("../src/plan/input") as typeof import("../src/plan/input");
  const { plan } = require("../src/plan/run") as typeof import("../src/plan/run");
  return plan(loadPlanInput(values.stack ?? "", values["config-file"]));
}

async function main(argv: string[]): Promise<number> {
  let values: { stack?: string; plan?: string; "config-file"?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { stack: { type: "string" }, plan: { type: "string" }, "config-file": { type: "string" } },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!values.stack === !values.plan) {
    process.stderr.write(`give exactly one of --stack or --plan\n${USAGE}\n`);
    return 2;
  }
  try {
    const checked = await planFrom(values);
    const violations = checkPlan(checked, ALL_RULES);
    for (const v of violations)
      process.stdout.write(`${v.enforcementLevel}\t${v.rule}\t${v.urn}\t${v.message}\n`);
    const mandatory = violations.filter((v) => v.enforcementLevel === "mandatory").length;
    process.stdout.write(
      `${checked.resources.length} resources checked against ${ALL_RULES.length} rules: ${mandatory} mandatory and ${violations.length - mandatory} advisory violations\n`,
    );
    return mandatory > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof StackFileError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => exitAfterFlush(code),
  (error: unknown) => {
    process.stderr.write(
      `policy check failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    exitAfterFlush(3);
  },
);
