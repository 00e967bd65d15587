/**
 * Validation of generated policies against Microsoft's Trust Framework XSD with libxml2's
 * `xmllint` (Debian package `libxml2-utils`). A development check, not used at deploy time:
 * B2C validates again on upload.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface SchemaValidationResult {
  valid: boolean;
  /** xmllint's diagnostics (stderr), empty when the document validates. */
  messages: string;
}

/** Whether an `xmllint` binary can be run. */
export function xmllintAvailable(): boolean {
  const probe = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return probe.error === undefined && probe.status === 0;
}

/** Whether the schema file exists (it is reference data kept outside the repository). */
export function schemaAvailable(schemaPath: string): boolean {
  return existsSync(schemaPath);
}

/**
 * Validates one XML document (passed on stdin) against the XSD at `schemaPath`.
 * @throws Error when xmllint cannot be started
 */
export function validateAgainstSchema(xml: string, schemaPath: string): SchemaValidationResult {
  const run = spawnSync("xmllint", ["--noout", "--schema", schemaPath, "-"], {
    input: xml,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.error !== undefined) {
    throw new Error(`xmllint could not be started (${run.error.message}); install libxml2-utils`);
  }
  const messages = run.stderr
    .split("\n")
    .filter((line) => line !== "" && line !== "- validates")
    .join("\n");
  return { valid: run.status === 0, messages };
}
