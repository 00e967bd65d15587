// `npm run compare`: one neutral configuration planned on both clouds, side by side.
import { parseArgs } from "node:util";
import { exitAfterFlush } from "../plan/exit";
import { repoRoot } from "../plan/input";
import { StackFileError } from "../plan/stackFile";
import { renderMarkdown } from "./markdown";
import { compare } from "./run";

const USAGE = `usage: npm run compare -- --config-file PATH [--format markdown|json] [--live-prices]

Plans one configuration on AWS and on Azure (each in its own offline plan) and prints, side by
side, what each builds, what each refuses or cannot carry, the capacity headroom for the
expected load (load section) and the monthly cost. The file is a stack settings file with the
shared sections and both cloud sections (auth-platform:aws and auth-platform:azure) and both
regions (aws:region, azure-native:location); its cloud key is ignored.

options:
  --config-file PATH  the configuration to compare
  --format FORMAT     markdown (default: for a design review) or json
  --live-prices       price the cost from AWS's price list and Azure's Retail Prices API (network)
  --help              print this text and exit 0

exit codes:
  0  compared (a cloud that refuses the configuration is part of the report)
  2  a usage error, or a settings file that cannot be read or parsed
  3  the comparison itself failed
`;

async function main(argv: string[]): Promise<number> {
  let values: { "config-file"?: string; format?: string; "live-prices"?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        "config-file": { type: "string" },
        format: { type: "string", default: "markdown" },
        "live-prices": { type: "boolean" },
        help: { type: "boolean" },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.format !== "markdown" && values.format !== "json") {
    process.stderr.write(`--format: must be one of markdown, json; received "${values.format}"\n`);
    return 2;
  }
  if (values["config-file"] === undefined) {
    process.stderr.write(`--config-file PATH is required\n${USAGE}`);
    return 2;
  }
  try {
    const result = await compare(repoRoot(), "auth-platform", values["config-file"], {
      livePrices: values["live-prices"] === true,
    });
    process.stdout.write(
      values.format === "json" ? `${JSON.stringify(result, null, 2)}\n` : renderMarkdown(result),
    );
    return 0;
  } catch (error) {
    if (error instanceof StackFileError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => exitAfterFlush(code),
  (error: unknown) => {
    process.stderr.write(
      `compare failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    exitAfterFlush(3);
  },
);
