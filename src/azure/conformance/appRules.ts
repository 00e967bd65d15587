/** The azuread provider's plan-time checks on an application that need more than one input. */
import {
  PERSONAL_ACCOUNT_AUDIENCE,
  PERSONAL_ACCOUNT_LIMITS,
  PERSONAL_ACCOUNT_SOURCE,
  REDIRECT_URI_MAX_LENGTH,
  REDIRECT_URI_SOURCE,
} from "../../config/rules/azure/limits";
import type { CheckedResource } from "../../platform/checks";
import { eachValue } from "../../platform/constraintKinds";
import type { Constraint } from "../../platform/constraints";
import { TF_AZUREAD } from "./common";

const APP = "azuread:index/application:Application";

type Permission = { id?: string; value?: string; description?: string; displayName?: string };
type Scope = Permission & {
  adminConsentDescription?: string;
  adminConsentDisplayName?: string;
  type?: string;
};
const personal = (r: CheckedResource) => r.props.signInAudience === PERSONAL_ACCOUNT_AUDIENCE;
const scopesOf = (r: CheckedResource) =>
  ((r.props.api as { oauth2PermissionScopes?: Scope[] } | undefined)?.oauth2PermissionScopes ??
    []) as Scope[];
const rolesOf = (r: CheckedResource) => (r.props.appRoles ?? []) as Permission[];

/** Go's url.Parse for the parts the provider reads: scheme, host and path. */
function uriParts(uri: string): { scheme: string; host: string; path: string } | undefined {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)/.exec(uri);
  return m ? { scheme: (m[1] ?? "").toLowerCase(), host: m[2] ?? "", path: m[3] ?? "" } : undefined;
}

/** IsRedirectUriFunc: a host, for web/SPA an http(s)-like scheme and a trailing slash when there is no path. */
function redirectProblem(uri: string, anyScheme: boolean): string | undefined {
  const u = uriParts(uri);
  if (!u || u.host === "") return "has no host";
  if (uri.length > REDIRECT_URI_MAX_LENGTH) return `has ${uri.length} characters`;
  if (anyScheme) return undefined;
  if (!["http", "https", "ms-appx-web", "brk-multihub"].includes(u.scheme))
    return `has the scheme ${u.scheme}`;
  return u.path === "" ? "has no path (not even /)" : undefined;
}

export function redirectRule(kind: "web" | "singlePageApplication" | "publicClient"): Constraint {
  return eachValue(
    {
      id: `app-redirect-uris-${kind === "singlePageApplication" ? "spa" : kind === "publicClient" ? "public" : "web"}`,
      type: APP,
      input: `${kind}.redirectUris[]`,
      source: REDIRECT_URI_SOURCE,
      rule:
        kind === "publicClient"
          ? `a URI with a host, at most ${REDIRECT_URI_MAX_LENGTH} characters`
          : `an http(s) URI with a host and a path, at most ${REDIRECT_URI_MAX_LENGTH} characters`,
    },
    (value) =>
      typeof value === "string" ? redirectProblem(value, kind === "publicClient") : "is not a string",
  );
}

/** Checks the azuread provider runs at plan time when personal accounts may sign in. */
export const personalAccountRule: Constraint = {
  id: "app-personal-account-limits",
  type: APP,
  input: "signInAudience",
  source: PERSONAL_ACCOUNT_SOURCE,
  rule: `with ${PERSONAL_ACCOUNT_AUDIENCE}: api.requestedAccessTokenVersion 2, at most ${PERSONAL_ACCOUNT_LIMITS.scopes} scopes of at most ${PERSONAL_ACCOUNT_LIMITS.scopeValueLength} characters, no urn: identifier URIs, at most ${PERSONAL_ACCOUNT_LIMITS.redirectUrisPerKind} redirect URIs per kind and no wildcard host, at most ${PERSONAL_ACCOUNT_LIMITS.permissionsPerResource} permissions per API and ${PERSONAL_ACCOUNT_LIMITS.permissionsInAll} in all`,
  violations: (r) => {
    if (!personal(r)) return [];
    const limits = PERSONAL_ACCOUNT_LIMITS;
    const out: string[] = [];
    const version = (r.props.api as { requestedAccessTokenVersion?: unknown } | undefined)
      ?.requestedAccessTokenVersion;
    if (version !== limits.accessTokenVersion)
      out.push(`api.requestedAccessTokenVersion is ${JSON.stringify(version)}`);
    const scopes = scopesOf(r);
    if (scopes.length > limits.scopes) out.push(`api.oauth2PermissionScopes has ${scopes.length} scopes`);
    for (const s of scopes)
      if ((s.value ?? "").length > limits.scopeValueLength)
        out.push(`the scope ${JSON.stringify(s.value)} is longer than ${limits.scopeValueLength}`);
    const uris = (r.props.identifierUris ?? []) as string[];
    if (uris.length > limits.identifierUris || uris.some((u) => u.startsWith("urn:")))
      out.push(`identifierUris ${JSON.stringify(uris)}`);
    for (const kind of ["web", "singlePageApplication", "publicClient"]) {
      const list = ((r.props[kind] as { redirectUris?: string[] } | undefined)?.redirectUris ??
        []) as string[];
      if (list.length > limits.redirectUrisPerKind) out.push(`${kind}.redirectUris has ${list.length} URIs`);
      for (const u of list)
        if (uriParts(u)?.host.includes("*")) out.push(`${kind}.redirectUris has the wildcard host ${u}`);
    }
    const access = (r.props.requiredResourceAccesses ?? []) as { resourceAccesses?: unknown[] }[];
    const counts = access.map((a) => a.resourceAccesses?.length ?? 0);
    if (access.length > limits.requiredResources)
      out.push(`requiredResourceAccesses has ${access.length} resources`);
    if (counts.some((n) => n > limits.permissionsPerResource))
      out.push(`a resource has ${Math.max(...counts)} permissions`);
    if (counts.reduce((a, b) => a + b, 0) > limits.permissionsInAll)
      out.push("more than 200 permissions in all");
    return out;
  },
};

/**
 * App roles and scopes share one namespace: a value used by both must keep one ID and the same
 * display name, description and state; two IDs or two values for one permission are refused.
 */
export const rolesAndScopesRule: Constraint = {
  id: "app-roles-scopes-unique",
  type: APP,
  input: "appRoles",
  source: `${TF_AZUREAD} internal/services/applications/applications.go (applicationValidateRolesScopes), Entra: "It contains duplicate value"`,
  rule: "one ID per value across appRoles and oauth2PermissionScopes, and one value per ID; a shared entry matches in display name, description and state",
  violations: (r) => {
    const entries = [
      ...rolesOf(r).map((p) => ({ id: p.id, value: p.value, text: [p.displayName, p.description] })),
      ...scopesOf(r).map((s) => ({
        id: s.id,
        value: s.value,
        text: [s.adminConsentDisplayName, s.adminConsentDescription],
      })),
    ];
    const out: string[] = [];
    entries.forEach((a, i) => {
      for (const b of entries.slice(i + 1)) {
        if (a.value === b.value && a.id !== b.id)
          out.push(`the value ${JSON.stringify(a.value)} has two IDs`);
        else if (a.id === b.id && a.value !== b.value) out.push(`the ID ${a.id} has two values`);
        else if (a.id === b.id && JSON.stringify(a.text) !== JSON.stringify(b.text))
          out.push(`the permission ${JSON.stringify(a.value)} differs between its app role and its scope`);
      }
    });
    return out;
  },
};
