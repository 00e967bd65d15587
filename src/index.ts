// The only module with top-level effects: `pulumi up` runs it and exports its stack outputs.
import { runProgram } from "./program";

export = runProgram();
