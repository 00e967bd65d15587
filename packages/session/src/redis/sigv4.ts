import { createHash, createHmac } from "node:crypto";

/** AWS credentials (the shape AWS SDK credential providers return). */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
}

export interface PresignInput {
  method: "GET";
  host: string;
  path: string;
  query: Readonly<Record<string, string>>;
  region: string;
  service: string;
  credentials: AwsCredentials;
  date: Date;
  expiresSeconds: number;
  /** Hex SHA-256 of the body, or `UNSIGNED-PAYLOAD` (S3). @default SHA-256 of the empty string */
  payloadHash?: string;
}

/** RFC 3986 encoding as SigV4 requires (unreserved characters stay as they are). */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

const sha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const hmac = (key: Buffer | string, text: string) => createHmac("sha256", key).update(text, "utf8").digest();

/** Derives the SigV4 signing key for one day, region and service. */
export function signingKey(secret: string, day: string, region: string, service: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), service), "aws4_request");
}

/** Signs a request with AWS Signature Version 4 in the query string; returns the query string. */
export function presignQuery(input: PresignInput): string {
  const amzDate = input.date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  const day = amzDate.slice(0, 8);
  const scope = `${day}/${input.region}/${input.service}/aws4_request`;
  const params: Record<string, string> = {
    ...input.query,
    "X-Amz-Algorithm": "AWS4-HMAC-SHA256",
    "X-Amz-Credential": `${input.credentials.accessKeyId}/${scope}`,
    "X-Amz-Date": amzDate,
    "X-Amz-Expires": String(input.expiresSeconds),
    "X-Amz-SignedHeaders": "host",
  };
  if (input.credentials.sessionToken !== undefined) {
    params["X-Amz-Security-Token"] = input.credentials.sessionToken;
  }
  const query = Object.entries(params)
    .map(([k, v]) => [uriEncode(k), uriEncode(v)] as const)
    .sort(([a, av], [b, bv]) => (a === b ? compare(av, bv) : compare(a, b)))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
  const canonicalRequest = [
    input.method,
    input.path,
    query,
    `host:${input.host}`,
    "",
    "host",
    input.payloadHash ?? sha256Hex(""),
  ].join("\n");
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  const signature = createHmac(
    "sha256",
    signingKey(input.credentials.secretAccessKey, day, input.region, input.service),
  )
    .update(stringToSign, "utf8")
    .digest("hex");
  return `${query}&X-Amz-Signature=${signature}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
