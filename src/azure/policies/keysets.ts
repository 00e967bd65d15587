/**
 * Policy keys (Graph `trustFramework/keySets`) the generated policies reference. The deployer
 * creates them before uploading the policies: generated RSA keys with `generateKey`, provider
 * secrets with `uploadSecret`, SAML request-signing certificates with `uploadPkcs12`.
 */

import { resolveSettings } from "./resolve";
import type { CustomPolicySettings, ProviderKind } from "./settings";

/** An RSA key B2C generates itself (`generateKey` with `kty: "RSA"`). */
export interface GeneratedKeySet {
  name: string;
  purpose: "signing" | "encryption";
  source: "generate";
  keyType: "RSA";
  use: "sig" | "enc";
}

/** A client secret issued by an identity provider, uploaded with `uploadSecret` (`use: "sig"`). */
export interface ProviderSecretKeySet {
  name: string;
  purpose: "secret";
  source: "upload-secret";
  use: "sig";
  /** Which provider the secret belongs to; for Apple it is the signed client-secret JWT. */
  identityProvider: { kind: ProviderKind; technicalProfileId: string; displayName: string };
}

/** A certificate with private key (PKCS#12) B2C signs SAML requests with, uploaded with `uploadPkcs12`. */
export interface CertificateKeySet {
  name: string;
  purpose: "signing";
  source: "upload-pkcs12";
  identityProvider: { kind: ProviderKind; technicalProfileId: string; displayName: string };
}

export type RequiredKeySet = GeneratedKeySet | ProviderSecretKeySet | CertificateKeySet;

/** Key sets in creation order: token signing, token encryption, then one per identity provider. */
export function requiredKeySets(settings: CustomPolicySettings): RequiredKeySet[] {
  const s = resolveSettings(settings);
  return [
    { name: s.signingKeySet, purpose: "signing", source: "generate", keyType: "RSA", use: "sig" },
    { name: s.encryptionKeySet, purpose: "encryption", source: "generate", keyType: "RSA", use: "enc" },
    ...s.providers.map((p): RequiredKeySet => {
      const identityProvider = {
        kind: p.kind,
        technicalProfileId: p.technicalProfileId,
        displayName: p.displayName,
      };
      return p.kind === "saml"
        ? { name: p.keyName, purpose: "signing", source: "upload-pkcs12", identityProvider }
        : { name: p.keyName, purpose: "secret", source: "upload-secret", use: "sig", identityProvider };
    }),
  ];
}
