import type * as pulumi from "@pulumi/pulumi";
import { DEFAULT_GRAPH_ENDPOINT, type GraphConnection } from "./connection";

/** Pulumi's placeholder for values not known during preview. */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** Module name shared by the Graph dynamic resources' type tokens. */
export const GRAPH_MODULE = "azure-graph";

/** The service adds this prefix to every B2C user flow id. */
export const USER_FLOW_PREFIX = "B2C_1_";

/** The service adds this prefix to every trust framework key set and custom policy id. */
export const TRUST_FRAMEWORK_PREFIX = "B2C_1A_";

type Props = Record<string, unknown>;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Builds a diff: keys in `replaceOn` force replacement, keys in `updateOn` update in place.
 * `connection.tenantId` always forces replacement (the object lives in another tenant);
 * `connection.endpoint` / `connection.clientId` only refresh the stored connection.
 * `deleteBeforeReplace` is set when the replacement would reuse the same fixed id in the same
 * tenant (`sameId`), because the service would refuse a second object with that id.
 */
export function diffProps(
  olds: Props,
  news: Props,
  replaceOn: readonly string[],
  updateOn: readonly string[],
  sameId: boolean,
): pulumi.dynamic.DiffResult {
  const oldConn = olds.connection as GraphConnection | undefined;
  const newConn = news.connection as GraphConnection | undefined;
  const replaces = replaceOn.filter((key) => news[key] !== undefined && !same(olds[key], news[key]));
  const tenantChanged = oldConn?.tenantId !== newConn?.tenantId;
  if (tenantChanged) replaces.push("connection");
  const updates = updateOn.filter((key) => !same(olds[key], news[key]));
  const endpoint = (c: GraphConnection | undefined) =>
    (c?.endpoint ?? DEFAULT_GRAPH_ENDPOINT).replace(/\/+$/, "");
  const connectionChanged =
    endpoint(oldConn) !== endpoint(newConn) || (oldConn?.clientId ?? "") !== (newConn?.clientId ?? "");
  const changes = replaces.length > 0 || updates.length > 0 || connectionChanged;
  return {
    changes,
    replaces,
    deleteBeforeReplace: replaces.length > 0 && sameId && !tenantChanged,
  };
}

/** Adds `prefix` unless `name` already starts with it (the service does the same on create). */
export function withPrefix(name: string, prefix: string): string {
  return name.startsWith(prefix) ? name : `${prefix}${name}`;
}

/** Removes `prefix` from the start of `name` when present. */
export function withoutPrefix(name: string, prefix: string): string {
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

/**
 * A salted SHA-256 fingerprint of a secret, so that a diff can tell that the secret changed
 * without the secret being kept in the outputs. The fingerprint is itself stored as a secret.
 */
export function fingerprint(secret: string, salt: string): string {
  const crypto = require("node:crypto") as typeof import("node:crypto");
  return crypto.createHash("sha256").update(`${salt}\u0000${secret}`).digest("base64url");
}

/** A fresh random salt for `fingerprint`. */
export function newSalt(): string {
  const crypto = require("node:crypto") as typeof import("node:crypto");
  return crypto.randomBytes(16).toString("base64url");
}

/** Encodes one path segment for a Graph URL. */
export function seg(value: string): string {
  return encodeURIComponent(value);
}

/** Returns a failure for a required, non-empty string input; skips unknown preview values. */
export function requireText(props: Props, key: string): pulumi.dynamic.CheckFailure[] {
  const value = props[key];
  if (value === UNKNOWN) return [];
  if (typeof value !== "string" || value.trim() === "") {
    return [
      { property: key, reason: `${key}: required, a non-empty string; received ${JSON.stringify(value)}` },
    ];
  }
  return [];
}

/** Returns a failure when `props[key]` is set and not one of `allowed`; skips unknown preview values. */
export function requireOneOf(
  props: Props,
  key: string,
  allowed: readonly (string | number)[],
  optional = false,
): pulumi.dynamic.CheckFailure[] {
  const value = props[key];
  if (value === UNKNOWN || (optional && value === undefined)) return [];
  if (!allowed.includes(value as string | number)) {
    return [
      {
        property: key,
        reason: `${key}: must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}; received ${JSON.stringify(value)}`,
      },
    ];
  }
  return [];
}
