import { buildQueryString } from "@smithy/core/protocols";
import { Hash } from "@smithy/core/serde";
import { SignatureV4 } from "@smithy/signature-v4";
import { checkString } from "../config/checks.js";
import { ConfigError } from "../errors.js";
import type { CredentialSource } from "./credentials.js";

/** ElastiCache IAM auth tokens are valid for 15 minutes. */
export const IAM_TOKEN_LIFETIME_SECONDS = 900;

/** AWS credentials (the shape the AWS SDK's credential providers return). */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
}

export interface IamOptions {
  /** ElastiCache user ID (also the Redis username); the user must have IAM authentication. */
  userId: string;
  /** Replication group ID or serverless cache name (lower case). */
  cacheName: string;
  /** AWS region, e.g. `eu-west-1`. */
  region: string;
  /** True for ElastiCache Serverless. @default false */
  serverless?: boolean;
  /**
   * Current AWS credentials. @default the AWS SDK's default chain (environment, SSO, web
   * identity, ECS and EC2 roles...) from `@aws-sdk/credential-provider-node`, installed by you
   */
  credentials?: () => Promise<AwsCredentials>;
  /** Clock (for tests). @default () => new Date() */
  now?: () => Date;
}

/**
 * The IAM auth token: a SigV4-presigned `connect` request for the cache (signed by the AWS
 * SDK's `@smithy/signature-v4`), without its scheme, used as the Redis password.
 */
export async function elastiCacheAuthToken(
  options: Omit<IamOptions, "credentials" | "now">,
  credentials: AwsCredentials,
  date: Date,
): Promise<string> {
  const host = checkString("iam.cacheName", options.cacheName).toLowerCase();
  const query: Record<string, string> = {
    Action: "connect",
    User: checkString("iam.userId", options.userId),
  };
  if (options.serverless === true) {
    query.ResourceType = "ServerlessCache";
  }
  const signer = new SignatureV4({
    service: "elasticache",
    region: checkString("iam.region", options.region),
    credentials,
    sha256: Hash.bind(null, "sha256"),
  });
  const signed = await signer.presign(
    { method: "GET", protocol: "http:", hostname: host, path: "/", query, headers: { host } },
    { expiresIn: IAM_TOKEN_LIFETIME_SECONDS, signingDate: date },
  );
  return `${host}/?${buildQueryString(signed.query ?? {})}`;
}

/** IAM authentication for ElastiCache (authMode "iam"); renewed well before the 15-minute expiry. */
export function iamCredentials(options: IamOptions): CredentialSource {
  let provider: (() => Promise<AwsCredentials>) | undefined = options.credentials;
  return async () => {
    provider ??= await defaultChain();
    const date = (options.now ?? (() => new Date()))();
    const token = await elastiCacheAuthToken(options, await provider(), date);
    return {
      username: options.userId,
      password: token,
      expiresAt: date.getTime() + IAM_TOKEN_LIFETIME_SECONDS * 1000,
    };
  };
}

async function defaultChain(): Promise<() => Promise<AwsCredentials>> {
  let module: { defaultProvider: () => () => Promise<AwsCredentials> };
  try {
    module = await import("@aws-sdk/credential-provider-node");
  } catch {
    throw new ConfigError(
      "iam.credentials",
      "pass AWS credentials, or install @aws-sdk/credential-provider-node for the default chain; received neither",
    );
  }
  return module.defaultProvider();
}
