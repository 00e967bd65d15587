import { ConfigError } from "../errors.js";
import { checkInteger, checkOneOf, checkString, checkUrl, isLoopback } from "./checks.js";

/** Clouds the platform deploys to. */
export const CLOUDS = ["aws", "azure"] as const;
export type Cloud = (typeof CLOUDS)[number];

/** App-client channels; one client ID each. Mirrors the platform contract. */
export const CHANNELS = ["web", "spa", "mobile", "machine"] as const;
export type Channel = (typeof CHANNELS)[number];

/** How applications authenticate to the session store. Mirrors the platform contract. */
export const SESSION_AUTH_MODES = ["entra", "iam", "password"] as const;
export type SessionAuthMode = (typeof SESSION_AUTH_MODES)[number];

/** Session store connection facts (stack output `sessionStore`). Mirrors `SessionStoreFacts`. */
export interface SessionStoreFacts {
  host: string;
  port: number;
  tls: boolean;
  authMode: SessionAuthMode;
  keyPrefix: string;
  idleTimeoutSeconds: number;
  absoluteTimeoutSeconds: number;
  /** The user to authenticate as: the ElastiCache IAM user ID (AWS) or the Entra object ID (Azure). */
  username?: string | undefined;
  /** AWS: the serverless cache name IAM tokens are signed for. */
  cacheName?: string | undefined;
  /** AWS: the cache's region. */
  region?: string | undefined;
  /**
   * True when the store speaks the Redis Cluster protocol (several shards, MOVED redirects):
   * connect with a cluster client. ElastiCache Serverless always; Azure Cache for Redis Premium
   * with shards; Azure Managed Redis with the OSS clustering policy. Every script's keys share
   * one hash slot either way.
   */
  clustered: boolean;
}

/** The stack outputs this library configures itself from (the same names on both clouds). */
export interface PlatformFacts {
  cloud: Cloud;
  issuerUrl: string;
  openIdConfigurationUrl: string;
  jwksUrl: string;
  clientIds: Partial<Record<Channel, string>>;
  /** Neutral scope name → the exact string that appears in tokens' `scope` / `scp` claim. */
  apiScopes: Record<string, string>;
  sessionStore?: SessionStoreFacts | undefined;
}

/** Longest absolute session lifetime accepted: 30 days. */
export const MAX_ABSOLUTE_TIMEOUT_SECONDS = 30 * 24 * 3600;

/**
 * Validates stack outputs read from JSON (e.g. `pulumi stack output --json`).
 * Throws `ConfigError` naming the field, the value received and what is allowed.
 */
export function parsePlatformFacts(input: unknown): PlatformFacts {
  const raw = record("outputs", input);
  const clientIds = record("clientIds", raw.clientIds);
  const ids: Partial<Record<Channel, string>> = {};
  for (const [channel, id] of Object.entries(clientIds)) {
    ids[checkOneOf("clientIds", channel, CHANNELS)] = checkString(`clientIds.${channel}`, id);
  }
  const scopes: Record<string, string> = {};
  for (const [name, value] of Object.entries(record("apiScopes", raw.apiScopes))) {
    scopes[name] = checkString(`apiScopes.${name}`, value);
  }
  return {
    cloud: checkOneOf("cloud", raw.cloud, CLOUDS),
    issuerUrl: urlText("issuerUrl", raw.issuerUrl),
    openIdConfigurationUrl: urlText("openIdConfigurationUrl", raw.openIdConfigurationUrl),
    jwksUrl: urlText("jwksUrl", raw.jwksUrl),
    clientIds: ids,
    apiScopes: scopes,
    sessionStore: raw.sessionStore === undefined ? undefined : parseSessionStoreFacts(raw.sessionStore),
  };
}

/** Validates the `sessionStore` output; see `parsePlatformFacts`. */
export function parseSessionStoreFacts(input: unknown): SessionStoreFacts {
  const raw = record("sessionStore", input);
  const host = checkString("sessionStore.host", raw.host);
  const tls = raw.tls;
  if (typeof tls !== "boolean") {
    throw new ConfigError("sessionStore.tls", `must be true or false; received ${String(tls)}`);
  }
  if (!tls && !isLoopback(host)) {
    throw new ConfigError(
      "sessionStore.tls",
      `must be true for host ${host}; plaintext is only allowed for localhost`,
    );
  }
  if (typeof raw.clustered !== "boolean") {
    throw new ConfigError(
      "sessionStore.clustered",
      `must be true or false; received ${String(raw.clustered)} (outputs from before the field existed: run pulumi up)`,
    );
  }
  const idle = checkInteger(
    "sessionStore.idleTimeoutSeconds",
    raw.idleTimeoutSeconds,
    1,
    MAX_ABSOLUTE_TIMEOUT_SECONDS,
  );
  const absolute = checkInteger(
    "sessionStore.absoluteTimeoutSeconds",
    raw.absoluteTimeoutSeconds,
    1,
    MAX_ABSOLUTE_TIMEOUT_SECONDS,
  );
  if (idle > absolute) {
    throw new ConfigError(
      "sessionStore.idleTimeoutSeconds",
      `must not exceed absoluteTimeoutSeconds (${absolute}); received ${idle}`,
    );
  }
  return {
    host,
    port: checkInteger("sessionStore.port", raw.port, 1, 65535),
    tls,
    authMode: checkOneOf("sessionStore.authMode", raw.authMode, SESSION_AUTH_MODES),
    keyPrefix: checkKeyPrefix(raw.keyPrefix),
    idleTimeoutSeconds: idle,
    absoluteTimeoutSeconds: absolute,
    username: optionalString("sessionStore.username", raw.username),
    cacheName: optionalString("sessionStore.cacheName", raw.cacheName),
    region: optionalString("sessionStore.region", raw.region),
    clustered: raw.clustered,
  };
}

function optionalString(field: string, value: unknown): string | undefined {
  return value === undefined ? undefined : checkString(field, value);
}

function checkKeyPrefix(value: unknown): string {
  const prefix = checkString("sessionStore.keyPrefix", value);
  if (!/^[A-Za-z0-9:_.-]{1,64}$/.test(prefix)) {
    throw new ConfigError(
      "sessionStore.keyPrefix",
      `must be 1..64 characters from A-Z a-z 0-9 : _ . -; received ${JSON.stringify(prefix.slice(0, 80))}`,
    );
  }
  return prefix;
}

/** Checks a URL and returns it exactly as given (an issuer is compared byte for byte). */
function urlText(field: string, value: unknown): string {
  checkUrl(field, value);
  return checkString(field, value);
}

function record(field: string, value: unknown): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ConfigError(
      field,
      `must be an object; received ${Array.isArray(value) ? "an array" : String(value)}`,
    );
  }
  return { ...value };
}
