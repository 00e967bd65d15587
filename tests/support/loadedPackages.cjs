// Preloaded with `node --require` by tests/plan/lazyClouds.test.ts: when the process exits,
// writes the names of the packages it loaded (from require.cache) to $LOADED_PACKAGES_FILE.
"use strict";
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  const packages = new Set();
  for (const file of Object.keys(require.cache)) {
    const names = [...file.matchAll(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/g)];
    const last = names[names.length - 1];
    if (last) packages.add(last[1].replace("\\", "/"));
  }
  writeFileSync(process.env.LOADED_PACKAGES_FILE, JSON.stringify([...packages].sort()));
});
