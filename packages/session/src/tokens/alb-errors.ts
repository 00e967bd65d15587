/** The checks an `x-amzn-oidc-data` header goes through, in order; `AlbClaimsError.check` names the failed one. */
export const ALB_CLAIMS_CHECKS = [
  "format",
  "algorithm",
  "signer",
  "client",
  "issuer",
  "expired",
  "key",
  "keys-unavailable",
  "signature",
] as const;
export type AlbClaimsCheck = (typeof ALB_CLAIMS_CHECKS)[number];

/**
 * The user claims the load balancer forwarded were refused. `status` is 401, or 503 when the
 * load balancer's public keys could not be fetched. The message never contains the header.
 */
export class AlbClaimsError extends Error {
  override readonly name = "AlbClaimsError";
  readonly status: 401 | 503;
  constructor(
    readonly check: AlbClaimsCheck,
    message: string,
  ) {
    super(`load balancer claims rejected (${check}): ${message}`);
    this.status = check === "keys-unavailable" ? 503 : 401;
  }
}
