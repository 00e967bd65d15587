import { eachValue } from "../../platform/constraintKinds";
import type { ServiceAudit } from "./common";

const DETECTOR = "aws:guardduty/detector:Detector";
const TAGS_SOURCE =
  "Amazon GuardDuty API Reference, CreateDetector and TagResource (tags: key 1..128 characters matching ^(?!aws:)[a-zA-Z+-=._:/]+$, value at most 256): https://docs.aws.amazon.com/guardduty/latest/APIReference/API_CreateDetector.html";
/** GuardDuty's tag key pattern, as its API reference writes it (`+-=` is the range + .. =, digits included). */
const TAG_KEY = /^(?!aws:)[a-zA-Z+-=._:/]+$/;

/**
 * What GuardDuty's own API enforces on the detector the platform may create (guardDuty.ts),
 * beyond AWS's general tag rules (aws-tags-detector in monitoring.ts).
 */
export const GUARDDUTY: ServiceAudit = {
  constraints: [
    eachValue(
      {
        id: "guardduty-detector-tags",
        type: DETECTOR,
        input: "tags",
        rule: "a map whose keys are 1..128 characters matching ^(?!aws:)[a-zA-Z+-=._:/]+$ and whose values are at most 256 characters",
        source: TAGS_SOURCE,
      },
      (tags) => {
        const entries = Object.entries(typeof tags === "object" && tags !== null ? tags : {});
        const bad = entries
          .filter(([key, value]) => key.length > 128 || !TAG_KEY.test(key) || String(value).length > 256)
          .map(([key]) => JSON.stringify(key));
        return bad.length > 0 ? `has keys or values GuardDuty refuses: ${bad.join(", ")}` : undefined;
      },
    ),
  ],
  unconstrained: [],
};
