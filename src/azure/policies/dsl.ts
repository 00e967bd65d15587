/**
 * Element helpers for the Trust Framework policy schema
 * (`http://schemas.microsoft.com/online/cpim/schemas/2013/06`). They only arrange the tree in
 * the order the XSD demands; which claims, profiles and steps exist is decided elsewhere.
 */
import { el, textEl, type XmlChildInput, type XmlElement } from "../../xml";

export const POLICY_NAMESPACE = "http://schemas.microsoft.com/online/cpim/schemas/2013/06";
export const POLICY_SCHEMA_VERSION = "0.3.0.0";

const ENGINE = "Web.TPEngine, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null";

/** Fully qualified name of a built-in protocol provider, e.g. `provider("SelfAssertedAttributeProvider")`. */
export function provider(name: string): string {
  return `Web.TPEngine.Providers.${name}, ${ENGINE}`;
}

/** Fully qualified name of a built-in session provider, e.g. `ssoProvider("DefaultSSOSessionProvider")`. */
export function ssoProvider(name: string): string {
  return `Web.TPEngine.SSO.${name}, ${ENGINE}`;
}

/** A claim reference inside InputClaims, OutputClaims, PersistedClaims or DisplayClaims. */
export interface ClaimRef {
  id: string;
  partner?: string;
  default?: string;
  /** Use the default even when the claim already has a value. */
  always?: boolean;
  required?: boolean;
}

/** Shorthand for a claim reference. */
export function c(id: string, options: Omit<ClaimRef, "id"> = {}): ClaimRef {
  return { id, ...options };
}

function claimRef(tag: string, ref: ClaimRef): XmlElement {
  return el(tag, {
    ClaimTypeReferenceId: ref.id,
    PartnerClaimType: ref.partner,
    DefaultValue: ref.default,
    AlwaysUseDefaultValue: ref.always === undefined ? undefined : String(ref.always),
    Required: ref.required === undefined ? undefined : String(ref.required),
  });
}

function claimList(
  list: string,
  item: string,
  refs: readonly ClaimRef[] | undefined,
): XmlElement | undefined {
  return refs === undefined
    ? undefined
    : el(
        list,
        {},
        refs.map((r) => claimRef(item, r)),
      );
}

function refList(list: string, item: string, ids: readonly string[] | undefined): XmlElement | undefined {
  return ids === undefined || ids.length === 0
    ? undefined
    : el(
        list,
        {},
        ids.map((id) => el(item, { ReferenceId: id })),
      );
}

/** `<Metadata><Item Key="...">value</Item>...</Metadata>`; undefined values are left out. */
export function metadata(
  items: Readonly<Record<string, string | number | boolean | undefined>> | undefined,
): XmlElement | undefined {
  if (items === undefined) return undefined;
  const entries = Object.entries(items).filter(
    (e): e is [string, string | number | boolean] => e[1] !== undefined,
  );
  return entries.length === 0
    ? undefined
    : el(
        "Metadata",
        {},
        entries.map(([k, v]) => textEl("Item", v, { Key: k })),
      );
}

/** A display claim: a claim shown on the page, or a display control. */
export type DisplayClaimRef = { control: string } | ClaimRef;

export interface TechnicalProfileSpec {
  id: string;
  displayName?: string;
  protocol?: { name: string; handler?: string };
  outputTokenFormat?: string;
  metadata?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** Key Id → StorageReferenceId (policy key name). */
  keys?: Readonly<Record<string, string>>;
  includeInSso?: boolean;
  inputClaimsTransformations?: readonly string[];
  inputClaims?: readonly ClaimRef[];
  displayClaims?: readonly DisplayClaimRef[];
  persistedClaims?: readonly ClaimRef[];
  outputClaims?: readonly ClaimRef[];
  outputClaimsTransformations?: readonly string[];
  validationProfiles?: readonly string[];
  subjectNamingInfo?: string;
  include?: string;
  session?: string;
}

/** A TechnicalProfile with its children in schema order. */
export function technicalProfile(spec: TechnicalProfileSpec): XmlElement {
  const keys = spec.keys === undefined ? [] : Object.entries(spec.keys);
  return el("TechnicalProfile", { Id: spec.id }, [
    spec.displayName !== undefined && textEl("DisplayName", spec.displayName),
    spec.protocol !== undefined &&
      el("Protocol", { Name: spec.protocol.name, Handler: spec.protocol.handler }),
    spec.outputTokenFormat !== undefined && textEl("OutputTokenFormat", spec.outputTokenFormat),
    metadata(spec.metadata),
    keys.length > 0 &&
      el(
        "CryptographicKeys",
        {},
        keys.map(([id, ref]) => el("Key", { Id: id, StorageReferenceId: ref })),
      ),
    spec.includeInSso !== undefined && textEl("IncludeInSso", String(spec.includeInSso)),
    refList("InputClaimsTransformations", "InputClaimsTransformation", spec.inputClaimsTransformations),
    claimList("InputClaims", "InputClaim", spec.inputClaims),
    spec.displayClaims !== undefined &&
      el(
        "DisplayClaims",
        {},
        spec.displayClaims.map((d) =>
          "control" in d
            ? el("DisplayClaim", { DisplayControlReferenceId: d.control })
            : claimRef("DisplayClaim", d),
        ),
      ),
    claimList("PersistedClaims", "PersistedClaim", spec.persistedClaims),
    claimList("OutputClaims", "OutputClaim", spec.outputClaims),
    refList("OutputClaimsTransformations", "OutputClaimsTransformation", spec.outputClaimsTransformations),
    refList("ValidationTechnicalProfiles", "ValidationTechnicalProfile", spec.validationProfiles),
    spec.subjectNamingInfo !== undefined && el("SubjectNamingInfo", { ClaimType: spec.subjectNamingInfo }),
    spec.include !== undefined && el("IncludeTechnicalProfile", { ReferenceId: spec.include }),
    spec.session !== undefined &&
      el("UseTechnicalProfileForSessionManagement", { ReferenceId: spec.session }),
  ]);
}

/** A ClaimsProvider grouping technical profiles, optionally bound to a `domain_hint` domain. */
export function claimsProvider(
  displayName: string,
  profiles: readonly XmlElement[],
  domain?: string,
): XmlElement {
  return el("ClaimsProvider", {}, [
    domain !== undefined && textEl("Domain", domain),
    textEl("DisplayName", displayName),
    el("TechnicalProfiles", {}, profiles),
  ]);
}

/** Wraps children in `<ClaimsProviders>`, or nothing when there are none. */
export function claimsProviders(children: readonly XmlChildInput[]): XmlElement | undefined {
  const root = el("ClaimsProviders", {}, children);
  return root.children.length === 0 ? undefined : root;
}

export interface PolicyDocumentSpec {
  tenantId: string;
  policyId: string;
  basePolicyId?: string;
  deploymentMode?: string;
  userJourneyRecorderEndpoint?: string;
  /** Sections after BasePolicy, in schema order (BuildingBlocks, ClaimsProviders, UserJourneys, SubJourneys, RelyingParty). */
  sections: readonly XmlChildInput[];
}

/** The `TrustFrameworkPolicy` root element. */
export function policyDocument(spec: PolicyDocumentSpec): XmlElement {
  return el(
    "TrustFrameworkPolicy",
    {
      PolicySchemaVersion: POLICY_SCHEMA_VERSION,
      TenantId: spec.tenantId,
      PolicyId: spec.policyId,
      PublicPolicyUri: `http://${spec.tenantId}/${spec.policyId}`,
      DeploymentMode: spec.deploymentMode,
      UserJourneyRecorderEndpoint: spec.userJourneyRecorderEndpoint,
    },
    [
      spec.basePolicyId !== undefined &&
        el("BasePolicy", {}, [textEl("TenantId", spec.tenantId), textEl("PolicyId", spec.basePolicyId)]),
      ...spec.sections,
    ],
  );
}
