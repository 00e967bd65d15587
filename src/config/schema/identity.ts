import { z } from "zod";
import { duration, httpsUrl, secret, text } from "./primitives";

export const SIGN_IN_IDENTIFIERS = ["email", "phone", "username"] as const;
export const MFA_MODES = ["off", "optional", "required"] as const;
export const MFA_FACTORS = ["totp", "sms", "email"] as const;
export const IDP_TYPES = [
  "google",
  "facebook",
  "apple",
  "amazon",
  "linkedin",
  "microsoft",
  "oidc",
  "saml",
] as const;

/** Standard user attributes an external provider's claims can be mapped to. */
export const USER_ATTRIBUTES = [
  "email",
  "email_verified",
  "name",
  "given_name",
  "family_name",
  "phone_number",
  "picture",
  "locale",
  "username",
] as const;

const idpName = () =>
  z
    .string({ error: "must be 1..32 letters, digits, dots, hyphens or underscores, starting with a letter" })
    .regex(/^[A-Za-z][A-Za-z0-9._-]{0,31}$/, {
      error: "must be 1..32 letters, digits, dots, hyphens or underscores, starting with a letter",
    });

const clientId = () => text(256);
const scopes = () =>
  z.array(z.string().regex(/^[\w.:/-]{1,128}$/, { error: "must be an OAuth scope" })).max(50);
const attributeMapping = () =>
  z.partialRecord(
    z.enum(USER_ATTRIBUTES),
    z.string().regex(/^[\w.:/-]{1,128}$/, { error: "must be a claim name of the provider" }),
  );

const common = {
  /** The name users see on the sign-in page and the provider's ID in the directory. */
  name: idpName(),
  /** Maps platform user attributes to the provider's claims. @default provider-specific */
  attributeMapping: attributeMapping().optional(),
};

const oauthSocial = <T extends "google" | "facebook" | "amazon" | "linkedin" | "microsoft">(type: T) =>
  z.strictObject({
    type: z.literal(type),
    ...common,
    clientId: clientId(),
    /** Pulumi secret: `pulumi config set --secret --path 'identity.providers[N].clientSecret'`. */
    clientSecret: secret(),
    /** @default the provider's openid/email/profile equivalents */
    scopes: scopes().optional(),
  });

export const identityProvider = z.discriminatedUnion("type", [
  oauthSocial("google"),
  oauthSocial("facebook"),
  oauthSocial("amazon"),
  oauthSocial("linkedin"),
  oauthSocial("microsoft"),
  z.strictObject({
    type: z.literal("apple"),
    ...common,
    /** The Services ID registered with Apple. */
    clientId: clientId(),
    teamId: z.string().regex(/^[A-Z0-9]{10}$/, { error: "must be Apple's 10-character team ID" }),
    keyId: z.string().regex(/^[A-Z0-9]{10}$/, { error: "must be Apple's 10-character key ID" }),
    /** Pulumi secret: the .p8 private key. */
    privateKey: secret(),
    scopes: scopes().optional(),
  }),
  z.strictObject({
    type: z.literal("oidc"),
    ...common,
    /** The provider's issuer; discovery is read from `${issuer}/.well-known/openid-configuration`. */
    issuer: httpsUrl(),
    clientId: clientId(),
    clientSecret: secret(),
    scopes: scopes().prefault(["openid", "email", "profile"]),
  }),
  z.strictObject({
    type: z.literal("saml"),
    ...common,
    /** URL of the IdP's SAML metadata document. */
    metadataUrl: httpsUrl(),
    /** Sign the authentication requests the platform sends. @default true */
    signRequests: z.boolean().default(true),
    /** Send the user to the IdP on sign-out too. @default false */
    idpSignOut: z.boolean().default(false),
  }),
]);
export type IdentityProviderConfig = z.output<typeof identityProvider>;

export const identitySection = z
  .strictObject({
    /** What users type to sign in. @default ["email"] */
    signInIdentifiers: z
      .array(z.enum(SIGN_IN_IDENTIFIERS))
      .min(1, { error: 'must list at least one of "email", "phone", "username"' })
      .default(["email"]),
    /** Whether users may create their own accounts. @default true */
    selfSignUp: z.boolean().default(true),
    mfa: z
      .strictObject({
        /** @default "required" (NIST AAL2) */
        mode: z.enum(MFA_MODES).default("required"),
        /** Second factors offered. @default ["totp"] */
        factors: z.array(z.enum(MFA_FACTORS)).default(["totp"]),
      })
      .prefault({}),
    password: z
      .strictObject({
        /** @default 12 */
        minLength: z.number().int().min(6).max(99).default(12),
        requireUppercase: z.boolean().default(true),
        requireLowercase: z.boolean().default(true),
        requireDigits: z.boolean().default(true),
        requireSymbols: z.boolean().default(true),
        /** Previous passwords a user may not reuse (Cognito Plus/Essentials only). @default 5 */
        historySize: z.number().int().min(0).max(24).default(5),
        /** How long an administrator-set temporary password stays valid. @default "3d" */
        temporaryPasswordValidity: duration().prefault("3d"),
      })
      .prefault({}),
    /** External identity providers users may sign in with. @default [] */
    providers: z.array(identityProvider).max(50).default([]),
  })
  .prefault({});
export type IdentityConfig = z.output<typeof identitySection>;
