import { checkString, checkUrl, show } from "../config/checks.js";
import { ConfigError } from "../errors.js";

/**
 * Session cookies the load balancer may have set: it shards a cookie above 4 KB and refuses
 * claims and token above 11 KB, so at most three shards (-0, -1, -2); one more is expired to be safe.
 */
export const ALB_SESSION_COOKIE_SHARDS = 4;

export interface AlbSignOutOptions {
  /** `aws.loadBalancer.sessionCookieName`. @default "AWSELBAuthSessionCookie" */
  cookieName?: string;
  /** The stack output `signInUrl` (Cognito's `/oauth2/authorize`); its origin hosts `/logout`. */
  signInUrl: string;
  /** The web client's ID (`clientIds.web`). */
  clientId: string;
  /** Where Cognito sends the user afterwards: `https://<domain><aws.loadBalancer.signedOutPath>`. */
  logoutUri: string;
}

/** What the application answers to a sign-out request. */
export interface AlbSignOut {
  /** One `Set-Cookie` value per session-cookie shard, each expiring it at once. */
  setCookie: string[];
  /** Cognito's logout endpoint: it ends the hosted session and returns to `logoutUri`. */
  location: string;
}

/**
 * Signs a user out of an application behind the load balancer, as AWS documents it: expire the
 * load balancer's session cookies and redirect to the identity provider's logout endpoint, which
 * also ends the Cognito session (otherwise the next request would sign the user straight back in).
 */
export function albSignOut(options: AlbSignOutOptions): AlbSignOut {
  const name = options.cookieName ?? "AWSELBAuthSessionCookie";
  if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$/.test(name)) {
    throw new ConfigError(
      "cookieName",
      `must be 1..64 cookie-name characters (RFC 6265 token); received ${show(name)}`,
    );
  }
  const origin = checkUrl("signInUrl", options.signInUrl).origin;
  const clientId = checkString("clientId", options.clientId);
  const logoutUri = checkUrl("logoutUri", options.logoutUri).href;
  const query = new URLSearchParams({ client_id: clientId, logout_uri: logoutUri });
  return {
    setCookie: Array.from(
      { length: ALB_SESSION_COOKIE_SHARDS },
      (_, i) => `${name}-${i}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Secure; HttpOnly`,
    ),
    location: `${origin}/logout?${query.toString()}`,
  };
}
