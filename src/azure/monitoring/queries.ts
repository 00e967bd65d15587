/**
 * Log alert queries (KQL) over the resource-specific API Management table. Pure text, so a
 * test can read them and an operator can paste them into Log Analytics.
 */

/** 401 answers from one client IP within the window that suggest credential stuffing or token guessing. */
export const UNAUTHORIZED_PER_IP_THRESHOLD = 100;
/** Token validation failures across the API within the window (a broken client release, a key rollover). */
export const TOKEN_FAILURES_THRESHOLD = 200;

/** 401 responses per caller IP address. */
export const UNAUTHORIZED_BY_IP = [
  "ApiManagementGatewayLogs",
  "| where ResponseCode == 401",
  "| summarize Unauthorized = count() by CallerIpAddress",
].join("\n");

/** Requests the validate-jwt policy refused, by reason. */
export const TOKEN_VALIDATION_FAILURES = [
  "ApiManagementGatewayLogs",
  '| where LastErrorSource == "validate-jwt"',
  "| summarize Failures = count() by LastErrorReason",
].join("\n");
