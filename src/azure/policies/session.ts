/**
 * Session management profiles, the JWT issuer and refresh-token redemption (TrustFrameworkBase),
 * plus the self-asserted pages for social sign-up and profile edit.
 */
import type { XmlElement } from "../../xml";
import { c, claimsProvider, provider, ssoProvider, technicalProfile } from "./dsl";
import type { ResolvedSettings } from "./resolve";

const SELF_ASSERTED = { name: "Proprietary", handler: provider("SelfAssertedAttributeProvider") };

function sessionProfiles(s: ResolvedSettings): XmlElement[] {
  const hasSaml = s.providers.some((p) => p.kind === "saml");
  return [
    technicalProfile({
      id: "SM-Noop",
      displayName: "No session",
      protocol: { name: "Proprietary", handler: ssoProvider("NoopSSOSessionProvider") },
    }),
    technicalProfile({
      id: "SM-AAD",
      displayName: "Directory session",
      protocol: { name: "Proprietary", handler: ssoProvider("DefaultSSOSessionProvider") },
      persistedClaims: [
        c("objectId"),
        c("signInName"),
        c("authenticationSource"),
        c("identityProvider"),
        c("newUser"),
        c("executed-SelfAsserted-Input"),
      ],
      outputClaims: [c("objectIdFromSession", { default: "true" })],
    }),
    technicalProfile({ id: "SM-SocialSignup", include: "SM-AAD" }),
    technicalProfile({
      id: "SM-SocialLogin",
      displayName: "External identity provider session",
      protocol: { name: "Proprietary", handler: ssoProvider("ExternalLoginSSOSessionProvider") },
      metadata: { AlwaysFetchClaimsFromProvider: "true" },
      persistedClaims: [c("alternativeSecurityId")],
    }),
    technicalProfile({
      id: "SM-MFA",
      displayName: "Second factor session",
      protocol: { name: "Proprietary", handler: ssoProvider("DefaultSSOSessionProvider") },
      persistedClaims: [c("isActiveMFASession")],
      outputClaims: [c("isActiveMFASession", { default: "true" })],
    }),
    technicalProfile({
      id: "SM-jwt-issuer",
      displayName: "Application session (single sign-out)",
      protocol: { name: "Proprietary", handler: ssoProvider("OAuthSSOSessionProvider") },
    }),
    hasSaml &&
      technicalProfile({
        id: "SM-Saml-idp",
        displayName: "SAML identity provider session",
        protocol: { name: "Proprietary", handler: ssoProvider("SamlSSOSessionProvider") },
        metadata: { IncludeSessionIndex: "false", RegisterServiceProviders: "false" },
      }),
  ].filter((x): x is XmlElement => x !== false);
}

function tokenIssuer(s: ResolvedSettings): XmlElement {
  return technicalProfile({
    id: "JwtIssuer",
    displayName: "JWT issuer",
    protocol: { name: "OpenIdConnect" },
    outputTokenFormat: "JWT",
    metadata: {
      client_id: "{service:te}",
      issuer_refresh_token_user_identity_claim_type: "objectId",
      SendTokenResponseBodyWithJsonNumbers: "true",
    },
    keys: { issuer_secret: s.signingKeySet, issuer_refresh_token_key: s.encryptionKeySet },
    inputClaims: [],
    outputClaims: [],
    session: "SM-jwt-issuer",
  });
}

function refreshTokenSetup(): XmlElement {
  return technicalProfile({
    id: "RefreshTokenReadAndSetup",
    displayName: "Read the refresh token being redeemed",
    protocol: { name: "None" },
    outputClaims: [c("objectId"), c("refreshTokenIssuedOnDateTime")],
  });
}

function selfAssertedPages(s: ResolvedSettings): XmlElement[] {
  return [
    technicalProfile({
      id: "SelfAsserted-Social",
      displayName: "Complete your account",
      protocol: SELF_ASSERTED,
      metadata: { ContentDefinitionReferenceId: "api.selfasserted" },
      keys: { issuer_secret: s.signingKeySet },
      inputClaims: [c("displayName"), c("givenName"), c("surname")],
      outputClaims: [
        c("objectId"),
        c("newUser"),
        c("executed-SelfAsserted-Input", { default: "true" }),
        c("displayName"),
        c("givenName"),
        c("surname"),
      ],
      validationProfiles: ["AAD-UserWriteUsingAlternativeSecurityId"],
      session: "SM-SocialSignup",
    }),
    technicalProfile({
      id: "SelfAsserted-ProfileUpdate",
      displayName: "Edit your profile",
      protocol: SELF_ASSERTED,
      metadata: { ContentDefinitionReferenceId: "api.selfasserted.profileupdate" },
      includeInSso: false,
      inputClaims: [
        c("alternativeSecurityId"),
        c("userPrincipalName"),
        c("displayName"),
        c("givenName"),
        c("surname"),
      ],
      outputClaims: [
        c("executed-SelfAsserted-Input", { default: "true" }),
        c("displayName"),
        c("givenName"),
        c("surname"),
      ],
      validationProfiles: ["AAD-UserWriteProfileUsingObjectId"],
    }),
  ];
}

/** Session, token and self-asserted claims providers (TrustFrameworkBase). */
export function sessionAndTokenProviders(s: ResolvedSettings): XmlElement[] {
  return [
    claimsProvider("Self Asserted", selfAssertedPages(s)),
    claimsProvider("Session Management", sessionProfiles(s)),
    claimsProvider("Token Issuer", [tokenIssuer(s)]),
    claimsProvider("Refresh Token", [refreshTokenSetup()]),
  ];
}
