// `npm test`: the type check, the lint and the tests. The type check runs TypeScript 7, the
// native compiler (tools/typescript7, installed by npm ci's postinstall; 7 s of CPU where
// TypeScript 5.9 took 20), beside the tests, which leave a core idle while the session tests
// wait on Redis and clocks; its output and biome's are printed after the tests', and the exit
// code is the first failure's (type check, then lint, then tests). `npm run typecheck` runs
// TypeScript 5.9, the compiler Pulumi's ts-node checks the program with at `pulumi up`;
// .ci/run runs both.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

function run(command, args, { stream = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: stream ? "inherit" : ["ignore", "pipe", "pipe"] });
    let output = "";
    if (!stream) {
      child.stdout.on("data", (chunk) => {
        output += chunk;
      });
      child.stderr.on("data", (chunk) => {
        output += chunk;
      });
    }
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const bin = (name) => `node_modules/.bin/${name}`;
const lint = await run(bin("biome"), ["check", "."]);
if (lint.code !== 0) {
  process.stdout.write(`== biome check failed\n${lint.output}`);
  process.exit(lint.code);
}
const tsc7 = "tools/typescript7/node_modules/.bin/tsc";
if (!existsSync(tsc7)) {
  process.stdout.write(`== ${tsc7} is missing: run npm ci (its postinstall installs TypeScript 7 there)\n`);
  process.exit(1);
}
const typecheck = run(tsc7, ["--noEmit", "-p", "."]);
const tests = await run(bin("vitest"), ["run"], { stream: true });
const types = await typecheck;
process.stdout.write(
  `== tsc --noEmit (TypeScript 7): ${types.code === 0 ? "no errors" : "FAILED"}\n${types.output}`,
);
process.exit(types.code !== 0 ? types.code : tests.code);
