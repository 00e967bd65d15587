/**
 * Input of the Azure AD B2C custom-policy generator: pure data, no Pulumi types, so it can
 * come straight from stack config or a test table.
 *
 * Ranges follow Microsoft's documentation of the JWT issuer technical profile, the relying
 * party `UserJourneyBehaviors` and keep-me-signed-in:
 * https://learn.microsoft.com/azure/active-directory-b2c/jwt-issuer-technical-profile,
 * https://learn.microsoft.com/azure/active-directory-b2c/session-behavior.
 */

export const DEPLOYMENT_MODES = ["Production", "Development"] as const;
export type DeploymentMode = (typeof DEPLOYMENT_MODES)[number];

export const SESSION_EXPIRY_TYPES = ["Rolling", "Absolute"] as const;
export type SessionExpiryType = (typeof SESSION_EXPIRY_TYPES)[number];

export const SSO_SCOPES = ["Suppressed", "Tenant", "Application", "Policy"] as const;
export type SsoScope = (typeof SSO_SCOPES)[number];

export const MFA_MODES = ["off", "optional", "required"] as const;
export type MfaMode = (typeof MFA_MODES)[number];

/** Second factors the generator builds. */
export const MFA_METHODS = ["phone", "email", "totp"] as const;
export type MfaMethod = (typeof MFA_METHODS)[number];

/** How a phone factor reaches the user (`setting.authenticationMode`: sms, phone call or both). */
export const PHONE_CHANNELS = ["sms", "call", "mixed"] as const;
export type PhoneChannel = (typeof PHONE_CHANNELS)[number];

export const SIGN_IN_IDENTIFIERS = ["email", "username"] as const;
export type SignInIdentifier = (typeof SIGN_IN_IDENTIFIERS)[number];

/** Providers with a fixed, well-known endpoint set: at most one of each. */
export const BUILT_IN_PROVIDERS = ["google", "facebook", "microsoft", "linkedin", "apple"] as const;
export type BuiltInProviderKind = (typeof BUILT_IN_PROVIDERS)[number];

export const PROVIDER_KINDS = [...BUILT_IN_PROVIDERS, "oidc", "saml"] as const;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];

/** A social provider with well-known endpoints (Google, Facebook, Microsoft account, LinkedIn, Apple). */
export interface BuiltInProviderSettings {
  kind: BuiltInProviderKind;
  /** OAuth client ID issued by the provider (for Apple: the Services ID). */
  clientId: string;
  /**
   * Name of the B2C policy key that holds the client secret (for Apple: the signed
   * client-secret JWT, renewed every 6 months). The secret itself never enters a policy.
   * @default `B2C_1A_GoogleSecret`, `B2C_1A_FacebookSecret`, `B2C_1A_MSASecret`, `B2C_1A_LinkedInSecret`, `B2C_1A_AppleSecret`
   */
  secretKeyName?: string;
  /**
   * Button label on the sign-in page.
   * @default the provider's name ("Google", "Facebook", "Microsoft", "LinkedIn", "Apple")
   */
  displayName?: string;
}

/** Any OpenID Connect provider that publishes a discovery document. */
export interface OidcProviderSettings {
  kind: "oidc";
  /** Short identifier, `^[A-Za-z][A-Za-z0-9]{0,31}$`; names the technical profile (`{id}-OIDC`). */
  id: string;
  /** Button label on the sign-in page. */
  displayName: string;
  /** `https://` URL of the provider's `.well-known/openid-configuration`. */
  metadataUrl: string;
  clientId: string;
  /** @default `B2C_1A_{id}Secret` */
  secretKeyName?: string;
  /** @default "openid profile email" */
  scope?: string;
  /** `domain_hint` value that skips the provider selection page, e.g. `contoso.com`. @default none */
  domainHint?: string;
}

/** A SAML 2.0 identity provider (for example AD FS or another enterprise IdP). */
export interface SamlProviderSettings {
  kind: "saml";
  /** Short identifier, `^[A-Za-z][A-Za-z0-9]{0,31}$`; names the technical profile (`{id}-SAML2`). */
  id: string;
  displayName: string;
  /** `https://` URL of the IdP's SAML metadata document. */
  metadataUrl: string;
  /**
   * Policy key holding the certificate (PKCS#12) B2C signs its SAML requests with.
   * @default `B2C_1A_{id}SamlSigningCert`
   */
  signingCertificateKeyName?: string;
  /** @default none */
  domainHint?: string;
}

export type ProviderSettings = BuiltInProviderSettings | OidcProviderSettings | SamlProviderSettings;

export interface TokenLifetimeSettings {
  /** 300..86400 seconds. @default 3600 */
  accessTokenLifetimeSeconds?: number;
  /** 300..86400 seconds. @default 3600 */
  idTokenLifetimeSeconds?: number;
  /** 1..90 days. @default 14 */
  refreshTokenLifetimeDays?: number;
  /**
   * Sliding window after which a refresh-token chain ends and the user signs in again:
   * 1..365 days and not shorter than the refresh token lifetime, or `"infinite"`.
   * @default 90
   */
  refreshTokenRollingWindowDays?: number | "infinite";
}

export interface WebSessionSettings {
  /** Lifetime of the B2C session cookie, 900..86400 seconds. @default 86400 */
  expiryInSeconds?: number;
  /** @default "Rolling" */
  expiryType?: SessionExpiryType;
  /** Which sign-ins share a session: the whole tenant, one application or one policy. @default "Tenant" */
  ssoScope?: SsoScope;
  /**
   * Keep me signed in (local accounts only): 1..90 days of persistent session, or `"off"`.
   * @default "off"
   */
  keepMeSignedInDays?: number | "off";
}

export interface MfaSettings {
  /**
   * `optional`: sign-in and password reset challenge users who registered a method (the first
   * registered one, in the order given); profile edit always requires one and is where users
   * register.
   * `required`: every sign-in requires one; users register on first sign-in.
   * @default "off"
   */
  mode?: MfaMode;
  /**
   * The second factors offered, in order. With more than one, users pick one on a choice page
   * each time a second factor is due.
   * @default ["phone"]
   */
  methods?: readonly MfaMethod[];
  /** Only for the `phone` method. @default "mixed" */
  phoneChannel?: PhoneChannel;
}

/** Character classes a password rule can require (the neutral `identity.password` flags). */
export const CHARACTER_CLASSES = ["lowercase", "uppercase", "digit", "symbol"] as const;
export type CharacterClass = (typeof CHARACTER_CLASSES)[number];

/**
 * New-password rules, enforced by predicates on the password claims; the directory's own
 * strong-password policy is turned off (`DisableStrongPassword`) so these rules decide.
 */
export interface PasswordSettings {
  /** 4..256. @default 8 */
  minLength?: number;
  /** minLength..256. @default 64 */
  maxLength?: number;
  /** Classes counted. @default all four */
  classes?: readonly CharacterClass[];
  /** How many of `classes` a password must contain, 0..classes.length. @default 3 */
  matchAtLeast?: number;
}

export interface CustomPolicySettings {
  /** B2C tenant: `contoso` or `contoso.onmicrosoft.com`. */
  tenant: string;
  /** Prefix of every policy ID; must start with `B2C_1A_`. @default "B2C_1A_" */
  policyPrefix?: string;
  /** `Development` turns on the Application Insights journey recorder. @default "Production" */
  deploymentMode?: DeploymentMode;
  /** Application Insights instrumentation key (GUID) for journey insights. @default none */
  applicationInsightsInstrumentationKey?: string;
  /** App IDs of the two IEF registrations that local-account sign-in goes through. */
  identityExperienceFramework: { appId: string; proxyAppId: string };
  /** @default `{ signing: "B2C_1A_TokenSigningKeyContainer", encryption: "B2C_1A_TokenEncryptionKeyContainer" }` */
  keySets?: { signing?: string; encryption?: string };
  tokens?: TokenLifetimeSettings;
  session?: WebSessionSettings;
  mfa?: MfaSettings;
  /** @default 8..64 characters with three of the four classes (B2C's "Strong") */
  password?: PasswordSettings;
  /** @default `{ signInIdentifier: "email" }` */
  localAccounts?: { signInIdentifier?: SignInIdentifier };
  /** Social and enterprise identity providers, in button order. @default [] */
  providers?: readonly ProviderSettings[];
  /** UI languages, the first is the default, e.g. `["ko", "en"]`. @default ["en"] */
  languages?: readonly string[];
}
