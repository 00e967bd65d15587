/**
 * Authenticator-app (TOTP) second factor. Devices are kept by the Azure MFA service, looked
 * up by user principal name; registration shows a QR code built from a fresh secret.
 */
import { el, type XmlElement } from "../../xml";
import { claimsTransformation, claimType, copyClaim } from "./claim-dsl";
import { c, provider, technicalProfile } from "./dsl";
import {
  exchangeStep,
  type Step,
  skipIfEquals,
  skipIfExists,
  skipIfMissing,
  skipUnlessEquals,
} from "./journey-dsl";
import type { FactorParts } from "./mfa-factors";
import type { ResolvedSettings } from "./resolve";

const SELF_ASSERTED = { name: "Proprietary", handler: provider("SelfAssertedAttributeProvider") };
const CLAIMS_TRANSFORMATION = {
  name: "Proprietary",
  handler: provider("ClaimsTransformationProtocolProvider"),
};
const AZURE_MFA = { name: "Proprietary", handler: provider("AzureMfaProtocolProvider") };

/** Where the account name shown in the authenticator app comes from, first match wins. */
const IDENTIFIER_SOURCES = [
  ["SignInName", "signInName"],
  ["SignInEmail", "signInNames.emailAddress"],
  ["SignInUserName", "signInNames.userName"],
  ["Email", "email"],
  ["Upn", "userPrincipalName"],
] as const;

function claimTypes(): XmlElement[] {
  const paragraph = (id: string, displayName: string) =>
    claimType(id, { displayName, dataType: "string", input: "Paragraph" });
  return [
    paragraph("totpIdentifier", "Account"),
    claimType("numberOfAvailableDevices", {
      displayName: "Registered authenticator apps",
      dataType: "string",
    }),
    paragraph(
      "totpScanInstruction",
      "Install an authenticator app, then scan the code below or enter the key by hand.",
    ),
    paragraph("totpVerifyInstruction", "Enter the six-digit code your authenticator app shows."),
    paragraph("qrCodeContent", "QR code"),
    paragraph("secretKey", "Key"),
    claimType("otpCode", {
      displayName: "Code",
      dataType: "string",
      input: "TextBox",
      pattern: { regex: "^[0-9]{6}$", help: "The code has six digits." },
    }),
    claimType("totpUriLabel", { displayName: "Authenticator account label", dataType: "string" }),
    claimType("totpIssuer", { displayName: "Authenticator issuer", dataType: "string" }),
  ];
}

function transformations(): XmlElement[] {
  return [
    claimsTransformation("CreateTotpSecret", {
      method: "CreateOtpSecret",
      outputs: [["secretKey", "outputClaim"]],
    }),
    claimsTransformation("CreateTotpIssuer", {
      method: "CreateStringClaim",
      parameters: [["value", "string", "{AuthenticatorIssuer}"]],
      outputs: [["totpIssuer", "createdClaim"]],
    }),
    claimsTransformation("CreateTotpUriLabel", {
      method: "FormatStringMultipleClaims",
      inputs: [
        ["totpIssuer", "inputClaim1"],
        ["totpIdentifier", "inputClaim2"],
      ],
      parameters: [["stringFormat", "string", "{0}:{1}"]],
      outputs: [["totpUriLabel", "outputClaim"]],
    }),
    claimsTransformation("CreateTotpUri", {
      method: "BuildUri",
      inputs: [
        ["totpUriLabel", "path"],
        ["secretKey", "query.secret"],
      ],
      parameters: [
        ["scheme", "string", "otpauth"],
        ["host", "string", "totp"],
        ["query.issuer", "string", "{AuthenticatorIssuer}"],
      ],
      outputs: [["qrCodeContent", "outputClaim"]],
    }),
    ...IDENTIFIER_SOURCES.map(([name, claim]) =>
      copyClaim(`Copy${name}ToTotpIdentifier`, claim, "totpIdentifier"),
    ),
  ];
}

function displayControls(): XmlElement[] {
  const claims = (tag: string, ids: readonly string[], control?: string) =>
    el(
      tag,
      {},
      ids.map((id) =>
        el(tag === "InputClaims" ? "InputClaim" : "DisplayClaim", {
          ClaimTypeReferenceId: id,
          ControlClaimType: control,
        }),
      ),
    );
  return [
    el("DisplayControl", {
      Id: "authenticatorAppIconControl",
      UserInterfaceControlType: "AuthenticatorAppIconControl",
    }),
    el("DisplayControl", { Id: "totpQrCodeControl", UserInterfaceControlType: "QrCodeControl" }, [
      claims("InputClaims", ["qrCodeContent"]),
      claims("DisplayClaims", ["qrCodeContent"], "QrCodeContent"),
    ]),
    el(
      "DisplayControl",
      { Id: "authenticatorInfoControl", UserInterfaceControlType: "AuthenticatorInfoControl" },
      [
        claims("InputClaims", ["totpIdentifier", "secretKey"]),
        claims("DisplayClaims", ["totpIdentifier", "secretKey"]),
      ],
    ),
  ];
}

function profiles(s: ResolvedSettings): XmlElement[] {
  const mfa = (id: string, operation: string, inputs: string[], outputs: string[] = []) =>
    technicalProfile({
      id,
      displayName: `Authenticator ${operation}`,
      protocol: AZURE_MFA,
      metadata: { Operation: operation },
      inputClaims: inputs.map((x) => c(x)),
      outputClaims: outputs.length === 0 ? undefined : outputs.map((x) => c(x)),
    });
  return [
    mfa(
      "AzureMfa-GetAvailableDevices",
      "GetAvailableDevices",
      ["userPrincipalName"],
      ["numberOfAvailableDevices"],
    ),
    mfa("AzureMfa-BeginVerifyOTP", "BeginVerifyOTP", ["secretKey", "objectId", "userPrincipalName"]),
    mfa("AzureMfa-VerifyOTP", "VerifyOTP", ["otpCode"]),
    technicalProfile({
      id: "TotpSetDefaults",
      displayName: "Assume no authenticator app",
      protocol: CLAIMS_TRANSFORMATION,
      outputClaims: [c("numberOfAvailableDevices", { default: "0" })],
    }),
    ...IDENTIFIER_SOURCES.map(([name]) =>
      technicalProfile({
        id: `TotpIdentifier-From${name}`,
        displayName: "Choose the authenticator account name",
        protocol: CLAIMS_TRANSFORMATION,
        outputClaims: [c("totpIdentifier")],
        outputClaimsTransformations: [`Copy${name}ToTotpIdentifier`],
      }),
    ),
    technicalProfile({
      id: "TotpFactor-Register",
      displayName: "Set up your authenticator app",
      protocol: SELF_ASSERTED,
      metadata: {
        ContentDefinitionReferenceId: "api.selfasserted.totp",
        "language.button_continue": "Continue",
      },
      keys: { issuer_secret: s.signingKeySet },
      inputClaimsTransformations: [
        "CreateTotpSecret",
        "CreateTotpIssuer",
        "CreateTotpUriLabel",
        "CreateTotpUri",
      ],
      inputClaims: [c("qrCodeContent"), c("secretKey")],
      displayClaims: [
        { control: "authenticatorAppIconControl" },
        c("totpScanInstruction"),
        { control: "totpQrCodeControl" },
        { control: "authenticatorInfoControl" },
      ],
      outputClaims: [c("objectId"), c("secretKey")],
      session: "SM-Noop",
    }),
    technicalProfile({
      id: "TotpFactor-Verify",
      displayName: "Enter your authenticator code",
      protocol: SELF_ASSERTED,
      metadata: {
        ContentDefinitionReferenceId: "api.selfasserted.totp",
        "language.button_continue": "Verify",
      },
      keys: { issuer_secret: s.signingKeySet },
      inputClaims: [],
      displayClaims: [c("totpVerifyInstruction"), c("otpCode", { required: true })],
      outputClaims: [
        c("objectId"),
        c("otpCode", { required: true }),
        c("isActiveMFASession", { default: "true" }),
      ],
      validationProfiles: ["AzureMfa-BeginVerifyOTP", "AzureMfa-VerifyOTP"],
      session: "SM-MFA",
    }),
  ];
}

function prepare(): Step[] {
  return [
    exchangeStep("TotpSetDefaults", "TotpSetDefaults", [skipIfExists("numberOfAvailableDevices")]),
    ...IDENTIFIER_SOURCES.map(([name, claim]) =>
      exchangeStep(`TotpIdentifierFrom${name}`, `TotpIdentifier-From${name}`, [
        skipIfExists("totpIdentifier"),
        skipIfMissing(claim),
      ]),
    ),
    exchangeStep("TotpCheckDevices", "AzureMfa-GetAvailableDevices", [skipIfEquals("newUser", "True")]),
  ];
}

export function totpFactor(s: ResolvedSettings): FactorParts {
  return {
    claimTypes: claimTypes(),
    transformations: transformations(),
    displayControls: displayControls(),
    profiles: profiles(s),
    registerOrVerify: [
      ...prepare(),
      exchangeStep("TotpRegister", "TotpFactor-Register", [
        skipUnlessEquals("numberOfAvailableDevices", "0"),
      ]),
      exchangeStep("TotpVerify", "TotpFactor-Verify"),
    ],
    verifyRegistered: [
      ...prepare(),
      exchangeStep("TotpVerify", "TotpFactor-Verify", [skipIfEquals("numberOfAvailableDevices", "0")]),
    ],
  };
}
