/**
 * AWS limits the expected load meets, each with its source (read 2026-12-01). Request-rate
 * quotas are per account and Region, shared by every user pool / API of the account there.
 */

const COGNITO_QUOTAS =
  "https://docs.aws.amazon.com/cognito/latest/developerguide/quotas.html (category table and 'Operation special handling'; also awsdocs/amazon-cognito-developer-guide doc_source/limits.md)";
const QUOTA_CODES =
  "quota code: Service Quotas (`aws service-quotas list-aws-default-service-quotas --service-code cognito-idp`)";

export interface Quota {
  readonly name: string;
  /** Requests per second by default. */
  readonly value: number;
  readonly adjustable: boolean;
  readonly quotaCode: string;
  readonly source: string;
}

/** Amazon Cognito user pools: request-rate quotas by API category. */
export const COGNITO_QUOTAS_RPS = {
  /** InitiateAuth, AdminInitiateAuth; the guide's planning example also counts token refreshes here. */
  userAuthentication: {
    name: "Cognito UserAuthentication requests",
    value: 120,
    adjustable: true,
    quotaCode: "L-026ADBA3",
    source: `${COGNITO_QUOTAS}; ${QUOTA_CODES}`,
  },
  /** Sign-ins through a third-party IdP (OIDC, SAML, social) into the user pool. */
  userFederation: {
    name: "Cognito UserFederation requests",
    value: 25,
    adjustable: true,
    quotaCode: "L-BB3E7CCF",
    source: `${COGNITO_QUOTAS}; ${QUOTA_CODES}`,
  },
  userCreation: {
    name: "Cognito UserCreation requests",
    value: 50,
    adjustable: true,
    quotaCode: "L-5987B8A0",
    source: `${COGNITO_QUOTAS}; ${QUOTA_CODES}`,
  },
  userToken: {
    name: "Cognito UserToken requests",
    value: 120,
    adjustable: false,
    quotaCode: "L-F21F8BB4",
    source: `${COGNITO_QUOTAS}; ${QUOTA_CODES}`,
  },
  clientAuthentication: {
    name: "Cognito ClientAuthentication requests (client credentials)",
    value: 150,
    adjustable: false,
    quotaCode: "L-74D3DD04",
    source: `Service Quotas listing for cognito-idp (Rate of ClientAuthentication requests per account); ${COGNITO_QUOTAS}`,
  },
} as const satisfies Record<string, Quota>;

/**
 * RespondToAuthChallenge / AdminRespondToAuthChallenge have their own quota of three times the
 * UserAuthentication quota; calls beyond it count toward UserAuthentication.
 */
export const RESPOND_TO_AUTH_CHALLENGE_FACTOR = 3;

/** The default request-rate quotas support up to this many MAUs (Cognito guide, category operations note). */
export const COGNITO_DEFAULT_QUOTAS_MAU = 2_000_000;

const APIGW_QUOTAS =
  "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html; quota code: Service Quotas (apigateway: Throttle rate, Throttle burst rate)";

/** Amazon API Gateway: requests per second across all APIs of the account in a Region. */
export const APIGW_ACCOUNT_THROTTLE = {
  name: "API Gateway account throttle (all APIs in the Region)",
  value: 10_000,
  adjustable: true,
  quotaCode: "L-8A5B8E43",
  source: APIGW_QUOTAS,
} as const satisfies Quota;

/** AWS WAF: requests per second one web ACL inspects. */
export const WAF_WEB_ACL_RPS = {
  name: "AWS WAF requests per web ACL",
  value: 100_000,
  adjustable: true,
  quotaCode: "none listed (request through AWS Support)",
  source:
    "https://docs.aws.amazon.com/waf/latest/developerguide/limits.html (Maximum requests per second per web ACL; 'you can request an increase')",
} as const satisfies Quota;

/**
 * ElastiCache Serverless bills and throttles in ECPUs: a simple GET or SET takes 1 ECPU per KB
 * it transfers; commands that take more vCPU time (Lua scripts) take proportionally more.
 */
export const ECPU_DEFINITION =
  "https://aws.amazon.com/blogs/database/unlock-on-demand-cost-optimized-performance-with-amazon-elasticache-serverless/ (ECPU: vCPU time and data transferred; 1 ECPU per KB for a simple GET/SET) and https://aws.amazon.com/elasticache/pricing/";

/** ElastiCache Serverless (Valkey) meters at least 100 MB of data stored. */
export const VALKEY_MINIMUM_STORAGE_GB = 0.1;
