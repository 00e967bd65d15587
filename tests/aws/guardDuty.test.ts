import { describe, expect, it } from "vitest";
import { decideGuardDuty, OWNER_TAG } from "../../src/aws/threat/guardDutyLookup";
import { ConfigError } from "../../src/config/problems";
import type { Plan } from "../../src/plan/model";
import { all, exampleSettings, only, planWith } from "../support/harness";
import { planExample, TAGS } from "./support";

const DETECTOR = "aws:guardduty/detector:Detector";
const RULE = "aws:cloudwatch/eventRule:EventRule";
const TARGET = "aws:cloudwatch/eventTarget:EventTarget";
const ORG_DETECTOR = "7ac6f1e2b9d04c3a8e5f6a7b8c9d0e1f";
const OWNER = "auth-platform/aws";

describe("GIVEN what the region's detector lookup found WHEN aws.guardDuty.mode is auto", () => {
  it.each([
    ["no detector", undefined, { mode: "create" }],
    [
      "the detector this stack created",
      { id: ORG_DETECTOR, tags: { [OWNER_TAG]: OWNER } },
      { mode: "create" },
    ],
    [
      "another stack's detector",
      { id: ORG_DETECTOR, tags: { [OWNER_TAG]: "auth-platform/staging" } },
      { mode: "existing", detectorId: ORG_DETECTOR },
    ],
    [
      "an organization's untagged detector",
      { id: ORG_DETECTOR, tags: {} },
      { mode: "existing", detectorId: ORG_DETECTOR },
    ],
  ])("THEN %s settles it as %j", (_what, found, expected) => {
    expect(decideGuardDuty(found, OWNER)).toEqual(expected);
  });
});

const plan = (account: Parameters<typeof planWith>[2]["account"]): Promise<Plan> =>
  planWith(exampleSettings("aws"), "aws", { account });

describe("GIVEN the AWS example (mode auto by default) WHEN planned", () => {
  it("THEN in a fresh account (the offline plan's) a detector is created, tagged with its owner stack and retained on delete", async () => {
    const detector = only(await planExample(), DETECTOR);
    expect(detector.inputs).toEqual({
      enable: true,
      findingPublishingFrequency: "FIFTEEN_MINUTES",
      tags: { ...TAGS, "auth-platform:stack": OWNER },
    });
    expect([detector.protect, detector.retainOnDelete]).toEqual([false, true]);
  });

  it("THEN where an organization already runs a detector none is created and findings still reach the topic", async () => {
    const adopted = await plan({ guardDutyDetector: { id: ORG_DETECTOR, tags: {} } });
    expect(all(adopted, DETECTOR)).toEqual([]);
    expect(only(adopted, RULE).name).toBe("hanbit-guardduty-findings");
    expect(only(adopted, TARGET).inputs.rule).toBe("hanbit-aws-guardduty-findings");
  });

  it("THEN a lookup the deploying identity may not make stops the run with one line naming the key", async () => {
    const refused = await plan({ guardDutyDenied: true }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(ConfigError);
    expect((refused as ConfigError).message).toBe(
      [
        "invalid stack configuration (1 problem):",
        "  aws.guardDuty.mode: is \"auto\", but looking up the region's GuardDuty detector failed (* reading this account's single GuardDuty Detector: operation error GuardDuty: ListDetectors, https response error StatusCode: 403, RequestID: 5f0c6b1e-2a47-4d38-9a61-3c2e8f7b9d14, AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/platform-deployer/ci is not authorized to perform: guardduty:ListDetectors); allow guardduty:ListDetectors and guardduty:GetDetector, or set mode create, existing or off",
      ].join("\n"),
    );
  });
});
