#!/usr/bin/env node
// `npm run plan`: bundles the planner's TypeScript with esbuild (this project's code and the
// pure-JS libraries it reads configuration with; the Pulumi and Azure SDKs stay packages),
// then runs it. The bundle is rebuilt whenever a file under src/, this file or the lockfile
// (the bundled libraries' versions) is newer than it, so it is always current and usually
// costs nothing.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const src = path.join(root, "src");
const outfile = path.join(root, ".cache", "plan", "cli.js");

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(full) : fs.statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

function bundleTime() {
  try {
    return fs.statSync(outfile).mtimeMs;
  } catch {
    return -1;
  }
}

const lockfile = path.join(root, "package-lock.json");
if (
  bundleTime() < Math.max(newestSource(src), fs.statSync(__filename).mtimeMs, fs.statSync(lockfile).mtimeMs)
) {
  // Write beside the bundle and rename over it: a plan started meanwhile by another process
  // reads either the old bundle or the new one, never a half-written file.
  const { outputFiles } = require("esbuild").buildSync({
    entryPoints: [path.join(src, "plan", "cli.ts")],
    bundle: true,
    platform: "node",
    // The Pulumi SDKs stay packages (one runtime shared with the providers); the pure-JS
    // libraries the program reads its configuration with go into the bundle, so Node loads
    // one file instead of some 170 (zod, yaml, fast-xml-parser).
    external: ["@pulumi/*", "@azure/*", "esbuild"],
    format: "cjs",
    target: "node20",
    sourcemap: true,
    outfile,
    write: false,
    logLevel: "warning",
    define: { "process.env.AUTH_PLATFORM_ROOT": JSON.stringify(root) },
  });
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  for (const file of outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, file.contents);
    fs.renameSync(temporary, file.path);
  }
}
require(outfile);
