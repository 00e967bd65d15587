import type { ResourceRule } from "./types";

/** Input names that carry credentials, in the spellings providers use. */
const SECRET_KEY =
  /^(client_?secret|private_?key|passwords?|secret(_?value)?|primary_?key|secondary_?key|access_?key|auth_?token|connection_?string)$/i;
const SHOWN_SECRET = "[secret]";

/** Paths of every input under a credential-like name whose value is not a Pulumi secret. */
export function plaintextSecretPaths(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => plaintextSecretPaths(item, `${path}[${i}]`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const at = path ? `${path}.${key}` : key;
    if (SECRET_KEY.test(key)) return plainValues(inner, at);
    return plaintextSecretPaths(inner, at);
  });
}

/** The plaintext strings of a secret-bearing input: itself, or each item of a list (ElastiCache `passwords`). */
function plainValues(value: unknown, at: string): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => plainValues(item, `${at}[${i}]`));
  return typeof value === "string" && value !== "" && value !== SHOWN_SECRET ? [at] : [];
}

export const noPlaintextSecrets: ResourceRule = {
  kind: "resource",
  name: "no-plaintext-secrets",
  description: "Client secrets, private keys and passwords reach resources only as Pulumi secrets.",
  enforcementLevel: "mandatory",
  source: "auth-platform",
  resourceTypes: "*",
  offlineOnly: true,
  check: (r) =>
    plaintextSecretPaths(r.props).map(
      (path) => `input ${path} is not a Pulumi secret: wrap it with pulumi.secret()`,
    ),
};
