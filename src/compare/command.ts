import {
  type CommandSpec,
  EXIT,
  HELP_OPTION,
  parseCommandLine,
  type Streams,
  UsageError,
  usage,
} from "../plan/command";
import { repoRoot } from "../plan/input";
import { renderMarkdown } from "./markdown";
import { compare } from "./run";

const FORMATS = ["markdown", "json"] as const;

export const COMPARE_COMMAND = {
  name: "compare",
  synopsis: ["--config-file PATH [--format FORMAT] [--live-prices]"],
  summary: [
    "Plans one configuration on AWS and on Azure (each in its own offline plan) and prints, side by",
    "side, what each builds, what each refuses or cannot carry, the capacity headroom for the",
    "expected load (load section) and the monthly cost. The file is a stack settings file with the",
    "shared sections, both cloud sections (auth-platform:aws and auth-platform:azure) and both",
    "regions (aws:region, azure-native:location); its cloud key is ignored.",
  ].join("\n"),
  options: {
    "config-file": { type: "string", value: "PATH", help: "the configuration to compare" },
    format: { type: "string", value: "FORMAT", help: "markdown (default: for a design review) or json" },
    "live-prices": {
      type: "boolean",
      help: "price the cost from AWS's price list files and Azure's Retail Prices API (needs a network)",
    },
    ...HELP_OPTION,
  },
  exitCodes: {
    [EXIT.ok]: "compared (a cloud that refuses the configuration is part of the report)",
    [EXIT.refused]: "not used: a refusal is reported, not an exit code",
    [EXIT.usage]: "a usage error, or a settings file that cannot be read or parsed",
    [EXIT.failed]: "the comparison itself failed: a bug (the message carries the stack trace)",
  },
} as const satisfies CommandSpec;

/** `npm run compare`: both clouds' plans of one configuration, side by side. @returns the exit code */
export async function compareMain(argv: readonly string[], streams: Streams): Promise<number> {
  const values = parseCommandLine(COMPARE_COMMAND, argv);
  if (values.help) {
    streams.out(usage(COMPARE_COMMAND));
    return EXIT.ok;
  }
  const format = values.format ?? "markdown";
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format: must be one of ${FORMATS.join(", ")}; received "${format}"`);
  }
  const configFile = values["config-file"];
  if (configFile === undefined) throw new UsageError("--config-file PATH is required");
  const result = await compare(repoRoot(), "auth-platform", configFile, {
    livePrices: values["live-prices"] === true,
  });
  streams.out(format === "json" ? `${JSON.stringify(result, null, 2)}\n` : renderMarkdown(result));
  return EXIT.ok;
}
