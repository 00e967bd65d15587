import * as cdn from "@pulumi/azure-native/cdn";
import type { AzureConfig, AzureScope } from "../scope";
import type { FrontDoor } from "./profile";
import { HTTPS_ONLY, type SingleOrigin, singleOrigin } from "./routes";

/**
 * A Front Door managed certificate on the custom domain, with the newest predefined TLS policy
 * (TLS 1.2 minimum, TLS 1.3 preferred, GCM ciphers only:
 * MicrosoftDocs/azure-docs articles/frontdoor/standard-premium/tls-policy.md).
 */
export const SIGN_IN_TLS = {
  certificateType: "ManagedCertificate",
  minimumTlsVersion: "TLS12" as const,
  cipherSuiteSetType: "TLS12_2023",
};

/**
 * The tenant's own front end, which Front Door forwards sign-in traffic to:
 * `{tenant}.b2clogin.com` (B2C) or `{tenant}.ciamlogin.com` (External ID), per Microsoft's
 * custom-domain instructions for each.
 */
export function tenantHost(config: AzureConfig): string {
  const d = config.azure.directory;
  return `${d.domainName}.${d.mode === "b2c" ? "b2clogin.com" : "ciamlogin.com"}`;
}

/** A custom domain's resource name: its host name with dots as hyphens (`login-hanbit-co-kr`). */
export function customDomainName(host: string): string {
  return host.replace(/\./g, "-");
}

export interface SignInDomain extends SingleOrigin {
  readonly domain: cdn.AFDCustomDomain;
  readonly route: cdn.Route;
}

/**
 * The tenant's sign-in pages on a custom domain, as Microsoft documents it for B2C
 * (articles/active-directory-b2c/custom-domain.md) and External ID
 * (docs/external-id/customers/how-to-custom-url-domain.md): the domain with a managed
 * certificate (validated by a `_dnsauth` TXT record the user creates), the tenant's front end
 * as origin with the same host header, and a route on that domain only, caching off.
 */
export function createSignInDomain(scope: AzureScope, fd: FrontDoor): SignInDomain | undefined {
  const host = fd.config.signInDomain;
  if (!host) return undefined;
  const { name, parent } = scope;
  const common = { resourceGroupName: scope.resourceGroupName, profileName: fd.profile.name };
  const domain = new cdn.AFDCustomDomain(
    `${name}-signin-domain`,
    { ...common, customDomainName: customDomainName(host), hostName: host, tlsSettings: SIGN_IN_TLS },
    { parent },
  );
  const tenant = singleOrigin(
    scope,
    fd,
    { logical: "signin", group: "signin", origin: "tenant" },
    tenantHost(scope.config),
  );
  const route = new cdn.Route(
    `${name}-signin-route`,
    {
      ...common,
      endpointName: fd.endpoint.name,
      routeName: "signin",
      originGroup: { id: tenant.group.id },
      customDomains: [{ id: domain.id }],
      linkToDefaultDomain: "Disabled",
      patternsToMatch: ["/*"],
      ...HTTPS_ONLY,
    },
    { parent, dependsOn: [tenant.origin] },
  );
  return { ...tenant, domain, route };
}
