/** Claims and claims transformations every generated journey relies on (TrustFrameworkBase). */
import type { XmlElement } from "../../xml";
import { claimsTransformation, claimType } from "./claim-dsl";
import { PASSWORD_RULES } from "./password";
import type { ResolvedSettings } from "./resolve";

export const EMAIL_PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
export const USERNAME_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$";

const OIDC_AND_OAUTH = (name: string) => ({ OAuth2: name, OpenIdConnect: name });

function coreClaimTypes(): XmlElement[] {
  return [
    claimType("objectId", {
      displayName: "User object ID",
      dataType: "string",
      partners: OIDC_AND_OAUTH("oid"),
    }),
    claimType("tenantId", {
      displayName: "Tenant ID of the user object",
      dataType: "string",
      partners: OIDC_AND_OAUTH("tid"),
    }),
    claimType("sub", { displayName: "Subject", dataType: "string", partners: { OpenIdConnect: "sub" } }),
    claimType("signInName", { displayName: "Sign-in name", dataType: "string", input: "TextBox" }),
    claimType("signInNames.emailAddress", { displayName: "Sign-in email address", dataType: "string" }),
    claimType("signInNames.userName", { displayName: "Sign-in user name", dataType: "string" }),
    claimType("password", { displayName: "Password", dataType: "string", input: "Password" }),
    claimType("newPassword", {
      displayName: "New password",
      dataType: "string",
      input: "Password",
      predicateValidation: PASSWORD_RULES,
    }),
    claimType("reenterPassword", {
      displayName: "Confirm new password",
      dataType: "string",
      input: "Password",
      predicateValidation: PASSWORD_RULES,
    }),
    claimType("passwordPolicies", { displayName: "Password policies", dataType: "string" }),
    claimType("accountEnabled", { displayName: "Account enabled", dataType: "boolean" }),
    claimType("client_id", {
      displayName: "client_id",
      dataType: "string",
      adminHelp: "Sent to the directory token endpoint.",
    }),
    claimType("resource_id", {
      displayName: "resource_id",
      dataType: "string",
      adminHelp: "Sent to the directory token endpoint.",
    }),
    claimType("nca", {
      displayName: "nca",
      dataType: "string",
      adminHelp: "Sent to the directory token endpoint.",
    }),
    claimType("grant_type", {
      displayName: "grant_type",
      dataType: "string",
      adminHelp: "Sent to the directory token endpoint.",
    }),
    claimType("scope", {
      displayName: "scope",
      dataType: "string",
      adminHelp: "Sent to the directory token endpoint.",
    }),
    claimType("issuerUserId", { displayName: "User ID at the identity provider", dataType: "string" }),
    claimType("alternativeSecurityId", { displayName: "Alternative security ID", dataType: "string" }),
    claimType("identityProvider", {
      displayName: "Identity provider",
      dataType: "string",
      partners: OIDC_AND_OAUTH("idp"),
    }),
    claimType("authenticationSource", { displayName: "Authentication source", dataType: "string" }),
    claimType("displayName", {
      displayName: "Display name",
      dataType: "string",
      partners: { OAuth2: "unique_name", OpenIdConnect: "name" },
      input: "TextBox",
    }),
    claimType("givenName", {
      displayName: "Given name",
      dataType: "string",
      partners: OIDC_AND_OAUTH("given_name"),
      input: "TextBox",
    }),
    claimType("surname", {
      displayName: "Surname",
      dataType: "string",
      partners: OIDC_AND_OAUTH("family_name"),
      input: "TextBox",
    }),
    claimType("email", {
      displayName: "Email address",
      dataType: "string",
      partners: { OpenIdConnect: "email" },
      input: "TextBox",
      pattern: { regex: EMAIL_PATTERN, help: "Enter an email address such as name@example.com." },
    }),
    claimType("otherMails", { displayName: "Other email addresses", dataType: "stringCollection" }),
    claimType("strongAuthenticationEmailAddress", {
      displayName: "Recovery email address",
      dataType: "string",
      input: "TextBox",
      pattern: { regex: EMAIL_PATTERN, help: "Enter an email address such as name@example.com." },
    }),
    claimType("strongAuthenticationPhoneNumber", {
      displayName: "Phone number",
      dataType: "string",
      mask: "XXX-XXX-",
    }),
    claimType("userPrincipalName", {
      displayName: "User principal name",
      dataType: "string",
      partners: OIDC_AND_OAUTH("upn"),
    }),
    claimType("upnUserName", { displayName: "User principal name prefix", dataType: "string" }),
    claimType("mailNickName", { displayName: "Mail nickname", dataType: "string" }),
    claimType("newUser", { displayName: "New user", dataType: "boolean" }),
    claimType("executed-SelfAsserted-Input", { displayName: "Self-asserted page shown", dataType: "string" }),
    claimType("objectIdFromSession", {
      displayName: "Object ID read from the SSO session",
      dataType: "boolean",
    }),
    claimType("isActiveMFASession", {
      displayName: "Second factor already passed in this session",
      dataType: "boolean",
    }),
    claimType("isForgotPassword", { displayName: "Password reset requested", dataType: "boolean" }),
    claimType("refreshTokenIssuedOnDateTime", {
      displayName: "Refresh token issue time",
      dataType: "string",
    }),
    claimType("refreshTokensValidFromDateTime", {
      displayName: "Refresh tokens valid from",
      dataType: "string",
    }),
  ];
}

function usernameClaimTypes(): XmlElement[] {
  return [
    claimType("newUserName", {
      displayName: "User name",
      dataType: "string",
      input: "TextBox",
      pattern: {
        regex: USERNAME_PATTERN,
        help: "Use 3 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit.",
      },
    }),
  ];
}

function coreTransformations(s: ResolvedSettings): XmlElement[] {
  return [
    claimsTransformation("CreateOtherMailsFromEmail", {
      method: "AddItemToStringCollection",
      inputs: [
        ["email", "item"],
        ["otherMails", "collection"],
      ],
      outputs: [["otherMails", "collection"]],
    }),
    claimsTransformation("CreateRandomUPNUserName", {
      method: "CreateRandomString",
      parameters: [["randomGeneratorType", "string", "GUID"]],
      outputs: [["upnUserName", "outputClaim"]],
    }),
    claimsTransformation("CreateUserPrincipalName", {
      method: "FormatStringClaim",
      inputs: [["upnUserName", "inputClaim"]],
      parameters: [["stringFormat", "string", "cpim_{0}@{RelyingPartyTenantId}"]],
      outputs: [["userPrincipalName", "outputClaim"]],
    }),
    claimsTransformation("CreateAlternativeSecurityId", {
      method: "CreateAlternativeSecurityId",
      inputs: [
        ["issuerUserId", "key"],
        ["identityProvider", "identityProvider"],
      ],
      outputs: [["alternativeSecurityId", "alternativeSecurityId"]],
    }),
    claimsTransformation("AssertAccountEnabledIsTrue", {
      method: "AssertBooleanClaimIsEqualToValue",
      inputs: [["accountEnabled", "inputClaim"]],
      parameters: [["valueToCompareTo", "boolean", "true"]],
    }),
    claimsTransformation("AssertRefreshTokenIssuedLaterThanValidFromDate", {
      method: "AssertDateTimeIsGreaterThan",
      inputs: [
        ["refreshTokenIssuedOnDateTime", "leftOperand"],
        ["refreshTokensValidFromDateTime", "rightOperand"],
      ],
      parameters: [
        ["AssertIfEqualTo", "boolean", "false"],
        ["AssertIfRightOperandIsNotPresent", "boolean", "true"],
        ["TreatAsEqualIfWithinMillseconds", "int", "300000"],
      ],
    }),
    s.signInIdentifier === "username" &&
      claimsTransformation("AssertEmailMatchesRecoveryEmail", {
        method: "AssertStringClaimsAreEqual",
        inputs: [
          ["email", "inputClaim1"],
          ["strongAuthenticationEmailAddress", "inputClaim2"],
        ],
        parameters: [["stringComparison", "string", "ordinalIgnoreCase"]],
      }),
  ].filter((x): x is XmlElement => x !== false);
}

/** The Base policy's ClaimsSchema children and ClaimsTransformations children. */
export function baseClaims(s: ResolvedSettings): { types: XmlElement[]; transformations: XmlElement[] } {
  return {
    types: [...coreClaimTypes(), ...(s.signInIdentifier === "username" ? usernameClaimTypes() : [])],
    transformations: coreTransformations(s),
  };
}
