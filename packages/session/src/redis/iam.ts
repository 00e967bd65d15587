import { checkString } from "../config/checks.js";
import type { CredentialSource } from "./credentials.js";
import { type AwsCredentials, presignQuery } from "./sigv4.js";

/** ElastiCache IAM auth tokens are valid for 15 minutes. */
export const IAM_TOKEN_LIFETIME_SECONDS = 900;

export interface IamOptions {
  /** ElastiCache user ID (also the Redis username); the user must have IAM authentication. */
  userId: string;
  /** Replication group ID or serverless cache name (lower case). */
  cacheName: string;
  /** AWS region, e.g. `eu-west-1`. */
  region: string;
  /** True for ElastiCache Serverless. @default false */
  serverless?: boolean;
  /** Current AWS credentials, e.g. `fromNodeProviderChain()` from `@aws-sdk/credential-providers`. */
  credentials: () => Promise<AwsCredentials>;
  /** Clock (for tests). @default () => new Date() */
  now?: () => Date;
}

/**
 * The IAM auth token: a SigV4-presigned `connect` request for the cache,
 * without its scheme, used as the Redis password.
 */
export function elastiCacheAuthToken(
  options: Omit<IamOptions, "credentials" | "now">,
  credentials: AwsCredentials,
  date: Date,
): string {
  const host = checkString("iam.cacheName", options.cacheName).toLowerCase();
  const query: Record<string, string> = {
    Action: "connect",
    User: checkString("iam.userId", options.userId),
  };
  if (options.serverless === true) {
    query.ResourceType = "ServerlessCache";
  }
  const signed = presignQuery({
    method: "GET",
    host,
    path: "/",
    query,
    region: checkString("iam.region", options.region),
    service: "elasticache",
    credentials,
    date,
    expiresSeconds: IAM_TOKEN_LIFETIME_SECONDS,
  });
  return `${host}/?${signed}`;
}

/** IAM authentication for ElastiCache (authMode "iam"); renewed well before the 15-minute expiry. */
export function iamCredentials(options: IamOptions): CredentialSource {
  return async () => {
    const date = (options.now ?? (() => new Date()))();
    const token = elastiCacheAuthToken(options, await options.credentials(), date);
    return {
      username: options.userId,
      password: token,
      expiresAt: date.getTime() + IAM_TOKEN_LIFETIME_SECONDS * 1000,
    };
  };
}
