/** Phone and email second factors. Both keep their state in the user object. */
import type { XmlElement } from "../../xml";
import { claimsTransformation, claimType, copyClaim } from "./claim-dsl";
import { EMAIL_PATTERN } from "./claims";
import { c, provider, technicalProfile } from "./dsl";
import { exchangeStep, type Step, skipIfExists, skipIfMissing } from "./journey-dsl";
import type { ResolvedSettings } from "./resolve";

/** What one MFA method adds to the Extensions policy. */
export interface FactorParts {
  claimTypes: XmlElement[];
  transformations: XmlElement[];
  displayControls: XmlElement[];
  profiles: XmlElement[];
  /** Steps that register the method when the user has none, then verify it. */
  registerOrVerify: Step[];
  /** Steps that verify the method only when the user registered it. */
  verifyRegistered: Step[];
}

const SELF_ASSERTED = { name: "Proprietary", handler: provider("SelfAssertedAttributeProvider") };
const CLAIMS_TRANSFORMATION = {
  name: "Proprietary",
  handler: provider("ClaimsTransformationProtocolProvider"),
};
const WRITE_BY_OBJECT_ID = {
  Operation: "Write",
  RaiseErrorIfClaimsPrincipalAlreadyExists: "false",
  RaiseErrorIfClaimsPrincipalDoesNotExist: "true",
};
const PASSED = c("isActiveMFASession", { default: "true" });

const PHONE_MODE = { sms: "sms", call: "phone", mixed: "mixed" } as const;

export function phoneFactor(s: ResolvedSettings): FactorParts {
  const verify = exchangeStep("PhoneFactor-Verify", "PhoneFactor-InputOrVerify");
  return {
    claimTypes: [
      claimType("Verified.strongAuthenticationPhoneNumber", {
        displayName: "Verified phone number",
        dataType: "string",
        partners: { OpenIdConnect: "phone_number" },
        mask: "XXX-XXX-",
      }),
      claimType("newPhoneNumberEntered", {
        displayName: "A new phone number was entered",
        dataType: "boolean",
      }),
      claimType("userIdForMFA", { displayName: "User ID for the phone factor", dataType: "string" }),
    ],
    transformations: [
      claimsTransformation("CreateUserIdForMFA", {
        method: "FormatStringClaim",
        inputs: [["objectId", "inputClaim"]],
        parameters: [["stringFormat", "string", "{0}@{RelyingPartyTenantId}"]],
        outputs: [["userIdForMFA", "outputClaim"]],
      }),
    ],
    displayControls: [],
    profiles: [
      technicalProfile({
        id: "PhoneFactor-InputOrVerify",
        displayName: "Phone verification",
        protocol: { name: "Proprietary", handler: provider("PhoneFactorProtocolProvider") },
        metadata: {
          ContentDefinitionReferenceId: "api.phonefactor",
          ManualPhoneNumberEntryAllowed: "true",
          "setting.authenticationMode": PHONE_MODE[s.mfa.phoneChannel],
        },
        keys: { issuer_secret: s.signingKeySet },
        inputClaimsTransformations: ["CreateUserIdForMFA"],
        inputClaims: [c("userIdForMFA", { partner: "UserId" }), c("strongAuthenticationPhoneNumber")],
        outputClaims: [
          c("Verified.strongAuthenticationPhoneNumber", { partner: "Verified.OfficePhone" }),
          c("newPhoneNumberEntered", { partner: "newPhoneNumberEntered" }),
          PASSED,
        ],
        session: "SM-MFA",
      }),
      technicalProfile({
        id: "AAD-UserWritePhoneNumberUsingObjectId",
        metadata: WRITE_BY_OBJECT_ID,
        includeInSso: false,
        inputClaims: [c("objectId", { required: true })],
        persistedClaims: [
          c("objectId"),
          c("Verified.strongAuthenticationPhoneNumber", { partner: "strongAuthenticationPhoneNumber" }),
        ],
        include: "AAD-Common",
      }),
    ],
    registerOrVerify: [
      verify,
      exchangeStep("AADUserWritePhoneNumber", "AAD-UserWritePhoneNumberUsingObjectId", [
        skipIfMissing("newPhoneNumberEntered"),
      ]),
    ],
    verifyRegistered: [
      exchangeStep("PhoneFactor-Verify", "PhoneFactor-InputOrVerify", [
        skipIfMissing("strongAuthenticationPhoneNumber"),
      ]),
    ],
  };
}

export function emailFactor(s: ResolvedSettings): FactorParts {
  const fromProfile = (id: string, transformation: string) =>
    technicalProfile({
      id,
      displayName: "Find the email address for the second factor",
      protocol: CLAIMS_TRANSFORMATION,
      outputClaims: [c("mfaEmail")],
      outputClaimsTransformations: [transformation],
    });
  const resolve: Step[] = [
    exchangeStep("MfaEmailFromSignInEmail", "MfaEmail-FromSignInEmail", [
      skipIfExists("mfaEmail"),
      skipIfMissing("signInNames.emailAddress"),
    ]),
    exchangeStep("MfaEmailFromRecoveryEmail", "MfaEmail-FromRecoveryEmail", [
      skipIfExists("mfaEmail"),
      skipIfMissing("strongAuthenticationEmailAddress"),
    ]),
  ];
  const verify = exchangeStep("EmailFactor-Verify", "EmailFactor-Verify", [
    skipIfMissing("mfaEmail"),
    skipIfExists("isActiveMFASession"),
  ]);
  return {
    claimTypes: [
      claimType("mfaEmail", {
        displayName: "Email address",
        dataType: "string",
        input: "Readonly",
        pattern: { regex: EMAIL_PATTERN, help: "Enter an email address such as name@example.com." },
      }),
    ],
    transformations: [
      copyClaim("CopySignInEmailToMfaEmail", "signInNames.emailAddress", "mfaEmail"),
      copyClaim("CopyRecoveryEmailToMfaEmail", "strongAuthenticationEmailAddress", "mfaEmail"),
    ],
    displayControls: [],
    profiles: [
      fromProfile("MfaEmail-FromSignInEmail", "CopySignInEmailToMfaEmail"),
      fromProfile("MfaEmail-FromRecoveryEmail", "CopyRecoveryEmailToMfaEmail"),
      technicalProfile({
        id: "EmailFactor-Verify",
        displayName: "Verify your email address",
        protocol: SELF_ASSERTED,
        metadata: { ContentDefinitionReferenceId: "api.selfasserted" },
        keys: { issuer_secret: s.signingKeySet },
        inputClaims: [c("mfaEmail")],
        outputClaims: [c("mfaEmail", { partner: "Verified.Email", required: true }), PASSED],
        session: "SM-MFA",
      }),
      technicalProfile({
        id: "EmailFactor-Register",
        displayName: "Add an email address for verification",
        protocol: SELF_ASSERTED,
        metadata: { ContentDefinitionReferenceId: "api.selfasserted" },
        keys: { issuer_secret: s.signingKeySet },
        inputClaims: [c("objectId")],
        outputClaims: [
          c("strongAuthenticationEmailAddress", { partner: "Verified.Email", required: true }),
          PASSED,
        ],
        validationProfiles: ["AAD-UserWriteMfaEmailUsingObjectId"],
        session: "SM-MFA",
      }),
      technicalProfile({
        id: "AAD-UserWriteMfaEmailUsingObjectId",
        metadata: WRITE_BY_OBJECT_ID,
        includeInSso: false,
        inputClaims: [c("objectId", { required: true })],
        persistedClaims: [c("objectId"), c("strongAuthenticationEmailAddress")],
        include: "AAD-Common",
      }),
    ],
    registerOrVerify: [
      ...resolve,
      exchangeStep("EmailFactor-Register", "EmailFactor-Register", [skipIfExists("mfaEmail")]),
      verify,
    ],
    verifyRegistered: [...resolve, verify],
  };
}
