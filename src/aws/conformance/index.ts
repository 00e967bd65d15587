import type { ConformanceAudit } from "../../platform/constraints";
import { ALERTS } from "./alerts";
import { API_GATEWAY } from "./apigateway";
import { API_STAGE } from "./apigatewayStage";
import { CLIENTS } from "./cognitoClients";
import { COGNITO_OTHER } from "./cognitoOther";
import { USER_POOL } from "./cognitoPool";
import type { ServiceAudit } from "./common";
import { ELASTICACHE } from "./elasticache";
import { ELBV2_CONSTRAINTS, ELBV2_UNCONSTRAINED } from "./elbv2";
import { LISTENER_CONSTRAINTS } from "./elbv2Listeners";
import { GUARDDUTY } from "./guardDuty";
import { MONITORING } from "./monitoring";
import { S3_CONSTRAINTS, S3_UNCONSTRAINED } from "./s3";
import { SERVERLESS_CACHE } from "./serverlessCache";
import { VPC_CONSTRAINTS, VPC_UNCONSTRAINED } from "./vpc";
import { WAF } from "./wafv2";

/** The load balancer's services (src/aws/edge): ELBv2, its access-log bucket and its security groups. */
const EDGE: ServiceAudit = {
  constraints: [...ELBV2_CONSTRAINTS, ...LISTENER_CONSTRAINTS, ...S3_CONSTRAINTS, ...VPC_CONSTRAINTS],
  unconstrained: [...ELBV2_UNCONSTRAINED, ...S3_UNCONSTRAINED, ...VPC_UNCONSTRAINED],
};

const SERVICES: readonly ServiceAudit[] = [
  USER_POOL,
  CLIENTS,
  COGNITO_OTHER,
  WAF,
  ELASTICACHE,
  SERVERLESS_CACHE,
  API_GATEWAY,
  API_STAGE,
  MONITORING,
  GUARDDUTY,
  ALERTS,
  EDGE,
];

/**
 * What the AWS provider and AWS enforce on the inputs this program sets, each with its
 * source, and the inputs audited and found free of a checkable rule. Kept free of provider
 * SDK imports: the policy pack loads it for either cloud.
 */
export const AWS_CONFORMANCE: ConformanceAudit = {
  constraints: SERVICES.flatMap((s) => s.constraints),
  unconstrained: SERVICES.flatMap((s) => s.unconstrained),
};
