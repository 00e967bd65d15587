/**
 * Second-factor wiring. Each method contributes claims, profiles and two step lists; this
 * module turns them into sub journeys and tells the journeys which one to call where:
 *
 * | mode     | sign-in, password reset            | profile edit        |
 * | -------- | ---------------------------------- | ------------------- |
 * | off      | nothing                            | nothing             |
 * | optional | verify when the user registered it | register, or verify |
 * | required | register, or verify                | register, or verify |
 */
import type { XmlElement } from "../../xml";
import { claimsProvider } from "./dsl";
import { subJourney } from "./journey-dsl";
import { emailFactor, type FactorParts, phoneFactor } from "./mfa-factors";
import { totpFactor } from "./mfa-totp";
import type { ResolvedSettings } from "./resolve";

export const MFA_REGISTER_OR_VERIFY = "Mfa-RegisterOrVerify";
export const MFA_VERIFY_REGISTERED = "Mfa-VerifyRegistered";

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

const NONE: MfaParts = {
  claimTypes: [],
  transformations: [],
  displayControls: [],
  providers: [],
  subJourneys: [],
  signIn: undefined,
  profileEdit: undefined,
};

export function mfaParts(s: ResolvedSettings): MfaParts {
  if (s.mfa.mode === "off") return NONE;
  const factor: FactorParts = FACTORS[s.mfa.method](s);
  const optional = s.mfa.mode === "optional";
  return {
    claimTypes: factor.claimTypes,
    transformations: factor.transformations,
    displayControls: factor.displayControls,
    providers: [claimsProvider(`Second factor (${s.mfa.method})`, factor.profiles)],
    subJourneys: [
      subJourney(MFA_REGISTER_OR_VERIFY, factor.registerOrVerify),
      optional && subJourney(MFA_VERIFY_REGISTERED, factor.verifyRegistered),
    ].filter((x): x is XmlElement => x !== false),
    signIn: optional ? MFA_VERIFY_REGISTERED : MFA_REGISTER_OR_VERIFY,
    profileEdit: MFA_REGISTER_OR_VERIFY,
  };
}
