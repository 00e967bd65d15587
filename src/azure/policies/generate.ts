import { renderXml } from "../../xml";
import { baseDocument, extensionsDocument, localizationDocument, relyingPartyDocument } from "./documents";
import { POLICY_NAMESPACE } from "./dsl";
import { policyIds, resolveSettings } from "./resolve";
import type { CustomPolicySettings } from "./settings";

/** One policy document ready for `PUT trustFramework/policies/{policyId}/$value`. */
export interface GeneratedPolicy {
  policyId: string;
  /** The policy this one inherits from; absent for the Base policy. */
  basePolicyId?: string;
  /** UTF-8 XML text (`Content-Type: application/xml`). */
  xml: string;
}

/**
 * Generates the Azure AD B2C custom policy set for the settings, in upload (inheritance)
 * order: TrustFrameworkBase, TrustFrameworkLocalization, TrustFrameworkExtensions, then the
 * relying parties SignUpOrSignin, PasswordReset and ProfileEdit.
 *
 * @throws PolicySettingsError when a setting is out of range (the message lists every one)
 */
export function generateCustomPolicies(settings: CustomPolicySettings): GeneratedPolicy[] {
  const s = resolveSettings(settings);
  const ids = policyIds(s);
  const render = (tree: Parameters<typeof renderXml>[0]) => renderXml(tree, { namespace: POLICY_NAMESPACE });
  return [
    { policyId: ids.base, xml: render(baseDocument(s)) },
    { policyId: ids.localization, basePolicyId: ids.base, xml: render(localizationDocument(s)) },
    { policyId: ids.extensions, basePolicyId: ids.localization, xml: render(extensionsDocument(s)) },
    {
      policyId: ids.signUpOrSignIn,
      basePolicyId: ids.extensions,
      xml: render(relyingPartyDocument(s, "signUpOrSignIn")),
    },
    {
      policyId: ids.passwordReset,
      basePolicyId: ids.extensions,
      xml: render(relyingPartyDocument(s, "passwordReset")),
    },
    {
      policyId: ids.profileEdit,
      basePolicyId: ids.extensions,
      xml: render(relyingPartyDocument(s, "profileEdit")),
    },
  ];
}
