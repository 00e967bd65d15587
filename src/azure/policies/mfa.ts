/**
 * Second-factor wiring. Each method contributes claims, profiles and two step lists; this
 * module turns them into sub journeys and tells the journeys which one to call where:
 *
 * | mode     | sign-in, password reset            | profile edit        |
 * | -------- | ---------------------------------- | ------------------- |
 * | off      | nothing                            | nothing             |
 * | optional | verify when the user registered it | register, or verify |
 * | required | register, or verify                | register, or verify |
 *
 * With several methods, "register, or verify" starts with a page where the user picks one
 * (`mfaMethod`), and only the picked method's steps run; "verify when registered" verifies
 * the first registered method in the configured order and skips the rest.
 */
import type { XmlElement } from "../../xml";
import { claimType } from "./claim-dsl";
import { c, claimsProvider, provider, technicalProfile } from "./dsl";
import {
  exchangeStep,
  type Precondition,
  type Step,
  skipIfExists,
  skipUnlessEquals,
  subJourney,
} from "./journey-dsl";
import { emailFactor, type FactorParts, phoneFactor } from "./mfa-factors";
import { totpFactor } from "./mfa-totp";
import type { ResolvedSettings } from "./resolve";
import type { MfaMethod } from "./settings";

export const MFA_REGISTER_OR_VERIFY = "Mfa-RegisterOrVerify";
export const MFA_VERIFY_REGISTERED = "Mfa-VerifyRegistered";
/** The claim holding the method a user picked when several are offered. */
export const MFA_METHOD_CLAIM = "mfaMethod";

export interface MfaParts {
  claimTypes: XmlElement[];
  transformations: XmlElement[];
  displayControls: XmlElement[];
  providers: XmlElement[];
  subJourneys: XmlElement[];
  /** Sub journey called by sign-in and password reset, or undefined when MFA is off. */
  signIn: string | undefined;
  /** Sub journey called by profile edit, or undefined when MFA is off. */
  profileEdit: string | undefined;
}

const FACTORS = { phone: phoneFactor, email: emailFactor, totp: totpFactor } as const;

/** Default (English) labels of the choice; the Localization policy carries other languages. */
export const METHOD_LABELS: Readonly<Record<MfaMethod, string>> = {
  phone: "A text message or call to my phone",
  email: "A code sent to my email",
  totp: "My authenticator app",
};

const NONE: MfaParts = {
  claimTypes: [],
  transformations: [],
  displayControls: [],
  providers: [],
  subJourneys: [],
  signIn: undefined,
  profileEdit: undefined,
};

/** A step with one more precondition (steps of one method, or steps after a factor passed). */
function withPrecondition(step: Step, precondition: Precondition): Step {
  if (step.type === "SendClaims") return step;
  return { ...step, preconditions: [...(step.preconditions ?? []), precondition] };
}

/** The page where the user picks a method: asked each time a second factor is still due. */
function choice(s: ResolvedSettings): { claimType: XmlElement; provider: XmlElement; step: Step } {
  return {
    claimType: claimType(MFA_METHOD_CLAIM, {
      displayName: "Verify with",
      dataType: "string",
      input: "RadioSingleSelect",
      choices: s.mfa.methods.map((m) => ({ text: METHOD_LABELS[m], value: m })),
    }),
    provider: claimsProvider("Second factor choice", [
      technicalProfile({
        id: "MfaMethod-Choose",
        displayName: "Choose how to verify",
        protocol: { name: "Proprietary", handler: provider("SelfAssertedAttributeProvider") },
        metadata: { ContentDefinitionReferenceId: "api.selfasserted" },
        keys: { issuer_secret: s.signingKeySet },
        outputClaims: [c(MFA_METHOD_CLAIM, { required: true })],
        session: "SM-Noop",
      }),
    ]),
    step: exchangeStep("MfaMethodChoose", "MfaMethod-Choose", [skipIfExists("isActiveMFASession")]),
  };
}

export function mfaParts(s: ResolvedSettings): MfaParts {
  if (s.mfa.mode === "off") return NONE;
  const factors = s.mfa.methods.map((method) => ({ method, parts: FACTORS[method](s) as FactorParts }));
  const several = factors.length > 1;
  const picked = several ? choice(s) : undefined;
  const onlyIfPicked = (method: MfaMethod, steps: Step[]) =>
    several ? steps.map((st) => withPrecondition(st, skipUnlessEquals(MFA_METHOD_CLAIM, method))) : steps;
  const untilOnePassed = (steps: Step[]) =>
    several ? steps.map((st) => withPrecondition(st, skipIfExists("isActiveMFASession"))) : steps;
  const optional = s.mfa.mode === "optional";
  return {
    claimTypes: [...(picked ? [picked.claimType] : []), ...factors.flatMap((f) => f.parts.claimTypes)],
    transformations: factors.flatMap((f) => f.parts.transformations),
    displayControls: factors.flatMap((f) => f.parts.displayControls),
    providers: [
      ...(picked ? [picked.provider] : []),
      ...factors.map((f) => claimsProvider(`Second factor (${f.method})`, f.parts.profiles)),
    ],
    subJourneys: [
      subJourney(MFA_REGISTER_OR_VERIFY, [
        ...(picked ? [picked.step] : []),
        ...factors.flatMap((f) => onlyIfPicked(f.method, f.parts.registerOrVerify)),
      ]),
      optional &&
        subJourney(
          MFA_VERIFY_REGISTERED,
          factors.flatMap((f) => untilOnePassed(f.parts.verifyRegistered)),
        ),
    ].filter((x): x is XmlElement => x !== false),
    signIn: optional ? MFA_VERIFY_REGISTERED : MFA_REGISTER_OR_VERIFY,
    profileEdit: MFA_REGISTER_OR_VERIFY,
  };
}
