/** The six policy documents as element trees. */
import { el, type XmlElement } from "../../xml";
import { baseClaims } from "./claims";
import { contentDefinitions } from "./content";
import { directoryProvider } from "./directory";
import { c, claimsProvider, claimsProviders, policyDocument, technicalProfile } from "./dsl";
import { journeySections } from "./journeys";
import { localAccountIds, localAccountProviders } from "./local-account";
import { localizationBuildingBlocks } from "./localization";
import { mfaParts } from "./mfa";
import { passwordPredicates, passwordValidations } from "./password";
import { identityProviders } from "./providers";
import { RELYING_PARTIES, relyingParty } from "./relying-party";
import { policyIds, type ResolvedSettings } from "./resolve";
import { sessionAndTokenProviders } from "./session";

/** Framework: claims, pages and every technical profile that carries no tenant-specific value. */
export function baseDocument(s: ResolvedSettings): XmlElement {
  const claims = baseClaims(s);
  return policyDocument({
    tenantId: s.tenantId,
    policyId: policyIds(s).base,
    sections: [
      el("BuildingBlocks", {}, [
        el("ClaimsSchema", {}, claims.types),
        passwordPredicates(s),
        passwordValidations(s),
        el("ClaimsTransformations", {}, claims.transformations),
        ...contentDefinitions(s),
      ]),
      claimsProviders([...localAccountProviders(s), directoryProvider(s), ...sessionAndTokenProviders(s)]),
    ],
  });
}

export function localizationDocument(s: ResolvedSettings): XmlElement {
  const ids = policyIds(s);
  return policyDocument({
    tenantId: s.tenantId,
    policyId: ids.localization,
    basePolicyId: ids.base,
    sections: [localizationBuildingBlocks(s)],
  });
}

/** Tenant wiring: IEF app IDs, token lifetimes, keep-me-signed-in, identity providers, MFA and journeys. */
export function extensionsDocument(s: ResolvedSettings): XmlElement {
  const ids = policyIds(s);
  const mfa = mfaParts(s);
  const hasMfaBlocks = mfa.claimTypes.length + mfa.transformations.length + mfa.displayControls.length > 0;
  return policyDocument({
    tenantId: s.tenantId,
    policyId: ids.extensions,
    basePolicyId: ids.localization,
    sections: [
      hasMfaBlocks &&
        el("BuildingBlocks", {}, [
          mfa.claimTypes.length > 0 && el("ClaimsSchema", {}, mfa.claimTypes),
          mfa.transformations.length > 0 && el("ClaimsTransformations", {}, mfa.transformations),
          mfa.displayControls.length > 0 && el("DisplayControls", {}, mfa.displayControls),
        ]),
      claimsProviders([
        claimsProvider("Local Account SignIn", [
          technicalProfile({
            id: "login-NonInteractive",
            metadata: { client_id: s.proxyIefAppId, IdTokenAudience: s.iefAppId },
            inputClaims: [
              c("client_id", { default: s.proxyIefAppId }),
              c("resource_id", { partner: "resource", default: s.iefAppId }),
            ],
          }),
        ]),
        s.session.keepMeSignedInDays !== undefined &&
          claimsProvider("Local Account", [
            technicalProfile({
              id: localAccountIds(s).signIn,
              metadata: { "setting.enableRememberMe": "True" },
            }),
          ]),
        claimsProvider("Token Issuer", [
          technicalProfile({
            id: "JwtIssuer",
            metadata: {
              token_lifetime_secs: s.tokens.accessSeconds,
              id_token_lifetime_secs: s.tokens.idSeconds,
              refresh_token_lifetime_secs: s.tokens.refreshSeconds,
              rolling_refresh_token_lifetime_secs: s.tokens.rollingSeconds,
              allow_infinite_rolling_refresh_token:
                s.tokens.rollingSeconds === undefined ? "true" : undefined,
            },
          }),
        ]),
        ...identityProviders(s.providers),
        ...mfa.providers,
      ]),
      ...journeySections(s, mfa),
    ],
  });
}

export function relyingPartyDocument(s: ResolvedSettings, which: keyof typeof RELYING_PARTIES): XmlElement {
  const ids = policyIds(s);
  const development = s.deploymentMode === "Development";
  return policyDocument({
    tenantId: s.tenantId,
    policyId: ids[which],
    basePolicyId: ids.extensions,
    deploymentMode: development ? "Development" : undefined,
    userJourneyRecorderEndpoint:
      development && s.instrumentationKey !== undefined
        ? "urn:journeyrecorder:applicationinsights"
        : undefined,
    sections: [relyingParty(s, RELYING_PARTIES[which])],
  });
}
