import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const PACKAGE = dirname(dirname(fileURLToPath(import.meta.url)));
const RUNTIMES = join(PACKAGE, "tests", "runtimes", "node_modules");

// An application outside the workspace that installs the packed tarball like any npm package
// and imports both entry points with plain `node` (no TypeScript loader).
const APP = `
import { connectPlatform, newSessionId, parsePlatformFacts, SessionStore, TokenVerifier } from "@auth-platform/session";
import { RedisSessionStore, requireToken, sessionMiddleware } from "@auth-platform/session/express";
const facts = parsePlatformFacts({
  cloud: "aws",
  issuerUrl: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC",
  openIdConfigurationUrl: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC/.well-known/openid-configuration",
  jwksUrl: "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC/.well-known/jwks.json",
  clientIds: { web: "client" },
  apiScopes: {},
});
console.log(JSON.stringify({
  node: process.versions.node.split(".")[0],
  entry: [typeof connectPlatform, typeof SessionStore, typeof TokenVerifier],
  express: [typeof RedisSessionStore, typeof requireToken, typeof sessionMiddleware],
  id: newSessionId().length,
  cloud: facts.cloud,
}));
`;

let app: string;

function modified(path: string): number {
  return existsSync(path) ? statSync(path).mtimeMs : -1;
}

function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newest(join(dir, entry.name)) : modified(join(dir, entry.name)),
    ),
  );
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), "session-pack-"));
  app = join(dir, "app");
  // npm ci built dist (the package's prepare script); build again only when a source is newer.
  if (newest(join(PACKAGE, "src")) > modified(join(PACKAGE, "dist", "index.js"))) {
    await run("npm", ["run", "--silent", "build"], { cwd: PACKAGE });
  }
  await run("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", dir], { cwd: PACKAGE });
  const tarball = readdirSync(dir).find((name) => name.endsWith(".tgz"));
  if (tarball === undefined) throw new Error("npm pack made no tarball");
  await run("mkdir", ["-p", app]);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  writeFileSync(join(app, "index.js"), APP);
  // Dependencies come from npm's cache where `npm ci` put them; only metadata may be fetched.
  await run(
    "npm",
    ["install", "--prefer-offline", "--no-audit", "--no-fund", join(dir, tarball), "express-session@1.19.0"],
    { cwd: app },
  );
}, 180_000);
afterAll(() => {
  if (app !== undefined) rmSync(dirname(app), { recursive: true, force: true });
});

describe("GIVEN the packed tarball installed into a fresh app outside the workspace", () => {
  it("WHEN listed THEN it ships built JavaScript with type declarations and no TypeScript source", () => {
    const installed = join(app, "node_modules", "@auth-platform", "session");
    expect([
      existsSync(join(installed, "dist", "index.js")),
      existsSync(join(installed, "dist", "index.d.ts")),
      existsSync(join(installed, "dist", "express", "index.d.ts")),
      existsSync(join(installed, "src")),
    ]).toEqual([true, true, true, false]);
  });

  it.each(["20", "22", "24"])(
    "WHEN plain node %s imports both entry points THEN they load",
    async (version) => {
      const node = join(RUNTIMES, `node${version}`, "bin", "node");
      if (!existsSync(node)) throw new Error(`${node} is missing: run npm ci at the repository root`);
      const { stdout } = await run(node, ["index.js"], { cwd: app });
      expect(JSON.parse(stdout)).toEqual({
        node: version,
        entry: ["function", "function", "function"],
        express: ["function", "function", "function"],
        id: 43,
        cloud: "aws",
      });
    },
  );
});
