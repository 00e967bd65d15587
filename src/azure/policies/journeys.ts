/**
 * User journeys (TrustFrameworkExtensions): sign-up or sign-in with embedded password reset,
 * profile edit, password reset and refresh-token redemption. Steps are listed without numbers
 * and left out when the settings do not need them.
 */
import { el, type XmlElement } from "../../xml";
import {
  type Exchange,
  exchangeStep,
  journey,
  type Step,
  skipIfEquals,
  skipIfExists,
  skipIfMissing,
  subJourney,
  subJourneyStep,
} from "./journey-dsl";
import { localAccountIds } from "./local-account";
import type { MfaParts } from "./mfa";
import type { ResolvedSettings } from "./resolve";

export const JOURNEYS = {
  signUpOrSignIn: "SignUpOrSignIn",
  profileEdit: "ProfileEdit",
  passwordReset: "PasswordReset",
  redeemRefreshToken: "RedeemRefreshToken",
} as const;

const PASSWORD_RESET_SUB_JOURNEY = "PasswordResetSteps";
const LOCAL = "localAccountAuthentication";
const SOCIAL = "socialIdpAuthentication";
const ISSUE_TOKEN: Step = { type: "SendClaims", issuer: "JwtIssuer" };

function socialExchanges(s: ResolvedSettings): Exchange[] {
  return s.providers.map((p) => ({ id: p.exchangeId, technicalProfile: p.technicalProfileId }));
}

function mfaStep(subJourneyId: string | undefined): Step[] {
  return subJourneyId === undefined
    ? []
    : [subJourneyStep(subJourneyId, [skipIfExists("isActiveMFASession")])];
}

function signUpOrSignIn(s: ResolvedSettings, mfa: MfaParts): XmlElement {
  const ids = localAccountIds(s);
  const social = s.providers.length > 0;
  const steps: Step[] = [
    {
      type: "CombinedSignInAndSignUp",
      contentDefinition: "api.signuporsignin",
      selections: [
        ...s.providers.map((p) => ({ target: p.exchangeId })),
        { target: "ForgotPasswordExchange" },
        { validation: ids.signInExchange },
      ],
      exchanges: [{ id: ids.signInExchange, technicalProfile: ids.signIn }],
    },
    {
      type: "ClaimsExchange",
      preconditions: [skipIfExists("objectId")],
      exchanges: [
        ...socialExchanges(s),
        { id: ids.signUpExchange, technicalProfile: ids.signUp },
        { id: "ForgotPasswordExchange", technicalProfile: "ForgotPassword" },
      ],
    },
    subJourneyStep(PASSWORD_RESET_SUB_JOURNEY, [skipIfMissing("isForgotPassword")]),
    ...(social
      ? [
          exchangeStep(
            "AADUserReadUsingAlternativeSecurityId",
            "AAD-UserReadUsingAlternativeSecurityId-NoError",
            [skipIfEquals("authenticationSource", LOCAL)],
          ),
          exchangeStep("SelfAsserted-Social", "SelfAsserted-Social", [skipIfExists("objectId")]),
        ]
      : []),
    exchangeStep("AADUserReadWithObjectId", "AAD-UserReadUsingObjectId", [
      skipIfEquals("authenticationSource", SOCIAL),
    ]),
    ...(social
      ? [exchangeStep("AADUserWrite", "AAD-UserWriteUsingAlternativeSecurityId", [skipIfExists("objectId")])]
      : []),
    ...mfaStep(mfa.signIn),
    ISSUE_TOKEN,
  ];
  return journey(JOURNEYS.signUpOrSignIn, steps);
}

function profileEdit(s: ResolvedSettings, mfa: MfaParts): XmlElement {
  const ids = localAccountIds(s);
  const social = s.providers.length > 0;
  const signIn: Exchange = { id: ids.signInExchange, technicalProfile: ids.signIn };
  const steps: Step[] = [
    ...(social
      ? [
          {
            type: "ClaimsProviderSelection" as const,
            contentDefinition: "api.idpselections",
            selections: [
              ...s.providers.map((p) => ({ target: p.exchangeId })),
              { target: ids.signInExchange },
            ],
          },
          { type: "ClaimsExchange" as const, exchanges: [...socialExchanges(s), signIn] },
          exchangeStep("AADUserRead", "AAD-UserReadUsingAlternativeSecurityId", [
            skipIfEquals("authenticationSource", LOCAL),
          ]),
        ]
      : [{ type: "ClaimsExchange" as const, exchanges: [signIn] }]),
    exchangeStep("AADUserReadWithObjectId", "AAD-UserReadUsingObjectId", [
      skipIfEquals("authenticationSource", SOCIAL),
    ]),
    ...mfaStep(mfa.profileEdit),
    exchangeStep("B2CUserProfileUpdateExchange", "SelfAsserted-ProfileUpdate"),
    ISSUE_TOKEN,
  ];
  return journey(JOURNEYS.profileEdit, steps);
}

function passwordResetSteps(s: ResolvedSettings, mfa: MfaParts): XmlElement {
  const ids = localAccountIds(s);
  return subJourney(PASSWORD_RESET_SUB_JOURNEY, [
    exchangeStep("PasswordResetDiscoveryExchange", ids.discovery),
    ...mfaStep(mfa.signIn),
    exchangeStep("NewCredentials", "LocalAccountWritePasswordUsingObjectId"),
  ]);
}

/** Runs on every refresh-token redemption: rejects tokens issued before the user's sessions were revoked. */
function redeemRefreshToken(): XmlElement {
  return journey(
    JOURNEYS.redeemRefreshToken,
    [
      exchangeStep("RefreshTokenSetupExchange", "RefreshTokenReadAndSetup"),
      exchangeStep("CheckRefreshTokenDateFromAadExchange", "AAD-UserReadUsingObjectId-CheckRefreshTokenDate"),
      ISSUE_TOKEN,
    ],
    { background: true },
  );
}

/** `UserJourneys` and `SubJourneys` sections of the Extensions policy. */
export function journeySections(s: ResolvedSettings, mfa: MfaParts): XmlElement[] {
  return [
    el("UserJourneys", {}, [
      signUpOrSignIn(s, mfa),
      profileEdit(s, mfa),
      journey(JOURNEYS.passwordReset, [subJourneyStep(PASSWORD_RESET_SUB_JOURNEY), ISSUE_TOKEN]),
      redeemRefreshToken(),
    ]),
    el("SubJourneys", {}, [passwordResetSteps(s, mfa), ...mfa.subJourneys]),
  ];
}
