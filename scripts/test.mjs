// `npm test`: the type check, the lint and the tests. The type check (about 16 s of one core)
// runs beside the tests, which leave a core idle while the session tests wait on Redis and
// clocks; its output and biome's are printed after the tests', and the exit code is the first
// failure's (type check, then lint, then tests).
import { spawn } from "node:child_process";

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
const typecheck = run(bin("tsc"), ["--noEmit", "-p", "."]);
const tests = await run(bin("vitest"), ["run"], { stream: true });
const types = await typecheck;
process.stdout.write(`== tsc --noEmit: ${types.code === 0 ? "no errors" : "FAILED"}\n${types.output}`);
process.exit(types.code !== 0 ? types.code : tests.code);
