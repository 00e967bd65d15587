import { type ConfigProblem, joinPath, problem } from "../../problems";
import type { AzurePlatformConfig } from "../../schema/root";
import { PERSONAL_ACCOUNT_LIMITS, REDIRECT_URI_MAX_LENGTH } from "./limits";

const INTERACTIVE = ["web", "spa", "mobile"] as const;
/** `scheme://authority` followed by a path: Go's url.Parse then has a non-empty Path. */
const WITH_PATH = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]+\//i;
/** `scheme://host...`: Go's url.Parse then has a non-empty Host. */
const WITH_HOST = /^[a-z][a-z0-9+.-]*:\/\/[^/?#:]+/i;

/**
 * Redirect URIs as the azuread provider validates them (limits.ts, REDIRECT_URI_SOURCE): web
 * and SPA URIs http(s) with a path (at least `/`), public-client URIs with a host, all at most
 * 256 characters; with B2C (personal accounts) no wildcard host.
 */
function redirectUris(config: AzurePlatformConfig): ConfigProblem[] {
  const b2c = config.azure.directory.mode === "b2c";
  return INTERACTIVE.flatMap((channel) =>
    (config.clients[channel]?.callbackUrls ?? []).flatMap((url, i) => {
      const at = joinPath(["clients", channel, "callbackUrls", i]);
      if (url.length > REDIRECT_URI_MAX_LENGTH)
        return [problem(at, `must be at most ${REDIRECT_URI_MAX_LENGTH} characters on Azure`, url)];
      if (channel === "mobile" && !WITH_HOST.test(url))
        return [
          problem(
            at,
            "must be a URL with a host (scheme://host/path, e.g. msauth.com.example.app://auth) on Azure: the azuread provider refuses redirect URIs without one",
            url,
          ),
        ];
      if (channel !== "mobile" && !/^https?:/i.test(url))
        return [
          problem(
            at,
            `must be an https:// URL (or http://localhost) for the ${channel} channel on Azure`,
            url,
          ),
        ];
      if (channel !== "mobile" && !WITH_PATH.test(url))
        return [problem(at, 'must have a path, at least "/" (https://app.example.com/), on Azure', url)];
      if (b2c && (url.split("://")[1] ?? "").split("/")[0]?.includes("*"))
        return [problem(at, "must not have a wildcard host with Azure AD B2C (personal accounts)", url)];
      return [];
    }),
  );
}

/**
 * B2C registers its applications for personal Microsoft accounts too, which caps scope names at
 * 40 characters, the API at 100 scopes and each client at 30 permissions on one API
 * (limits.ts, PERSONAL_ACCOUNT_SOURCE).
 */
function personalAccountLimits(config: AzurePlatformConfig): ConfigProblem[] {
  if (config.azure.directory.mode !== "b2c") return [];
  const limits = PERSONAL_ACCOUNT_LIMITS;
  const scopes = Object.keys(config.api?.scopes ?? {});
  const out = scopes
    .filter((s) => s.length > limits.scopeValueLength)
    .map((s) =>
      problem(
        joinPath(["api", "scopes", s]),
        `must be a scope name of at most ${limits.scopeValueLength} characters with Azure AD B2C`,
        s,
      ),
    );
  if (scopes.length > limits.scopes)
    out.push(
      problem(
        "api.scopes",
        `must declare at most ${limits.scopes} scopes with Azure AD B2C`,
        `${scopes.length} scopes`,
      ),
    );
  for (const channel of [...INTERACTIVE, "machine"] as const) {
    const client = config.clients[channel];
    if (!client) continue;
    const requested = client.scopes ?? scopes;
    if (requested.length > limits.permissionsPerResource)
      out.push(
        problem(
          joinPath(["clients", channel, "scopes"]),
          `must name at most ${limits.permissionsPerResource} API scopes with Azure AD B2C (the default is every scope of api.scopes)`,
          `${requested.length} scopes`,
        ),
      );
  }
  return out;
}

export function registrations(config: AzurePlatformConfig): ConfigProblem[] {
  return [...redirectUris(config), ...personalAccountLimits(config)];
}
