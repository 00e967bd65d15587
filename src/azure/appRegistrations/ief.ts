import * as azuread from "@pulumi/azuread";
import type * as pulumi from "@pulumi/pulumi";
import { inTenant } from "../directory/provider";
import { type AzureScope, nameFor } from "../scope";
import { MICROSOFT_GRAPH } from "./clients";
import { uuidV5 } from "./uuid";

/** The scope the proxy app uses on the IEF app when local accounts sign in (custom policies). */
export const IEF_SCOPE = "user_impersonation";

export interface IdentityExperienceFramework {
  readonly appId: pulumi.Output<string>;
  readonly proxyAppId: pulumi.Output<string>;
}

const graphSignIn = {
  resourceAppId: MICROSOFT_GRAPH.appId,
  resourceAccesses: [
    { id: MICROSOFT_GRAPH.openid, type: "Scope" },
    { id: MICROSOFT_GRAPH.offlineAccess, type: "Scope" },
  ],
};

/**
 * The two registrations custom policies sign local accounts in through: IdentityExperienceFramework
 * (a web API exposing `user_impersonation`) and ProxyIdentityExperienceFramework (a public client
 * granted that scope). Their app IDs go into the generated policies.
 */
export function createIdentityExperienceFramework(
  scope: AzureScope,
  provider: azuread.Provider,
): IdentityExperienceFramework {
  const t = scope.config.azure.directory.domainName;
  const uri = `https://${t}.onmicrosoft.com/${scope.config.name}-ief`;
  const scopeId = uuidV5(`${uri}#scope:${IEF_SCOPE}`);
  const opts = () => inTenant(scope, provider);
  const ief = new azuread.Application(
    `${scope.name}-ief-app`,
    {
      displayName: nameFor(scope, "IdentityExperienceFramework"),
      signInAudience: "AzureADMyOrg",
      identifierUris: [uri],
      web: { redirectUris: [`https://${t}.b2clogin.com/${t}.onmicrosoft.com`] },
      api: {
        oauth2PermissionScopes: [
          {
            id: scopeId,
            value: IEF_SCOPE,
            type: "Admin",
            enabled: true,
            adminConsentDisplayName: "Access IdentityExperienceFramework",
            adminConsentDescription: "Lets the custom policies sign local accounts in.",
          },
        ],
      },
      requiredResourceAccesses: [graphSignIn],
    },
    opts(),
  );
  const proxy = new azuread.Application(
    `${scope.name}-ief-proxy-app`,
    {
      displayName: nameFor(scope, "ProxyIdentityExperienceFramework"),
      signInAudience: "AzureADMyOrg",
      publicClient: { redirectUris: ["myapp://auth"] },
      fallbackPublicClientEnabled: true,
      requiredResourceAccesses: [
        graphSignIn,
        { resourceAppId: ief.clientId, resourceAccesses: [{ id: scopeId, type: "Scope" }] },
      ],
    },
    opts(),
  );
  const iefPrincipal = new azuread.ServicePrincipal(
    `${scope.name}-ief-sp`,
    { clientId: ief.clientId },
    opts(),
  );
  const proxyPrincipal = new azuread.ServicePrincipal(
    `${scope.name}-ief-proxy-sp`,
    { clientId: proxy.clientId },
    opts(),
  );
  new azuread.ServicePrincipalDelegatedPermissionGrant(
    `${scope.name}-ief-proxy-consent`,
    {
      servicePrincipalObjectId: proxyPrincipal.objectId,
      resourceServicePrincipalObjectId: iefPrincipal.objectId,
      claimValues: [IEF_SCOPE],
    },
    opts(),
  );
  return { appId: ief.clientId, proxyAppId: proxy.clientId };
}
