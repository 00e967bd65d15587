/** Relying-party policies: which journey runs, the web session behaviour and the token's claims. */
import { el, textEl, type XmlElement } from "../../xml";
import { type ClaimRef, c, technicalProfile } from "./dsl";
import { JOURNEYS } from "./journeys";
import type { ResolvedSettings } from "./resolve";

export interface RelyingPartySpec {
  journey: string;
  /** Add `KeepAliveInDays` (keep me signed in); only the sign-in page offers the checkbox. */
  keepMeSignedIn: boolean;
  claims: readonly ClaimRef[];
}

const TENANT_CLAIM = c("tenantId", { default: "{Policy:TenantObjectId}", always: true });
const SUBJECT = c("objectId", { partner: "sub" });

export const RELYING_PARTIES = {
  signUpOrSignIn: {
    journey: JOURNEYS.signUpOrSignIn,
    keepMeSignedIn: true,
    claims: [
      c("displayName"),
      c("givenName"),
      c("surname"),
      c("email"),
      SUBJECT,
      c("identityProvider"),
      TENANT_CLAIM,
    ],
  },
  passwordReset: {
    journey: JOURNEYS.passwordReset,
    keepMeSignedIn: false,
    claims: [c("email"), SUBJECT, TENANT_CLAIM],
  },
  profileEdit: {
    journey: JOURNEYS.profileEdit,
    keepMeSignedIn: false,
    claims: [c("displayName"), c("givenName"), c("surname"), SUBJECT, c("identityProvider"), TENANT_CLAIM],
  },
} as const satisfies Record<string, RelyingPartySpec>;

function behaviors(s: ResolvedSettings, spec: RelyingPartySpec): XmlElement {
  const kmsi = spec.keepMeSignedIn ? s.session.keepMeSignedInDays : undefined;
  return el("UserJourneyBehaviors", {}, [
    el("SingleSignOn", { Scope: s.session.ssoScope, KeepAliveInDays: kmsi }),
    textEl("SessionExpiryType", s.session.expiryType),
    textEl("SessionExpiryInSeconds", s.session.expiryInSeconds),
    s.instrumentationKey !== undefined &&
      el("JourneyInsights", {
        TelemetryEngine: "ApplicationInsights",
        InstrumentationKey: s.instrumentationKey,
        DeveloperMode: String(s.deploymentMode === "Development"),
        ClientEnabled: "false",
        ServerEnabled: "true",
        TelemetryVersion: "1.0.0",
      }),
  ]);
}

/** The `RelyingParty` section of one relying-party policy. */
export function relyingParty(s: ResolvedSettings, spec: RelyingPartySpec): XmlElement {
  return el("RelyingParty", {}, [
    el("DefaultUserJourney", { ReferenceId: spec.journey }),
    el("Endpoints", {}, [
      el("Endpoint", { Id: "Token", UserJourneyReferenceId: JOURNEYS.redeemRefreshToken }),
    ]),
    behaviors(s, spec),
    technicalProfile({
      id: "PolicyProfile",
      displayName: "PolicyProfile",
      protocol: { name: "OpenIdConnect" },
      outputClaims: spec.claims,
      subjectNamingInfo: "sub",
    }),
  ]);
}
