/**
 * Rewrites the generated section of docs/capacity.md from the limits and prices in the code
 * (src/aws/capacity, src/azure/capacity). A test fails when the file is out of date.
 *
 *   npm run docs:capacity
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { AWS_CITED_LIMITS } from "../src/aws/capacity/cited";
import { AWS_PRICES } from "../src/aws/capacity/prices";
import { AZURE_CITED_LIMITS } from "../src/azure/capacity/cited";
import { AZURE_PRICES } from "../src/azure/capacity/prices";
import { type FootprintResults, renderCapacityDoc, withCapacityTables } from "../src/capacity/doc";

export const CAPACITY_FIGURES = [
  { title: "AWS", limits: AWS_CITED_LIMITS, prices: AWS_PRICES },
  { title: "Azure", limits: AZURE_CITED_LIMITS, prices: AZURE_PRICES },
];

/** The footprint bench/session-footprint.ts recorded. */
export const footprintResults = (): FootprintResults =>
  JSON.parse(
    readFileSync(resolve(__dirname, "../bench/results/session-footprint.json"), "utf8"),
  ) as FootprintResults;

if (require.main === module) {
  const file = resolve(__dirname, "../docs/capacity.md");
  const updated = withCapacityTables(
    readFileSync(file, "utf8"),
    renderCapacityDoc(CAPACITY_FIGURES, footprintResults()),
  );
  if (updated === undefined) {
    process.stderr.write(`${file}: the generated-section markers are missing\n`);
    process.exit(1);
  }
  writeFileSync(file, updated);
  process.stdout.write(`${file}: updated\n`);
}
