// The process entry of `npm run compare`; command.ts holds the command.
import { runCommand } from "../plan/command";
import { COMPARE_COMMAND, compareMain } from "./command";

runCommand(COMPARE_COMMAND, (streams) => compareMain(process.argv.slice(2), streams));
