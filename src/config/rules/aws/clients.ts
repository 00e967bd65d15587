import { type ConfigProblem, problem } from "../../problems";
import type { AwsPlatformConfig } from "../../schema/root";
import {
  COGNITO_MAX_CLIENT_SCOPES,
  COGNITO_MAX_RESOURCE_SERVER_SCOPES,
  COGNITO_OPENID_SCOPES,
} from "./limits";

/**
 * Cognito's scope caps: a resource server holds at most 100 scopes, an app client at most 50
 * allowed OAuth scopes; interactive clients also ask for openid, email and profile.
 */
export function clientScopeCounts(config: AwsPlatformConfig): ConfigProblem[] {
  const all = Object.keys(config.api?.scopes ?? {});
  const openid = COGNITO_OPENID_SCOPES.length;
  const interactive = (["web", "spa", "mobile"] as const).flatMap((channel) => {
    const client = config.clients[channel];
    const scopes = client?.scopes ?? all;
    return client && scopes.length + openid > COGNITO_MAX_CLIENT_SCOPES
      ? [
          problem(
            `clients.${channel}.scopes`,
            `must list at most ${COGNITO_MAX_CLIENT_SCOPES - openid} API scopes (Cognito allows ${COGNITO_MAX_CLIENT_SCOPES} per client, with ${COGNITO_OPENID_SCOPES.join(", ")})`,
            scopes.length,
          ),
        ]
      : [];
  });
  const machine = config.clients.machine?.scopes ?? [];
  return [
    ...(all.length > COGNITO_MAX_RESOURCE_SERVER_SCOPES
      ? [
          problem(
            "api.scopes",
            `must declare at most ${COGNITO_MAX_RESOURCE_SERVER_SCOPES} scopes (a Cognito resource server holds ${COGNITO_MAX_RESOURCE_SERVER_SCOPES})`,
            all.length,
          ),
        ]
      : []),
    ...interactive,
    ...(machine.length > COGNITO_MAX_CLIENT_SCOPES
      ? [
          problem(
            "clients.machine.scopes",
            `must list at most ${COGNITO_MAX_CLIENT_SCOPES} API scopes (Cognito allows ${COGNITO_MAX_CLIENT_SCOPES} per client)`,
            machine.length,
          ),
        ]
      : []),
  ];
}

/**
 * Cognito takes http only for localhost (CreateUserPoolClient, CallbackURLs): a loopback address
 * such as http://127.0.0.1, which the configuration admits for other clouds, is refused.
 */
export function cognitoRedirects(config: AwsPlatformConfig): ConfigProblem[] {
  return (["web", "spa", "mobile"] as const).flatMap((channel) => {
    const client = config.clients[channel];
    if (!client) return [];
    const urls = [
      ...client.callbackUrls.map((url, i) => [`clients.${channel}.callbackUrls[${i}]`, url] as const),
      ...client.logoutUrls.map((url, i) => [`clients.${channel}.logoutUrls[${i}]`, url] as const),
    ];
    return urls.flatMap(([path, url]) =>
      cognitoAcceptsRedirect(url)
        ? []
        : [problem(path, "must use https on Amazon Cognito; http is allowed only for http://localhost", url)],
    );
  });
}

/** Cognito's rule for callback and sign-out URLs: https, http only for localhost, or an app scheme. */
export function cognitoAcceptsRedirect(url: string): boolean {
  if (!url.toLowerCase().startsWith("http:")) return true;
  try {
    return new URL(url).hostname === "localhost";
  } catch {
    return false;
  }
}
