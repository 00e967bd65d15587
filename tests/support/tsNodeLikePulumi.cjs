// Runs a TypeScript module of this project the way `pulumi up` loads the program: Pulumi's
// vendored ts-node registered with the project's TypeScript and tsconfig.json, and the
// compiler options Pulumi's Node.js runtime passes for a CommonJS package
// (@pulumi/pulumi/cmd/run/run.js). Type checking is left to `tsc` (transpileOnly).
// usage: node tests/support/tsNodeLikePulumi.cjs <module.ts> [args...]
"use strict";
const path = require("node:path");

const root = path.resolve(__dirname, "../..");
require(path.join(root, "node_modules/@pulumi/pulumi/vendor/ts-node@7.0.1")).register({
  compiler: "typescript",
  transpileOnly: true,
  project: path.join(root, "tsconfig.json"),
  skipProject: false,
  compilerOptions: { target: "ES2020", module: "nodenext", moduleResolution: "nodenext", sourceMap: "true" },
});
const [entry, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], entry, ...args];
require(path.resolve(entry));
