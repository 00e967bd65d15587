import { getDetector } from "@pulumi/aws/guardduty";
import * as pulumi from "@pulumi/pulumi";
import { ConfigError } from "../../config/problems";
import type { ResolvedConfig } from "../../config/validate";

/** Tag the platform puts on a detector it creates: which stack owns it (`<project>/<stack>`). */
export const OWNER_TAG = "auth-platform:stack";

/** The owner tag's value for this stack. */
export function ownerTagValue(): string {
  return `${pulumi.getProject()}/${pulumi.getStack()}`;
}

/**
 * How the `aws_guardduty_detector` data source of terraform-provider-aws (which
 * `aws.guardduty.getDetector` wraps) fails when the region has no detector: with no `id`
 * it lists the account's detectors and asserts exactly one. Since provider v5 the message is
 * "reading this account's single GuardDuty Detector: empty result"
 * (internal/service/guardduty/detector_data_source.go, tfresource.AssertSingleValueResult);
 * before, "no GuardDuty Detectors found" (data_source_aws_guardduty_detector.go).
 */
const NO_DETECTOR = /single GuardDuty Detector: empty result|no GuardDuty Detectors found/;

/** A detector as the lookup sees it. */
export interface FoundDetector {
  readonly id: string;
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * What `aws.guardDuty.mode: auto` becomes for this run: the region's detector adopted
 * ("existing") when another owner runs it, kept ("create") when this stack created it (its
 * owner tag), created when the region has none. Pure.
 */
export function decideGuardDuty(
  found: FoundDetector | undefined,
  owner: string,
): { mode: "create" } | { mode: "existing"; detectorId: string } {
  if (found === undefined || found.tags[OWNER_TAG] === owner) return { mode: "create" };
  return { mode: "existing", detectorId: found.id };
}

/**
 * Looks up the region's GuardDuty detector when `aws.guardDuty.mode` is `auto` (the default),
 * before anything is registered, and settles the mode: a create in a region that already has
 * a detector (an organization's delegated administrator enables one in every member account)
 * would fail. Any other lookup failure stops the run naming the key. @throws ConfigError
 */
export async function resolveGuardDuty(config: ResolvedConfig<"aws">): Promise<ResolvedConfig<"aws">> {
  const guardDuty = config.aws.guardDuty;
  if (guardDuty.mode !== "auto") return config;
  let found: FoundDetector | undefined;
  try {
    const detector = await getDetector({});
    found = { id: detector.id, tags: detector.tags ?? {} };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!NO_DETECTOR.test(message)) {
      throw new ConfigError([
        {
          path: "aws.guardDuty.mode",
          message: `is "auto", but looking up the region's GuardDuty detector failed (${message.split("\n").pop()?.trim()}); allow guardduty:ListDetectors and guardduty:GetDetector, or set mode create, existing or off`,
        },
      ]);
    }
  }
  return {
    ...config,
    aws: { ...config.aws, guardDuty: { ...guardDuty, ...decideGuardDuty(found, ownerTagValue()) } },
  };
}
