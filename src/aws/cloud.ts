import { awsProblems } from "../config/rules/aws";
import type { CloudImplementation } from "../platform/implementation";
import { awsCapacity } from "./capacity";
import { AWS_CONFORMANCE } from "./conformance";
import { awsImmutableSettings } from "./identity/immutable";
import type * as Resources from "./index";
import type * as GuardDutyLookup from "./threat/guardDutyLookup";

/** Amazon Cognito, AWS WAF, API Gateway, CloudWatch, GuardDuty, SNS and ElastiCache behind the neutral platform. */
export const awsCloud: CloudImplementation<"aws"> = {
  regionKey: "aws:region",
  capacity: awsCapacity,
  conformance: AWS_CONFORMANCE,
  problems: awsProblems,
  immutableSettings: awsImmutableSettings,
  resolve: (config) =>
    (require("./threat/guardDutyLookup") as typeof GuardDutyLookup).resolveGuardDuty(config),
  load: () => (require("./index") as typeof Resources).createAwsPlatform,
};
