import { SECRET_SHOWN, UNKNOWN_SHOWN } from "./model";

// Markers of Pulumi's wire format (sdk/nodejs/runtime/rpc.ts).
const SIG = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";
const RESOURCE_SIG = "5cf8f73096256a8f31e491e813e4eb8e";
const ASSET_SIG = "c44067f5952c0a294b673a41bacd8c17";
const ARCHIVE_SIG = "0def7320c3a5731c473e5ecbe6d01bc7";
const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/**
 * Turns a value in Pulumi's wire format into plain data for the plan: secrets become
 * "[secret]" (their plaintext is never copied), unknowns "[unknown]", resource
 * references their URN, and internal properties (`__provider`, ...) are dropped.
 */
export function fromWire(value: unknown): unknown {
  if (value === UNKNOWN) return UNKNOWN_SHOWN;
  if (Array.isArray(value)) return value.map(fromWire);
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  switch (record[SIG]) {
    case SECRET_SIG:
      return SECRET_SHOWN;
    case RESOURCE_SIG:
      return record.urn;
    case ASSET_SIG:
    case ARCHIVE_SIG:
      return { asset: record.path ?? record.uri ?? "[inline]" };
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(record)) {
    if (key.startsWith("__")) continue;
    out[key] = fromWire(inner);
  }
  return out;
}
