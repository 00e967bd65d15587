import { CLOUDWATCH_RETENTION_DAYS } from "../../config/rules/aws";
import { oneOf } from "../../platform/constraintKinds";
import type { ConformanceAudit } from "../../platform/constraints";
import { ELBV2_CONSTRAINTS, ELBV2_UNCONSTRAINED } from "./elbv2";
import { LISTENER_CONSTRAINTS } from "./elbv2Listeners";
import { GUARDDUTY_CONSTRAINTS } from "./guardDuty";
import { S3_CONSTRAINTS, S3_UNCONSTRAINED } from "./s3";
import { VPC_CONSTRAINTS, VPC_UNCONSTRAINED } from "./vpc";

const TF_AWS = "hashicorp/terraform-provider-aws";

/**
 * What the AWS provider and AWS enforce on the inputs this program sets, each with its
 * source. Kept free of provider SDK imports: the policy pack loads it for either cloud.
 */
export const AWS_CONFORMANCE: ConformanceAudit = {
  constraints: [
    oneOf(
      {
        id: "logs-retention-in-days",
        type: "aws:cloudwatch/logGroup:LogGroup",
        input: "retentionInDays",
        source: `${TF_AWS} internal/service/logs/group.go (retention_in_days: validation.IntInSlice)`,
      },
      [0, ...CLOUDWATCH_RETENTION_DAYS],
    ),
    ...ELBV2_CONSTRAINTS,
    ...LISTENER_CONSTRAINTS,
    ...S3_CONSTRAINTS,
    ...VPC_CONSTRAINTS,
    ...GUARDDUTY_CONSTRAINTS,
  ],
  unconstrained: [...ELBV2_UNCONSTRAINED, ...S3_UNCONSTRAINED, ...VPC_UNCONSTRAINED],
};
