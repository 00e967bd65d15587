import { type BadCase, bad, HOSTILE, many, REMOVE } from "../support";

const WEB = "https://www.hanbit.co.kr";

/** The clients, session and api sections, on both clouds. */
export const CLIENTS_SESSION_API_CASES: readonly BadCase[] = [
  bad("aws", "no channel at all", "clients", {}, [
    'clients: must configure at least one channel of "web", "spa", "mobile", "machine"; received {}',
  ]),
  bad(
    "azure",
    "a web client without callback URLs",
    "clients.web.callbackUrls",
    [],
    ["clients.web.callbackUrls: must list at least one callback URL; received []"],
  ),
  bad(
    "aws",
    "a callback over plain http",
    "clients.web.callbackUrls",
    ["http://www.hanbit.co.kr/cb"],
    [
      'clients.web.callbackUrls[0]: must be an https:// URL, http://localhost for development, or an app scheme (com.example.app:/callback, myapp://callback); received "http://www.hanbit.co.kr/cb"',
    ],
  ),
  bad(
    "aws",
    "a javascript: callback",
    "clients.web.callbackUrls",
    ["javascript:alert(1)"],
    [
      'clients.web.callbackUrls[0]: must be an https:// URL, http://localhost for development, or an app scheme (com.example.app:/callback, myapp://callback); received "javascript:alert(1)"',
    ],
  ),
  bad(
    "azure",
    "a callback with a fragment",
    "clients.web.callbackUrls",
    [`${WEB}/cb#${HOSTILE.script}`],
    [
      'clients.web.callbackUrls[0]: must be an https:// URL, http://localhost for development, or an app scheme (com.example.app:/callback, myapp://callback); received "https://www.hanbit.co.kr/cb#<script>alert(\\"x\\")</script>"',
    ],
  ),
  bad(
    "aws",
    "10,000 callback URLs",
    "clients.spa.callbackUrls",
    many(10_000, `${WEB}/cb`),
    [
      'clients.spa.callbackUrls: must not list "https://www.hanbit.co.kr/cb" more than once; received ["https://www.hanbit.co.kr/cb","https://www.hanbit.co.kr/cb","https://www.hanbit… (300001 characters)',
    ],
    { cli: true },
  ),
  bad(
    "aws",
    "a 100 KB callback URL",
    "clients.web.callbackUrls",
    [`https://${HOSTILE.huge}.example`],
    [
      'clients.web.callbackUrls[0]: must be a URL of at most 1024 characters; received "https://xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (100018 characters)',
    ],
  ),
  bad(
    "aws",
    "a relative logout URL",
    "clients.mobile.logoutUrls",
    [HOSTILE.traversal],
    [
      'clients.mobile.logoutUrls[0]: must be an https:// URL, http://localhost for development, or an app scheme (com.example.app:/callback, myapp://callback); received "../../etc/passwd"',
    ],
  ),
  bad(
    "azure",
    "a file: callback",
    "clients.mobile.callbackUrls",
    ["file:///etc/passwd"],
    [
      'clients.mobile.callbackUrls[0]: must be an https:// URL, http://localhost for development, or an app scheme (com.example.app:/callback, myapp://callback); received "file:///etc/passwd"',
    ],
  ),
  bad(
    "aws",
    "a callback with credentials",
    "clients.web.callbackUrls",
    ["https://user:pw@www.hanbit.co.kr/cb"],
    [
      'clients.web.callbackUrls[0]: must be an https:// URL, http://localhost for development, or an app scheme (com.example.app:/callback, myapp://callback); received "https://user:pw@www.hanbit.co.kr/cb"',
    ],
  ),
  bad(
    "aws",
    "an undeclared client scope",
    "clients.web.scopes",
    ["orders.read", "orders.delete"],
    [
      'clients.web.scopes[1]: must be declared in api.scopes (orders.read, orders.write, profile.read, partner.orders.read); received "orders.delete"',
    ],
  ),
  bad(
    "aws",
    "an upper-case client scope",
    "clients.web.scopes",
    ["Orders.Read"],
    [
      'clients.web.scopes[0]: must be a scope name of 1..64 lowercase letters, digits, dots, hyphens or underscores; received "Orders.Read"',
    ],
  ),
  bad(
    "azure",
    "a machine client without scopes",
    "clients.machine.scopes",
    [],
    ["clients.machine.scopes: must list at least one API scope from api.scopes; received []"],
  ),
  bad("aws", "an unknown channel", "clients.tv", { callbackUrls: [`${WEB}/tv`] }, [
    "clients.tv: unknown key; allowed keys: web, spa, mobile, machine",
  ]),
  bad(
    "azure",
    "a typo in a client key",
    "clients.web.callbackUrl",
    [`${WEB}/cb`],
    [
      'clients.web.callbackUrl: unknown key; did you mean "callbackUrls"? allowed keys: callbackUrls, logoutUrls, scopes',
    ],
  ),
  bad("aws", "a client as a URL", "clients.web", `${WEB}/cb`, [
    'clients.web: must be a map of keys to values; received "https://www.hanbit.co.kr/cb"',
  ]),
  bad("aws", "a duration without a unit", "session.idleTimeout", "30", [
    'session.idleTimeout: must be a duration such as "90s", "15m", "12h" or "30d"; received "30"',
  ]),
  bad("aws", "a number as a duration", "session.idleTimeout", 30, [
    'session.idleTimeout: must be a duration such as "90s", "15m", "12h" or "30d"; received 30',
  ]),
  bad(
    "aws",
    "an access token longer than allowed",
    "session.accessTokenLifetime",
    "2d",
    [
      'session.accessTokenLifetime: must not be longer than session.refreshTokenLifetime (1d); received "2d"',
      'session.accessTokenLifetime: must be at most 1h for short-lived bearer tokens (OWASP; the policy pack\'s short-lived-tokens); received "2d"',
      'session.accessTokenLifetime: must be between 5m and 1d (inclusive) for Amazon Cognito; received "2d"',
    ],
    { cli: true },
  ),
  bad("aws", "an access token shorter than allowed", "session.accessTokenLifetime", "1m", [
    'session.accessTokenLifetime: must be between 5m and 1d (inclusive) for Amazon Cognito; received "1m"',
  ]),
  bad("azure", "a refresh token longer than B2C allows", "session.refreshTokenLifetime", "91d", [
    'session.refreshTokenLifetime: must be between 1d and 90d (inclusive) for Azure AD B2C; received "91d"',
  ]),
  bad("azure", "a web session longer than B2C allows", "session.absoluteTimeout", "2d", [
    'session.absoluteTimeout: must be at most 12h for NIST SP 800-63B AAL2 reauthentication (the policy pack\'s session-timeouts-aal2); received "2d"',
    'session.absoluteTimeout: must be between 15m and 1d (inclusive) for the B2C web session (SessionExpiryInSeconds); received "2d"',
  ]),
  bad("aws", "a rotation grace period over a minute", "session.refreshTokenRotation.gracePeriod", "2m", [
    'session.refreshTokenRotation.gracePeriod: must be between 0s and 60s for Amazon Cognito; received "2m"',
  ]),
  bad("aws", "rotation switched on with text", "session.refreshTokenRotation.enabled", "on", [
    'session.refreshTokenRotation.enabled: must be a boolean; received "on"',
  ]),
  bad("aws", "an idle timeout longer than the absolute one", "session.idleTimeout", "13h", [
    'session.idleTimeout: must not be longer than session.absoluteTimeout (12h); received "13h"',
    'session.idleTimeout: must be at most 30m for NIST SP 800-63B AAL2 reauthentication (the policy pack\'s session-timeouts-aal2); received "13h"',
  ]),
  bad("aws", "a negative duration", "session.idleTimeout", "-5m", [
    'session.idleTimeout: must be a duration such as "90s", "15m", "12h" or "30d"; received "-5m"',
  ]),
  bad("azure", "a duration of seven digits", "session.idleTimeout", "9999999d", [
    'session.idleTimeout: must be a duration such as "90s", "15m", "12h" or "30d"; received "9999999d"',
  ]),
  bad(
    "azure",
    "a template as a duration",
    "session.idleTimeout",
    HOSTILE.template,
    [
      `session.idleTimeout: must be a duration such as "90s", "15m", "12h" or "30d"; received "${HOSTILE.template}"`,
    ],
    { cli: true },
  ),
  bad("aws", "a typo in a session key", "session.idelTimeout", "30m", [
    'session.idelTimeout: unknown key; did you mean "idleTimeout"? allowed keys: accessTokenLifetime, idTokenLifetime, refreshTokenLifetime, refreshTokenRotation, idleTimeout, absoluteTimeout',
  ]),
  bad("aws", "the session as a duration", "session", "15m", [
    'session: must be a map of keys to values; received "15m"',
  ]),
  bad("aws", "an http upstream", "api.upstreamUrl", "http://orders.internal.hanbit.co.kr", [
    'api.upstreamUrl: must be an https:// URL; received "http://orders.internal.hanbit.co.kr"',
  ]),
  bad("azure", "a 100 KB upstream URL", "api.upstreamUrl", `https://orders.example/${HOSTILE.huge}`, [
    'api.upstreamUrl: must be an https:// URL of at most 1024 characters; received "https://orders.example/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (100025 characters)',
  ]),
  bad("aws", "a relative upstream", "api.upstreamUrl", "../orders", [
    'api.upstreamUrl: must be an https:// URL; received "../orders"',
  ]),
  bad("aws", "no upstream", "api.upstreamUrl", REMOVE, [
    "api.upstreamUrl: is required (must be an https:// URL)",
  ]),
  bad("aws", "no API scope", "api.scopes", {}, ["api.scopes: must declare at least one scope; received {}"]),
  bad("aws", "a 100 KB scope description", 'api.scopes["orders.read"]', HOSTILE.huge, [
    'api.scopes["orders.read"]: must be text of 1..256 characters; received "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (100002 characters)',
  ]),
  bad("azure", "a NUL in a scope description", 'api.scopes["orders.read"]', HOSTILE.nul, [
    'api.scopes["orders.read"]: must not contain control characters or bidirectional overrides; received "nul\\u0000byte"',
  ]),
  bad(
    "aws",
    "a newline in a scope description",
    'api.scopes["orders.read"]',
    HOSTILE.newline,
    [
      'api.scopes["orders.read"]: must not contain control characters or bidirectional overrides; received "line\\nbreak"',
    ],
    { cli: true },
  ),
  bad("aws", "an empty scope description", 'api.scopes["orders.read"]', "", [
    'api.scopes["orders.read"]: must be text of 1..256 characters; received ""',
  ]),
  bad("aws", "an unknown HTTP method", "api.routes[0].method", "FETCH", [
    'api.routes[0].method: must be one of "GET", "POST", "PUT", "PATCH", "DELETE", "ANY"; received "FETCH"',
  ]),
  bad("aws", "a route path without a slash", "api.routes[0].path", "orders", [
    'api.routes[0].path: must be a path of /segments or /{parameters}, such as /orders/{id}; received "orders"',
  ]),
  bad("azure", "a mustache template in a route path", "api.routes[1].path", "/orders/{{id}}", [
    'api.routes[1].path: must be a path of /segments or /{parameters}, such as /orders/{id}; received "/orders/{{id}}"',
  ]),
  bad("aws", "markup in a route path", "api.routes[0].path", `/orders/${HOSTILE.script}`, [
    'api.routes[0].path: must be a path of /segments or /{parameters}, such as /orders/{id}; received "/orders/<script>alert(\\"x\\")</script>"',
  ]),
  bad(
    "aws",
    "a route without scopes",
    "api.routes[0].scopes",
    [],
    ["api.routes[0].scopes: must list at least one scope from api.scopes; received []"],
  ),
  bad(
    "azure",
    "a route with an undeclared scope",
    "api.routes[0].scopes",
    ["orders.delete"],
    [
      'api.routes[0].scopes[0]: must be declared in api.scopes (orders.read, orders.write, profile.read, partner.orders.read); received "orders.delete"',
    ],
  ),
  bad(
    "aws",
    "10,000 routes",
    "api.routes",
    many(10_000, { method: "GET", path: "/orders", scopes: ["orders.read"] }),
    [
      'api.routes: must have at most 300 items; received [{"method":"GET","path":"/orders","scopes":["orders.read"]},{"method":"GET","pat… (590001 characters)',
    ],
  ),
  bad("aws", "a zero rate limit", "api.throttling.rateLimit", 0, [
    "api.throttling.rateLimit: must be at least 1; received 0",
  ]),
  bad("aws", "a burst over the account limit", "api.throttling.burstLimit", 5001, [
    "api.throttling.burstLimit: must be at most 5000; received 5001",
  ]),
  bad("azure", "a fractional rate limit", "api.throttling.rateLimit", 1.5, [
    "api.throttling.rateLimit: must be a whole number; received 1.5",
  ]),
  bad(
    "aws",
    "a wildcard CORS origin",
    "api.cors.allowOrigins",
    ["*"],
    [
      'api.cors.allowOrigins[0]: must be an https origin such as https://app.example.com (no path, query or wildcard); received "*"',
    ],
  ),
  bad(
    "azure",
    "an http CORS origin",
    "api.cors.allowOrigins",
    ["http://app.hanbit.co.kr"],
    [
      'api.cors.allowOrigins[0]: must be an https origin such as https://app.example.com (no path, query or wildcard); received "http://app.hanbit.co.kr"',
    ],
  ),
  bad(
    "aws",
    "a header name with CRLF",
    "api.cors.allowHeaders",
    [HOSTILE.crlf],
    [
      'api.cors.allowHeaders[0]: must not contain control characters or bidirectional overrides; received "Hanbit\\r\\nX-Injected: 1"',
    ],
  ),
  bad(
    "azure",
    "an unknown CORS method",
    "api.cors.allowMethods",
    ["TRACE"],
    [
      'api.cors.allowMethods[0]: must be one of "GET", "POST", "PUT", "PATCH", "DELETE", "ANY"; received "TRACE"',
    ],
  ),
  bad("aws", "a CORS max age in words", "api.cors.maxAge", "10 minutes", [
    'api.cors.maxAge: must be a duration such as "90s", "15m", "12h" or "30d"; received "10 minutes"',
  ]),
  bad(
    "aws",
    "a typo in an api key",
    "api.routez",
    [],
    [
      'api.routez: unknown key; did you mean "routes"? allowed keys: upstreamUrl, scopes, routes, throttling, cors',
    ],
  ),
];
