import { fmt } from "../../capacity/demand";
import type { CitedLimit } from "../../capacity/doc";
import {
  APIGW_ACCOUNT_THROTTLE,
  COGNITO_DEFAULT_QUOTAS_MAU,
  COGNITO_QUOTAS_RPS,
  ECPU_DEFINITION,
  RESPOND_TO_AUTH_CHALLENGE_FACTOR,
  VALKEY_MINIMUM_STORAGE_GB,
  WAF_WEB_ACL_RPS,
} from "./limits";

/** Every AWS limit the capacity model uses, for docs/capacity.md. */
export const AWS_CITED_LIMITS: readonly CitedLimit[] = [
  ...[...Object.values(COGNITO_QUOTAS_RPS), APIGW_ACCOUNT_THROTTLE, WAF_WEB_ACL_RPS].map((q) => ({
    limit: `${q.name} (${q.quotaCode})`,
    value: `${fmt(q.value)} requests/s`,
    adjustable: q.adjustable ? "yes" : "no",
    source: q.source,
  })),
  {
    limit: "Cognito RespondToAuthChallenge",
    value: `${RESPOND_TO_AUTH_CHALLENGE_FACTOR} x UserAuthentication; the excess counts toward UserAuthentication`,
    adjustable: "with UserAuthentication",
    source: COGNITO_QUOTAS_RPS.userAuthentication.source,
  },
  {
    limit: "Cognito default request-rate quotas",
    value: `support up to ${fmt(COGNITO_DEFAULT_QUOTAS_MAU)} MAUs`,
    adjustable: "-",
    source: COGNITO_QUOTAS_RPS.userAuthentication.source,
  },
  {
    limit: "ElastiCache Serverless ECPU",
    value: "1 per KB of a simple GET/SET; more for more vCPU time",
    adjustable: "-",
    source: ECPU_DEFINITION,
  },
  {
    limit: "ElastiCache Serverless (Valkey) metered storage",
    value: `at least ${VALKEY_MINIMUM_STORAGE_GB} GB`,
    adjustable: "-",
    source:
      "https://aws.amazon.com/elasticache/pricing/ (Valkey minimum metered data: 100 MB), as quoted by the usage.ai copy cited in the prices",
  },
];
