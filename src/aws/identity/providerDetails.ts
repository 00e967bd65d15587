import type { IdentityProviderConfig } from "../../config/schema/identity";
import type { SecretString } from "../../config/secret";

/** How Cognito names each provider type; social types also use it as the fixed provider name. */
export const COGNITO_PROVIDER_TYPES = {
  google: "Google",
  facebook: "Facebook",
  apple: "SignInWithApple",
  amazon: "LoginWithAmazon",
  oidc: "OIDC",
  saml: "SAML",
} as const;
export type CognitoIdpType = keyof typeof COGNITO_PROVIDER_TYPES;

/** Scopes requested when the config lists none, and how the provider wants them joined. */
const DEFAULT_SCOPES: Record<Exclude<CognitoIdpType, "saml">, { scopes: string[]; separator: string }> = {
  google: { scopes: ["openid", "email", "profile"], separator: " " },
  facebook: { scopes: ["public_profile", "email"], separator: "," },
  apple: { scopes: ["email", "name"], separator: " " },
  amazon: { scopes: ["profile"], separator: " " },
  oidc: { scopes: ["openid", "email", "profile"], separator: " " },
};

const SAML_EMAIL = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress";

/** User-pool attribute → the provider's claim, used unless the config maps the attribute itself. */
export const DEFAULT_ATTRIBUTE_MAPPING: Record<CognitoIdpType, Record<string, string>> = {
  google: {
    email: "email",
    email_verified: "email_verified",
    name: "name",
    given_name: "given_name",
    family_name: "family_name",
    picture: "picture",
    username: "sub",
  },
  facebook: {
    email: "email",
    name: "name",
    given_name: "first_name",
    family_name: "last_name",
    username: "id",
  },
  apple: {
    email: "email",
    email_verified: "email_verified",
    given_name: "firstName",
    family_name: "lastName",
    username: "sub",
  },
  amazon: { email: "email", name: "name", username: "user_id" },
  oidc: { email: "email", email_verified: "email_verified", name: "name", username: "sub" },
  saml: { email: SAML_EMAIL },
};

/** One Cognito identity provider as config describes it; secrets stay SecretString until the resource. */
export interface CognitoIdp {
  readonly providerName: string;
  readonly providerType: (typeof COGNITO_PROVIDER_TYPES)[CognitoIdpType];
  readonly providerDetails: Readonly<Record<string, string | SecretString>>;
  readonly attributeMapping: Readonly<Record<string, string>>;
}

/** Translates a provider from config to Cognito's terms (details keys in Cognito's snake_case). */
export function cognitoIdp(provider: IdentityProviderConfig): CognitoIdp {
  const type = provider.type as CognitoIdpType;
  const providerType = COGNITO_PROVIDER_TYPES[type];
  const social = type !== "oidc" && type !== "saml";
  return {
    // Cognito fixes the name of social providers; generic OIDC and SAML keep the configured one.
    providerName: social ? providerType : provider.name,
    providerType,
    providerDetails: details(provider),
    attributeMapping: { ...DEFAULT_ATTRIBUTE_MAPPING[type], ...(provider.attributeMapping ?? {}) },
  };
}

function scopesOf(type: Exclude<CognitoIdpType, "saml">, configured: readonly string[] | undefined): string {
  const defaults = DEFAULT_SCOPES[type];
  return (configured ?? defaults.scopes).join(defaults.separator);
}

function details(p: IdentityProviderConfig): Record<string, string | SecretString> {
  switch (p.type) {
    case "saml":
      return {
        MetadataURL: p.metadataUrl,
        IDPSignout: String(p.idpSignOut),
        ...(p.signRequests ? { RequestSigningAlgorithm: "rsa-sha256" } : {}),
      };
    case "apple":
      return {
        client_id: p.clientId,
        team_id: p.teamId,
        key_id: p.keyId,
        private_key: p.privateKey,
        authorize_scopes: scopesOf("apple", p.scopes),
      };
    case "oidc":
      return {
        client_id: p.clientId,
        client_secret: p.clientSecret,
        oidc_issuer: p.issuer,
        attributes_request_method: "GET",
        authorize_scopes: scopesOf("oidc", p.scopes),
      };
    case "google":
    case "facebook":
    case "amazon":
      return {
        client_id: p.clientId,
        client_secret: p.clientSecret,
        authorize_scopes: scopesOf(p.type, p.scopes),
      };
    default:
      // linkedin and microsoft are refused by the AWS rules before anything is built.
      throw new Error(`identity provider type "${p.type}" has no Amazon Cognito equivalent`);
  }
}
