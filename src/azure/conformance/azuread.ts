import { matches, oneOf } from "../../platform/constraintKinds";
import type { ConformanceAudit } from "../../platform/constraints";
import { personalAccountRule, redirectRule, rolesAndScopesRule } from "./appRules";
import { fixed, TF_AZUREAD } from "./common";

const APP = "azuread:index/application:Application";
const PRINCIPAL = "azuread:index/servicePrincipal:ServicePrincipal";
const PASSWORD = "azuread:index/applicationPassword:ApplicationPassword";
const GRANT =
  "azuread:index/servicePrincipalDelegatedPermissionGrant:ServicePrincipalDelegatedPermissionGrant";
const ASSIGNMENT = "azuread:index/appRoleAssignment:AppRoleAssignment";
const RESOURCE = `${TF_AZUREAD} internal/services/applications/application_resource.go`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The provider's RoleScopeClaimValue: at most 249 characters, no leading dot, a limited character set. */
const claimValue = (id: string, input: string) =>
  matches(
    {
      id,
      type: APP,
      input,
      source: `${TF_AZUREAD} internal/services/applications/validate/tokens.go (RoleScopeClaimValue)`,
    },
    /^(?!\.)[A-Za-z0-9:!#$%&'()*+,./;<=>?@[\]^_`{|}~-]{1,249}$/,
    "1..249 characters of letters, digits and !#$%&'()*+,-./:;<=>?@[]^_`{|}~, not starting with a dot",
  );

const uuid = (id: string, type: string, input: string, source: string) =>
  matches({ id, type, input, source }, UUID, "a UUID");

/** Application registrations and their service principals, secrets, consents and role grants. */
export const AZUREAD_AUDIT: ConformanceAudit = {
  constraints: [
    matches(
      {
        id: "app-display-name",
        type: APP,
        input: "displayName",
        source: `${RESOURCE} (display_name: StringIsNotEmpty)`,
      },
      /\S/,
      "not empty",
    ),
    oneOf(
      {
        id: "app-sign-in-audience",
        type: APP,
        input: "signInAudience",
        source: `${RESOURCE} (sign_in_audience)`,
      },
      [
        "AzureADMyOrg",
        "AzureADMultipleOrgs",
        "AzureADandPersonalMicrosoftAccount",
        "PersonalMicrosoftAccount",
      ],
    ),
    personalAccountRule,
    oneOf(
      {
        id: "app-token-version",
        type: APP,
        input: "api.requestedAccessTokenVersion",
        source: `${RESOURCE} (requested_access_token_version: 1 or 2)`,
      },
      [1, 2],
    ),
    rolesAndScopesRule,
    claimValue("app-scope-value", "api.oauth2PermissionScopes[].value"),
    claimValue("app-role-value", "appRoles[].value"),
    oneOf(
      {
        id: "app-scope-type",
        type: APP,
        input: "api.oauth2PermissionScopes[].type",
        source: `${RESOURCE} (oauth2_permission_scope.type)`,
      },
      ["Admin", "User"],
    ),
    uuid(
      "app-scope-id",
      APP,
      "api.oauth2PermissionScopes[].id",
      `${RESOURCE} (oauth2_permission_scope.id: IsUUID)`,
    ),
    oneOf(
      {
        id: "app-role-member-types",
        type: APP,
        input: "appRoles[].allowedMemberTypes[]",
        source: `${RESOURCE} (app_role.allowed_member_types)`,
      },
      ["User", "Application"],
    ),
    uuid("app-role-id", APP, "appRoles[].id", `${RESOURCE} (app_role.id: IsUUID)`),
    oneOf(
      {
        id: "app-resource-access-type",
        type: APP,
        input: "requiredResourceAccesses[].resourceAccesses[].type",
        source: `${RESOURCE} (resource_access.type)`,
      },
      ["Scope", "Role"],
    ),
    uuid(
      "app-resource-access-id",
      APP,
      "requiredResourceAccesses[].resourceAccesses[].id",
      `${RESOURCE} (resource_access.id: IsUUID)`,
    ),
    redirectRule("web"),
    redirectRule("singlePageApplication"),
    redirectRule("publicClient"),
    uuid(
      "service-principal-client-id",
      PRINCIPAL,
      "clientId",
      `${TF_AZUREAD} internal/services/serviceprincipals/service_principal_resource.go (client_id: IsUUID)`,
    ),
    matches(
      {
        id: "app-password-application",
        type: PASSWORD,
        input: "applicationId",
        source: `${TF_AZUREAD} internal/services/applications/application_password_resource.go (application_id: ValidateApplicationID, /applications/{id})`,
      },
      /^\/applications\/[0-9a-f-]{36}$/i,
      "/applications/{object ID}",
    ),
    matches(
      {
        id: "app-password-end-date",
        type: PASSWORD,
        input: "endDate",
        source: `${TF_AZUREAD} internal/services/applications/application_password_resource.go (end_date: validation.IsRFC3339Time)`,
      },
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/,
      "an RFC 3339 date-time",
    ),
    uuid(
      "grant-principal",
      GRANT,
      "servicePrincipalObjectId",
      `${TF_AZUREAD} internal/services/serviceprincipals/service_principal_delegated_permission_grant_resource.go (IsUUID)`,
    ),
    uuid(
      "grant-resource",
      GRANT,
      "resourceServicePrincipalObjectId",
      `${TF_AZUREAD} internal/services/serviceprincipals/service_principal_delegated_permission_grant_resource.go (IsUUID)`,
    ),
    matches(
      {
        id: "grant-claim-values",
        type: GRANT,
        input: "claimValues[]",
        source: `${TF_AZUREAD} internal/services/serviceprincipals/service_principal_delegated_permission_grant_resource.go (claim_values: StringIsNotEmpty)`,
      },
      /\S/,
      "not empty",
    ),
    ...(["appRoleId", "principalObjectId", "resourceObjectId"] as const).map((input) =>
      uuid(
        `app-role-grant-${input.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
        ASSIGNMENT,
        input,
        `${TF_AZUREAD} internal/services/approleassignments/app_role_assignment_resource.go (IsUUID)`,
      ),
    ),
  ],
  unconstrained: [
    ...fixed(APP, {
      identifierUris:
        "https://{tenant}.onmicrosoft.com/{name}-api|-ief, non-empty (identifier_uris: StringIsNotEmpty); checked against urn: by app-personal-account-limits",
      fallbackPublicClientEnabled: "fixed by the program per channel, a boolean",
    }),
    ...fixed(PASSWORD, {
      displayName: '"auth-platform a" or "auth-platform b" (the rotation slot), free text (display_name)',
      rotateWhenChanged:
        "{ issued: the slot's RFC 3339 issue date }; a map of strings the provider only compares (rotate_when_changed: TypeMap of TypeString, ForceNew, no validation)",
    }),
  ],
};
