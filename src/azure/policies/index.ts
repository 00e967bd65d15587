export { PolicySettingsError } from "./checks";
export { POLICY_NAMESPACE, POLICY_SCHEMA_VERSION } from "./dsl";
export { customPolicyChain, type GeneratedPolicy, generateCustomPolicies, type PolicyLink } from "./generate";
export {
  type CertificateKeySet,
  type GeneratedKeySet,
  type ProviderSecretKeySet,
  type RequiredKeySet,
  requiredKeySets,
} from "./keysets";
export * from "./settings";
