import { ACCOUNT } from "./support";

/** The example stack's load-balancer identifiers under the offline plan (derived from resource names). */
export const REGION = "ap-northeast-2";
const ELB = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}`;
export const LB_ARN = `${ELB}:loadbalancer/app/hanbit-aws-edge/46cf4d5aae87d766`;
export const LB_DIMENSION = "app/hanbit-aws-edge/46cf4d5aae87d766";
export const TG_ARN = `${ELB}:targetgroup/hanbit-aws-edge-app/2dd3dcbad035cd6b`;
export const LISTENER_ARN = `${ELB}:listener/app/hanbit-aws-edge/46cf4d5aae87d766/ee99013b01ea70db`;
export const SG_ID = "sg-e655e3ff926daf8d5";
export const BUCKET = "hanbit-aws-alb-logs-123456789012";
export const TOPIC_ARN = `arn:aws:sns:${REGION}:${ACCOUNT}:hanbit-aws-alerts`;
export const WEB_CLIENT = "b5200zfr8o4klcusw5ei0noq1c";
