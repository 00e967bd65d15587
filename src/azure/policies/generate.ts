import { renderXml, type XmlElement } from "../../xml";
import { baseDocument, extensionsDocument, localizationDocument, relyingPartyDocument } from "./documents";
import { POLICY_NAMESPACE } from "./dsl";
import { policyIds, type ResolvedSettings, resolveSettings } from "./resolve";
import type { CustomPolicySettings } from "./settings";

/** A policy's place in the set: its ID and the policy it inherits from. */
export interface PolicyLink {
  policyId: string;
  /** The policy this one inherits from; absent for the Base policy. */
  basePolicyId?: string;
}

/** One policy document ready for `PUT trustFramework/policies/{policyId}/$value`. */
export interface GeneratedPolicy extends PolicyLink {
  /** UTF-8 XML text (`Content-Type: application/xml`). */
  xml: string;
}

/** The set in upload (inheritance) order, each policy with the function that builds its tree. */
function policySet(s: ResolvedSettings): Array<PolicyLink & { tree: () => XmlElement }> {
  const ids = policyIds(s);
  return [
    { policyId: ids.base, tree: () => baseDocument(s) },
    { policyId: ids.localization, basePolicyId: ids.base, tree: () => localizationDocument(s) },
    { policyId: ids.extensions, basePolicyId: ids.localization, tree: () => extensionsDocument(s) },
    {
      policyId: ids.signUpOrSignIn,
      basePolicyId: ids.extensions,
      tree: () => relyingPartyDocument(s, "signUpOrSignIn"),
    },
    {
      policyId: ids.passwordReset,
      basePolicyId: ids.extensions,
      tree: () => relyingPartyDocument(s, "passwordReset"),
    },
    {
      policyId: ids.profileEdit,
      basePolicyId: ids.extensions,
      tree: () => relyingPartyDocument(s, "profileEdit"),
    },
  ];
}

/**
 * The IDs and inheritance of the policy set {@link generateCustomPolicies} generates, in
 * the same order, without building or rendering a document (a plan needs them before the
 * IEF app IDs are known).
 *
 * @throws PolicySettingsError when a setting is out of range (the message lists every one)
 */
export function customPolicyChain(settings: CustomPolicySettings): PolicyLink[] {
  return policySet(resolveSettings(settings)).map(({ tree: _tree, ...link }) => link);
}

/**
 * Generates the Azure AD B2C custom policy set for the settings, in upload (inheritance)
 * order: TrustFrameworkBase, TrustFrameworkLocalization, TrustFrameworkExtensions, then the
 * relying parties SignUpOrSignin, PasswordReset and ProfileEdit.
 *
 * @throws PolicySettingsError when a setting is out of range (the message lists every one)
 */
export function generateCustomPolicies(settings: CustomPolicySettings): GeneratedPolicy[] {
  return policySet(resolveSettings(settings)).map(({ tree, ...link }) => ({
    ...link,
    xml: renderXml(tree(), { namespace: POLICY_NAMESPACE }),
  }));
}
