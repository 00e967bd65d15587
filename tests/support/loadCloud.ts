// Loads one cloud's resources through the dispatch, as the program does before building it,
// and prints the type of what `load()` returned. Run by tests/plan/lazyClouds.test.ts under
// Pulumi's own TypeScript loader (tests/support/tsNodeLikePulumi.cjs).
import { CLOUDS } from "../../src/platform/clouds";

const cloud = process.argv[2] as keyof typeof CLOUDS;
process.stdout.write(`${typeof CLOUDS[cloud].load()}\n`);
