/**
 * Social and enterprise identity providers (TrustFrameworkExtensions). Every provider ends
 * with the same claims: issuerUserId + identityProvider → alternativeSecurityId, a random
 * UPN, and `authenticationSource = socialIdpAuthentication`. Client secrets stay in policy
 * keys; only their names appear here.
 */
import type { XmlElement } from "../../xml";
import { type ClaimRef, c, claimsProvider, technicalProfile } from "./dsl";
import type { ResolvedProvider } from "./providers-resolve";

const SOCIAL_TRANSFORMATIONS = [
  "CreateRandomUPNUserName",
  "CreateUserPrincipalName",
  "CreateAlternativeSecurityId",
];
const SOCIAL_SOURCE = c("authenticationSource", { default: "socialIdpAuthentication", always: true });
const NAMES: ClaimRef[] = [
  c("givenName", { partner: "given_name" }),
  c("surname", { partner: "family_name" }),
  c("displayName", { partner: "name" }),
  c("email", { partner: "email" }),
];

type Metadata = Record<string, string | undefined>;

interface Shape {
  protocol: "OAuth2" | "OpenIdConnect" | "SAML2";
  metadata: Metadata;
  keyId: string;
  subject: string;
  identityProvider: ClaimRef;
  names: ClaimRef[];
  session: string;
}

function oidc(
  p: ResolvedProvider,
  extra: Metadata,
  identityProvider: ClaimRef,
  names: ClaimRef[] = NAMES,
): Shape {
  return {
    protocol: "OpenIdConnect",
    metadata: {
      response_types: "code",
      response_mode: "form_post",
      HttpBinding: "POST",
      UsePolicyInRedirectUri: "false",
      ...extra,
      client_id: p.clientId,
    },
    keyId: "client_secret",
    subject: "sub",
    identityProvider,
    names,
    session: "SM-SocialLogin",
  };
}

function shapeOf(p: ResolvedProvider): Shape {
  const fixedIdp = (value: string) => c("identityProvider", { default: value, always: true });
  switch (p.kind) {
    case "google":
      return {
        protocol: "OAuth2",
        metadata: {
          ProviderName: "google",
          authorization_endpoint: "https://accounts.google.com/o/oauth2/auth",
          AccessTokenEndpoint: "https://accounts.google.com/o/oauth2/token",
          ClaimsEndpoint: "https://www.googleapis.com/oauth2/v1/userinfo",
          scope: "email profile",
          HttpBinding: "POST",
          UsePolicyInRedirectUri: "false",
          client_id: p.clientId,
        },
        keyId: "client_secret",
        subject: "id",
        identityProvider: fixedIdp("google.com"),
        names: NAMES,
        session: "SM-SocialLogin",
      };
    case "facebook":
      return {
        protocol: "OAuth2",
        metadata: {
          ProviderName: "facebook",
          authorization_endpoint: "https://www.facebook.com/dialog/oauth",
          AccessTokenEndpoint: "https://graph.facebook.com/oauth/access_token",
          ClaimsEndpoint: "https://graph.facebook.com/me?fields=id,first_name,last_name,name,email",
          scope: "email public_profile",
          HttpBinding: "GET",
          AccessTokenResponseFormat: "json",
          UsePolicyInRedirectUri: "false",
          client_id: p.clientId,
        },
        keyId: "client_secret",
        subject: "id",
        identityProvider: fixedIdp("facebook.com"),
        names: [
          c("givenName", { partner: "first_name" }),
          c("surname", { partner: "last_name" }),
          c("displayName", { partner: "name" }),
          c("email", { partner: "email" }),
        ],
        session: "SM-SocialLogin",
      };
    case "microsoft":
      return oidc(
        p,
        {
          ProviderName: "https://login.live.com",
          METADATA: "https://login.live.com/.well-known/openid-configuration",
          scope: "openid profile email",
        },
        fixedIdp("login.live.com"),
      );
    case "linkedin":
      return oidc(
        p,
        {
          METADATA: "https://www.linkedin.com/oauth/.well-known/openid-configuration",
          scope: "openid profile email",
          token_endpoint_auth_method: "client_secret_post",
          response_mode: "query",
          ValidTokenIssuerPrefixes: "https://www.linkedin.com",
        },
        fixedIdp("linkedin.com"),
      );
    case "apple":
      return oidc(
        p,
        {
          ProviderName: "apple",
          authorization_endpoint: "https://appleid.apple.com/auth/authorize",
          AccessTokenEndpoint: "https://appleid.apple.com/auth/token",
          JWKS: "https://appleid.apple.com/auth/keys",
          issuer: "https://appleid.apple.com",
          scope: "name email openid",
          external_user_identity_claim_id: "sub",
          ReadBodyClaimsOnIdpRedirect: "user.name.firstName user.name.lastName user.email",
        },
        fixedIdp("https://appleid.apple.com"),
        [
          c("givenName", { partner: "user.name.firstName" }),
          c("surname", { partner: "user.name.lastName" }),
          c("email", { partner: "email" }),
        ],
      );
    case "oidc":
      return oidc(p, { METADATA: p.metadataUrl, scope: p.scope }, c("identityProvider", { partner: "iss" }));
    case "saml":
      return {
        protocol: "SAML2",
        metadata: {
          PartnerEntity: p.metadataUrl,
          WantsSignedRequests: "true",
          XmlSignatureAlgorithm: "Sha256",
        },
        keyId: "SamlMessageSigning",
        subject: "assertionSubjectName",
        identityProvider: fixedIdp(p.domain ?? new URL(p.metadataUrl ?? "https://saml.invalid").hostname),
        names: [
          c("givenName", { partner: "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname" }),
          c("surname", { partner: "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname" }),
          c("displayName", { partner: "http://schemas.microsoft.com/identity/claims/displayname" }),
          c("email", { partner: "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress" }),
        ],
        session: "SM-Saml-idp",
      };
  }
}

/** One ClaimsProvider per configured identity provider, in settings order. */
export function identityProviders(providers: readonly ResolvedProvider[]): XmlElement[] {
  return providers.map((p) => {
    const shape = shapeOf(p);
    const profile = technicalProfile({
      id: p.technicalProfileId,
      displayName: p.displayName,
      protocol: { name: shape.protocol },
      metadata: shape.metadata,
      keys: { [shape.keyId]: p.keyName },
      outputClaims: [
        c("issuerUserId", { partner: shape.subject }),
        shape.identityProvider,
        SOCIAL_SOURCE,
        ...shape.names,
      ],
      outputClaimsTransformations: SOCIAL_TRANSFORMATIONS,
      session: shape.session,
    });
    return claimsProvider(p.displayName, [profile], p.domain);
  });
}
