/**
 * Local accounts: sign-in through the directory's resource-owner password endpoint
 * (`login-NonInteractive`), self-asserted sign-up, password reset discovery and new password.
 */
import type { XmlElement } from "../../xml";
import { c, claimsProvider, provider, technicalProfile } from "./dsl";
import type { ResolvedSettings } from "./resolve";

const SELF_ASSERTED = { name: "Proprietary", handler: provider("SelfAssertedAttributeProvider") };
const CLAIMS_TRANSFORMATION = {
  name: "Proprietary",
  handler: provider("ClaimsTransformationProtocolProvider"),
};

/** IDs of the local-account profiles and exchanges, which depend on the sign-in identifier. */
export function localAccountIds(s: ResolvedSettings) {
  const email = s.signInIdentifier === "email";
  return {
    signIn: email ? "SelfAsserted-LocalAccountSignin-Email" : "SelfAsserted-LocalAccountSignin-Username",
    signInExchange: "LocalAccountSigninExchange",
    signUp: email ? "LocalAccountSignUpWithLogonEmail" : "LocalAccountSignUpWithLogonName",
    signUpExchange: email ? "SignUpWithLogonEmailExchange" : "SignUpWithLogonNameExchange",
    discovery: email ? "LocalAccountDiscoveryUsingEmailAddress" : "LocalAccountDiscoveryUsingLogonName",
    writeDirectory: email ? "AAD-UserWriteUsingLogonEmail" : "AAD-UserWriteUsingLogonName",
    readDirectory: email ? "AAD-UserReadUsingEmailAddress" : "AAD-UserReadUsingLogonName",
  } as const;
}

function loginNonInteractive(): XmlElement {
  return technicalProfile({
    id: "login-NonInteractive",
    displayName: "Local account sign-in",
    protocol: { name: "OpenIdConnect" },
    metadata: {
      UserMessageIfClaimsPrincipalDoesNotExist: "We could not find an account with that sign-in name.",
      UserMessageIfInvalidPassword: "The password is not correct.",
      UserMessageIfOldPasswordUsed: "That password has been changed. Use your new password.",
      ProviderName: "https://sts.windows.net/",
      METADATA: "https://login.microsoftonline.com/{tenant}/.well-known/openid-configuration",
      authorization_endpoint: "https://login.microsoftonline.com/{tenant}/oauth2/token",
      response_types: "id_token",
      response_mode: "query",
      scope: "email openid",
      grant_type: "password",
      UsePolicyInRedirectUri: "false",
      HttpBinding: "POST",
    },
    inputClaims: [
      c("signInName", { partner: "username", required: true }),
      c("password", { required: true }),
      c("grant_type", { default: "password" }),
      c("scope", { default: "openid" }),
      c("nca", { partner: "nca", default: "1" }),
    ],
    outputClaims: [
      c("objectId", { partner: "oid" }),
      c("tenantId", { partner: "tid" }),
      c("givenName", { partner: "given_name" }),
      c("surname", { partner: "family_name" }),
      c("displayName", { partner: "name" }),
      c("userPrincipalName", { partner: "upn" }),
      c("authenticationSource", { default: "localAccountAuthentication" }),
    ],
  });
}

function signInPage(s: ResolvedSettings): XmlElement {
  const ids = localAccountIds(s);
  return technicalProfile({
    id: ids.signIn,
    displayName: "Local account sign-in",
    protocol: SELF_ASSERTED,
    metadata: {
      SignUpTarget: ids.signUpExchange,
      "setting.operatingMode": s.signInIdentifier === "email" ? "Email" : "Username",
      "setting.forgotPasswordLinkOverride": "ForgotPasswordExchange",
      ContentDefinitionReferenceId: "api.selfasserted",
    },
    includeInSso: false,
    inputClaims: [c("signInName")],
    outputClaims: [
      c("signInName", { required: true }),
      c("password", { required: true }),
      c("objectId"),
      c("authenticationSource"),
    ],
    validationProfiles: ["login-NonInteractive"],
    session: "SM-AAD",
  });
}

function signUpPage(s: ResolvedSettings): XmlElement {
  const ids = localAccountIds(s);
  const email = s.signInIdentifier === "email";
  return technicalProfile({
    id: ids.signUp,
    displayName: email ? "Sign up with email" : "Sign up with user name",
    protocol: SELF_ASSERTED,
    metadata: {
      ContentDefinitionReferenceId: "api.localaccountsignup",
      "language.button_continue": "Create",
    },
    keys: { issuer_secret: s.signingKeySet },
    inputClaims: email ? [c("email")] : [],
    outputClaims: [
      c("objectId"),
      ...(email ? [] : [c("newUserName", { required: true })]),
      c("email", { partner: "Verified.Email", required: true }),
      c("newPassword", { required: true }),
      c("reenterPassword", { required: true }),
      c("executed-SelfAsserted-Input", { default: "true" }),
      c("authenticationSource"),
      c("newUser"),
      c("displayName"),
      c("givenName"),
      c("surname"),
    ],
    validationProfiles: [ids.writeDirectory],
    session: "SM-AAD",
  });
}

function discoveryPage(s: ResolvedSettings): XmlElement {
  const ids = localAccountIds(s);
  const email = s.signInIdentifier === "email";
  return technicalProfile({
    id: ids.discovery,
    displayName: "Find your account",
    protocol: SELF_ASSERTED,
    metadata: {
      ContentDefinitionReferenceId: "api.localaccountpasswordreset",
      UserMessageIfClaimsTransformationBooleanValueIsNotEqual:
        "This account is disabled. Contact support to enable it.",
      UserMessageIfClaimsTransformationStringsAreNotEqual: email
        ? undefined
        : "That email address is not the recovery address of this account.",
    },
    keys: { issuer_secret: s.signingKeySet },
    includeInSso: false,
    outputClaims: [
      ...(email ? [] : [c("signInName", { required: true })]),
      c("email", { partner: "Verified.Email", required: true }),
      // Returned by the validation profile, so not shown; listed so that later MFA steps get them.
      c("objectId"),
      c("userPrincipalName"),
      c("authenticationSource"),
      c(email ? "signInNames.emailAddress" : "signInNames.userName"),
      c("strongAuthenticationPhoneNumber"),
      c("strongAuthenticationEmailAddress"),
    ],
    validationProfiles: [ids.readDirectory],
  });
}

function newPasswordPage(s: ResolvedSettings): XmlElement {
  return technicalProfile({
    id: "LocalAccountWritePasswordUsingObjectId",
    displayName: "Choose a new password",
    protocol: SELF_ASSERTED,
    metadata: { ContentDefinitionReferenceId: "api.localaccountpasswordreset" },
    keys: { issuer_secret: s.signingKeySet },
    inputClaims: [c("objectId")],
    outputClaims: [c("newPassword", { required: true }), c("reenterPassword", { required: true })],
    validationProfiles: ["AAD-UserWritePasswordUsingObjectId"],
  });
}

function forgotPassword(): XmlElement {
  return technicalProfile({
    id: "ForgotPassword",
    displayName: "Forgot your password?",
    protocol: CLAIMS_TRANSFORMATION,
    outputClaims: [c("isForgotPassword", { default: "true", always: true })],
    session: "SM-Noop",
  });
}

/** Claims providers for local accounts (TrustFrameworkBase). */
export function localAccountProviders(s: ResolvedSettings): XmlElement[] {
  return [
    claimsProvider("Local Account SignIn", [loginNonInteractive()]),
    claimsProvider("Local Account", [
      signInPage(s),
      signUpPage(s),
      discoveryPage(s),
      newPasswordPage(s),
      forgotPassword(),
    ]),
  ];
}
