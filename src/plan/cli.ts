// The process entry of `npm run plan` (bundled by bin/plan.js); planCommand.ts holds the command.
import { runCommand } from "./command";
import { PLAN_COMMAND, planMain } from "./planCommand";

runCommand(PLAN_COMMAND, (streams) => planMain(process.argv.slice(2), streams));
