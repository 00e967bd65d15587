/**
 * Rewrites the generated section of docs/conformance.md from the constraints in the code
 * (src/aws/conformance, src/azure/conformance). A test fails when the file is out of date.
 *
 *   npm run docs:conformance
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { AWS_CONFORMANCE } from "../src/aws/conformance";
import { AZURE_CONFORMANCE } from "../src/azure/conformance";
import { renderConformanceTables, withTable } from "../src/platform/conformanceDoc";

const file = resolve(__dirname, "../docs/conformance.md");
const updated = withTable(
  readFileSync(file, "utf8"),
  renderConformanceTables({ AWS: AWS_CONFORMANCE, Azure: AZURE_CONFORMANCE }),
);
if (updated === undefined) {
  process.stderr.write(`${file}: the generated-section markers are missing\n`);
  process.exit(1);
}
writeFileSync(file, updated);
process.stdout.write(`${file}: updated\n`);
