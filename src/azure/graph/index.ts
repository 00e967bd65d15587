/**
 * Azure AD B2C / Entra External ID objects that have no ARM resource, managed as Pulumi
 * dynamic resources over Microsoft Graph. See each module for what Graph does and does not
 * expose, and `GRAPH_PERMISSIONS` for what the deploying app needs.
 */
export {
  B2C_USER_FLOW_TYPE_VERSIONS,
  B2C_USER_FLOW_TYPES,
  B2CUserFlow,
  type B2CUserFlowArgs,
} from "./b2cUserFlow";
export { DEFAULT_RETRY, type GraphClient, type RetryPolicy } from "./client";
export { DEFAULT_GRAPH_ENDPOINT, type GraphConnection, type GraphConnectionArgs } from "./connection";
export { GRAPH_PERMISSIONS, type GraphPermission, GraphRequestError } from "./errors";
export { ExternalIdSignUpFlow, type ExternalIdSignUpFlowArgs } from "./externalIdSignUpFlow";
export { KEY_SOURCES, KEY_TYPES, KEY_USES, PolicyKeySet, type PolicyKeySetArgs } from "./policyKeySet";
export {
  SOCIAL_IDP_TYPES,
  SocialIdentityProvider,
  type SocialIdentityProviderArgs,
} from "./socialIdentityProvider";
export { TrustFrameworkPolicy, type TrustFrameworkPolicyArgs } from "./trustFrameworkPolicy";
export {
  UserFlowIdentityProviderLink,
  type UserFlowIdentityProviderLinkArgs,
} from "./userFlowIdentityProviderLink";
