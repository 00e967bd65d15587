// The only module with top-level effects: `pulumi up` runs the exported (async) program
// and takes its result as the stack outputs.
import { runProgram } from "./program";

export = runProgram;
