/** Reads and writes of user objects in the B2C directory (Azure Active Directory provider). */
import type { XmlElement } from "../../xml";
import { type ClaimRef, c, claimsProvider, provider, technicalProfile } from "./dsl";
import { localAccountIds } from "./local-account";
import type { ResolvedSettings } from "./resolve";

/** Claims every read returns so that later steps (MFA, token) have them. */
const READ_OUTPUTS: ClaimRef[] = [
  c("objectId"),
  c("userPrincipalName"),
  c("displayName"),
  c("givenName"),
  c("surname"),
  c("otherMails"),
  c("strongAuthenticationPhoneNumber"),
  c("strongAuthenticationEmailAddress"),
];

function socialProfiles(): XmlElement[] {
  return [
    technicalProfile({
      id: "AAD-UserWriteUsingAlternativeSecurityId",
      metadata: {
        Operation: "Write",
        RaiseErrorIfClaimsPrincipalAlreadyExists: "true",
        UserMessageIfClaimsPrincipalAlreadyExists: "You already have an account. Go back and sign in.",
      },
      includeInSso: false,
      inputClaimsTransformations: ["CreateOtherMailsFromEmail"],
      inputClaims: [c("alternativeSecurityId", { partner: "alternativeSecurityId", required: true })],
      persistedClaims: [
        c("alternativeSecurityId"),
        c("userPrincipalName"),
        c("mailNickName", { default: "unknown" }),
        c("displayName", { default: "unknown" }),
        c("otherMails"),
        c("givenName"),
        c("surname"),
      ],
      outputClaims: [c("objectId"), c("newUser", { partner: "newClaimsPrincipalCreated" }), c("otherMails")],
      include: "AAD-Common",
      session: "SM-AAD",
    }),
    technicalProfile({
      id: "AAD-UserReadUsingAlternativeSecurityId",
      metadata: {
        Operation: "Read",
        RaiseErrorIfClaimsPrincipalDoesNotExist: "true",
        UserMessageIfClaimsPrincipalDoesNotExist: "There is no account for this sign-in yet. Sign up first.",
      },
      inputClaims: [c("alternativeSecurityId", { partner: "alternativeSecurityId", required: true })],
      outputClaims: READ_OUTPUTS,
      include: "AAD-Common",
    }),
    technicalProfile({
      id: "AAD-UserReadUsingAlternativeSecurityId-NoError",
      metadata: { RaiseErrorIfClaimsPrincipalDoesNotExist: "false" },
      include: "AAD-UserReadUsingAlternativeSecurityId",
    }),
  ];
}

/**
 * Passwords never expire, and the directory's strong-password policy is off so that the
 * generated predicates (password.ts), built from identity.password, are the rule.
 */
export const PASSWORD_POLICIES = "DisablePasswordExpiration, DisableStrongPassword";

function localProfiles(s: ResolvedSettings): XmlElement[] {
  const ids = localAccountIds(s);
  const email = s.signInIdentifier === "email";
  const signInKey = email
    ? c("email", { partner: "signInNames.emailAddress", required: true })
    : c("newUserName", { partner: "signInNames.userName", required: true });
  return [
    technicalProfile({
      id: ids.writeDirectory,
      metadata: { Operation: "Write", RaiseErrorIfClaimsPrincipalAlreadyExists: "true" },
      includeInSso: false,
      inputClaims: [signInKey],
      persistedClaims: [
        email
          ? c("email", { partner: "signInNames.emailAddress" })
          : c("newUserName", { partner: "signInNames.userName" }),
        c("newPassword", { partner: "password" }),
        c("displayName", { default: "unknown" }),
        c("passwordPolicies", { default: PASSWORD_POLICIES }),
        ...(email ? [] : [c("email", { partner: "strongAuthenticationEmailAddress" })]),
        c("givenName"),
        c("surname"),
      ],
      outputClaims: [
        c("objectId"),
        c("newUser", { partner: "newClaimsPrincipalCreated" }),
        c("authenticationSource", { default: "localAccountAuthentication" }),
        c("userPrincipalName"),
        c(email ? "signInNames.emailAddress" : "signInNames.userName"),
      ],
      include: "AAD-Common",
      session: "SM-AAD",
    }),
    technicalProfile({
      id: ids.readDirectory,
      metadata: {
        Operation: "Read",
        RaiseErrorIfClaimsPrincipalDoesNotExist: "true",
        UserMessageIfClaimsPrincipalDoesNotExist: "We could not find an account for that sign-in name.",
      },
      includeInSso: false,
      inputClaims: [
        email
          ? c("email", { partner: "signInNames.emailAddress", required: true })
          : c("signInName", { partner: "signInNames.userName", required: true }),
      ],
      outputClaims: [
        ...READ_OUTPUTS,
        c("authenticationSource", { default: "localAccountAuthentication" }),
        c("accountEnabled"),
        c(email ? "signInNames.emailAddress" : "signInNames.userName"),
      ],
      outputClaimsTransformations: [
        "AssertAccountEnabledIsTrue",
        ...(email ? [] : ["AssertEmailMatchesRecoveryEmail"]),
      ],
      include: "AAD-Common",
    }),
  ];
}

function objectIdProfiles(): XmlElement[] {
  const write = (id: string, persisted: ClaimRef[]) =>
    technicalProfile({
      id,
      metadata: {
        Operation: "Write",
        RaiseErrorIfClaimsPrincipalAlreadyExists: "false",
        RaiseErrorIfClaimsPrincipalDoesNotExist: "true",
      },
      includeInSso: false,
      inputClaims: [c("objectId", { required: true })],
      persistedClaims: [c("objectId"), ...persisted],
      include: "AAD-Common",
    });
  return [
    write("AAD-UserWritePasswordUsingObjectId", [
      c("newPassword", { partner: "password" }),
      c("passwordPolicies", { default: PASSWORD_POLICIES }),
    ]),
    write("AAD-UserWriteProfileUsingObjectId", [c("displayName"), c("givenName"), c("surname")]),
    technicalProfile({
      id: "AAD-UserReadUsingObjectId",
      metadata: { Operation: "Read", RaiseErrorIfClaimsPrincipalDoesNotExist: "true" },
      includeInSso: false,
      inputClaims: [c("objectId", { required: true })],
      outputClaims: [...READ_OUTPUTS.slice(1), c("signInNames.emailAddress"), c("signInNames.userName")],
      include: "AAD-Common",
    }),
    technicalProfile({
      id: "AAD-UserReadUsingObjectId-CheckRefreshTokenDate",
      metadata: { Operation: "Read", RaiseErrorIfClaimsPrincipalDoesNotExist: "true" },
      inputClaims: [c("objectId", { required: true })],
      outputClaims: [c("refreshTokensValidFromDateTime")],
      outputClaimsTransformations: ["AssertRefreshTokenIssuedLaterThanValidFromDate"],
      include: "AAD-Common",
    }),
  ];
}

/** The Azure Active Directory claims provider (TrustFrameworkBase). */
export function directoryProvider(s: ResolvedSettings): XmlElement {
  return claimsProvider("Azure Active Directory", [
    technicalProfile({
      id: "AAD-Common",
      displayName: "Azure Active Directory",
      protocol: { name: "Proprietary", handler: provider("AzureActiveDirectoryProvider") },
      keys: { issuer_secret: s.signingKeySet },
      includeInSso: false,
      session: "SM-Noop",
    }),
    ...socialProfiles(),
    ...localProfiles(s),
    ...objectIdProfiles(),
  ]);
}
