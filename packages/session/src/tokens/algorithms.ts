import { ConfigError } from "../errors.js";

/**
 * Signature algorithms a verifier may accept: asymmetric only. `none` and the
 * HMAC family (`HS256`...) are never accepted, so a token "signed" with the
 * issuer's public key as an HMAC secret cannot pass.
 */
export const ASYMMETRIC_ALGORITHMS = [
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "ES256",
  "ES384",
  "ES512",
  "EdDSA",
  "Ed25519",
] as const;
export type AsymmetricAlgorithm = (typeof ASYMMETRIC_ALGORITHMS)[number];

/** Cognito, AD B2C and Entra External ID all sign with RS256. */
export const DEFAULT_ALGORITHMS: readonly AsymmetricAlgorithm[] = ["RS256"];

/** Throws unless every entry is an asymmetric algorithm and the list is not empty. */
export function checkAlgorithms(field: string, algorithms: readonly string[]): AsymmetricAlgorithm[] {
  if (algorithms.length === 0) {
    throw new ConfigError(
      field,
      `must list at least one of ${ASYMMETRIC_ALGORITHMS.join(", ")}; received []`,
    );
  }
  return algorithms.map((alg) => {
    const match = ASYMMETRIC_ALGORITHMS.find((allowed) => allowed === alg);
    if (match === undefined) {
      throw new ConfigError(
        field,
        `must contain only asymmetric algorithms (${ASYMMETRIC_ALGORITHMS.join(", ")}); received ${JSON.stringify(alg)}`,
      );
    }
    return match;
  });
}
