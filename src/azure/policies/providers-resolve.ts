import { httpsUrl, type Issues, keySetName, matches, oneOf, text } from "./checks";
import {
  type BuiltInProviderKind,
  PROVIDER_KINDS,
  type ProviderKind,
  type ProviderSettings,
} from "./settings";

/** A provider with every default applied and every identifier derived. */
export interface ResolvedProvider {
  kind: ProviderKind;
  /** Technical profile that talks to the provider. */
  technicalProfileId: string;
  /** Claims exchange the sign-in page button targets. */
  exchangeId: string;
  displayName: string;
  /** `Domain` of the claims provider, matched against `domain_hint`. */
  domain: string | undefined;
  clientId: string | undefined;
  /** Client secret key (OAuth/OIDC) or request-signing certificate key (SAML). */
  keyName: string;
  metadataUrl: string | undefined;
  scope: string | undefined;
}

interface BuiltIn {
  technicalProfileId: string;
  exchangeId: string;
  displayName: string;
  domain: string;
  keyName: string;
}

const BUILT_IN: Record<BuiltInProviderKind, BuiltIn> = {
  google: {
    technicalProfileId: "Google-OAUTH",
    exchangeId: "GoogleExchange",
    displayName: "Google",
    domain: "google.com",
    keyName: "B2C_1A_GoogleSecret",
  },
  facebook: {
    technicalProfileId: "Facebook-OAUTH",
    exchangeId: "FacebookExchange",
    displayName: "Facebook",
    domain: "facebook.com",
    keyName: "B2C_1A_FacebookSecret",
  },
  microsoft: {
    technicalProfileId: "MSA-OIDC",
    exchangeId: "MicrosoftAccountExchange",
    displayName: "Microsoft",
    domain: "live.com",
    keyName: "B2C_1A_MSASecret",
  },
  linkedin: {
    technicalProfileId: "LinkedIn-OIDC",
    exchangeId: "LinkedInExchange",
    displayName: "LinkedIn",
    domain: "linkedin.com",
    keyName: "B2C_1A_LinkedInSecret",
  },
  apple: {
    technicalProfileId: "Apple-OIDC",
    exchangeId: "AppleExchange",
    displayName: "Apple",
    domain: "apple.com",
    keyName: "B2C_1A_AppleSecret",
  },
};

const CUSTOM_ID = /^[A-Za-z][A-Za-z0-9]{0,31}$/;
// RFC 6749 scope-token characters, tokens separated by single spaces.
const SCOPE = /^[\x21\x23-\x5B\x5D-\x7E]+( [\x21\x23-\x5B\x5D-\x7E]+)*$/;
const DOMAIN_HINT =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;

function resolveOne(issues: Issues, path: string, p: ProviderSettings): ResolvedProvider {
  if (p.kind === "oidc" || p.kind === "saml") {
    const id = matches(
      issues,
      `${path}.id`,
      p.id,
      CUSTOM_ID,
      "must be a letter then up to 31 letters or digits",
    );
    const common = {
      displayName: text(issues, `${path}.displayName`, p.displayName, 100),
      metadataUrl: httpsUrl(issues, `${path}.metadataUrl`, p.metadataUrl),
      domain:
        p.domainHint === undefined
          ? undefined
          : matches(
              issues,
              `${path}.domainHint`,
              p.domainHint,
              DOMAIN_HINT,
              "must be a DNS name such as contoso.com",
            ),
    };
    if (p.kind === "oidc") {
      return {
        kind: "oidc",
        technicalProfileId: `Oidc-${id}`,
        exchangeId: `Oidc${id}Exchange`,
        clientId: text(issues, `${path}.clientId`, p.clientId),
        keyName: keySetName(issues, `${path}.secretKeyName`, p.secretKeyName ?? `B2C_1A_${id}Secret`),
        scope: matches(
          issues,
          `${path}.scope`,
          p.scope ?? "openid profile email",
          SCOPE,
          "must be space-separated OAuth scopes",
        ),
        ...common,
      };
    }
    return {
      kind: "saml",
      technicalProfileId: `Saml-${id}`,
      exchangeId: `Saml${id}Exchange`,
      clientId: undefined,
      keyName: keySetName(
        issues,
        `${path}.signingCertificateKeyName`,
        p.signingCertificateKeyName ?? `B2C_1A_${id}SamlSigningCert`,
      ),
      scope: undefined,
      ...common,
    };
  }
  const kind = oneOf(issues, `${path}.kind`, p.kind as ProviderKind, PROVIDER_KINDS);
  const known = BUILT_IN[kind as BuiltInProviderKind];
  if (known === undefined) {
    return {
      kind,
      technicalProfileId: "",
      exchangeId: "",
      displayName: "",
      domain: undefined,
      clientId: undefined,
      keyName: "",
      metadataUrl: undefined,
      scope: undefined,
    };
  }
  return {
    kind,
    technicalProfileId: known.technicalProfileId,
    exchangeId: known.exchangeId,
    displayName:
      p.displayName === undefined
        ? known.displayName
        : text(issues, `${path}.displayName`, p.displayName, 100),
    domain: known.domain,
    clientId: text(issues, `${path}.clientId`, p.clientId),
    keyName: keySetName(issues, `${path}.secretKeyName`, p.secretKeyName ?? known.keyName),
    metadataUrl: undefined,
    scope: undefined,
  };
}

/** Applies defaults, derives identifiers and checks that no two providers share one. */
export function resolveProviders(issues: Issues, providers: readonly ProviderSettings[]): ResolvedProvider[] {
  const resolved = providers.map((p, i) => resolveOne(issues, `providers[${i}]`, p));
  const seen = new Map<string, number>();
  resolved.forEach((p, i) => {
    const key = p.exchangeId.toLowerCase();
    const first = seen.get(key);
    if (key !== "" && first !== undefined) {
      issues.add(
        `providers[${i}]`,
        `must not repeat providers[${first}] (each kind once; oidc/saml ids unique)`,
        providers[i]?.kind,
      );
    } else {
      seen.set(key, i);
    }
  });
  return resolved;
}
