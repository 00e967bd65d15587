// The process entry of `npm run policy`; command.ts holds the command.
import { runCommand } from "../src/plan/command";
import { POLICY_COMMAND, policyMain } from "./command";

runCommand(POLICY_COMMAND, (streams) => policyMain(process.argv.slice(2), streams));
