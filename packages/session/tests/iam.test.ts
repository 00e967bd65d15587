import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigError } from "../src/errors.js";
import { elastiCacheAuthToken, iamCredentials } from "../src/redis/iam.js";

const EXAMPLE_KEY = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
};

/** Splits a presigned query into a sorted parameter list, so vectors compare independently of order. */
function params(query: string): string[] {
  return query.split("&").sort();
}

// Expected values produced offline by botocore's SigV4QueryAuth (service "elasticache",
// 900 s, request GET http://my-cache/?Action=connect&User=app-user) at 2024-05-01T12:00:00Z.
const date = new Date("2024-05-01T12:00:00Z");

describe("GIVEN an ElastiCache IAM auth token signed by @smithy/signature-v4", () => {
  it("WHEN signed with long-term keys THEN it equals botocore's token", async () => {
    const token = await elastiCacheAuthToken(
      { userId: "app-user", cacheName: "my-cache", region: "eu-west-1" },
      EXAMPLE_KEY,
      date,
    );
    const [host, query] = token.split("/?");
    expect(host).toBe("my-cache");
    expect(params(query ?? "")).toEqual(
      params(
        "Action=connect&User=app-user&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20240501%2Feu-west-1%2Felasticache%2Faws4_request&X-Amz-Date=20240501T120000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=a955f331706c9bcba2bf3d3bfce0e6909f6cd3f926132027ebc2b9a101a43672",
      ),
    );
  });

  it("WHEN signed with a session token for a serverless cache THEN it equals botocore's token", async () => {
    const token = await elastiCacheAuthToken(
      { userId: "app-user", cacheName: "my-cache", region: "eu-west-1", serverless: true },
      { ...EXAMPLE_KEY, sessionToken: "FwoGZXIvYXdzEXAMPLE/token+with=chars" },
      date,
    );
    expect(params(token.split("/?")[1] ?? "")).toEqual(
      params(
        "Action=connect&User=app-user&ResourceType=ServerlessCache&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20240501%2Feu-west-1%2Felasticache%2Faws4_request&X-Amz-Date=20240501T120000Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Security-Token=FwoGZXIvYXdzEXAMPLE%2Ftoken%2Bwith%3Dchars&X-Amz-Signature=d935dcb3a5836cc8f2c53ef122a657be741cc808180e4895c58c43096fa20604",
      ),
    );
  });

  it("WHEN used as Redis credentials THEN the username is the user ID and it expires after 15 minutes", async () => {
    const source = iamCredentials({
      userId: "app-user",
      cacheName: "my-cache",
      region: "eu-west-1",
      credentials: async () => EXAMPLE_KEY,
      now: () => date,
    });
    const credentials = await source();
    expect([
      credentials.username,
      credentials.expiresAt,
      credentials.password.startsWith("my-cache/?Action=connect&User=app-user&"),
    ]).toEqual(["app-user", Date.parse("2024-05-01T12:15:00Z"), true]);
  });
});

describe("GIVEN no credentials passed", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("WHEN AWS keys are in the environment THEN the SDK's default chain supplies them", async () => {
    vi.stubEnv("AWS_ACCESS_KEY_ID", EXAMPLE_KEY.accessKeyId);
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", EXAMPLE_KEY.secretAccessKey);
    vi.stubEnv("AWS_SESSION_TOKEN", "");
    const credentials = await iamCredentials({
      userId: "app-user",
      cacheName: "my-cache",
      region: "eu-west-1",
      now: () => date,
    })();
    expect(credentials.password).toContain(
      "X-Amz-Signature=a955f331706c9bcba2bf3d3bfce0e6909f6cd3f926132027ebc2b9a101a43672",
    );
  });

  it("WHEN the chain finds nothing THEN the failure names the provider chain", async () => {
    for (const name of [
      "AWS_ACCESS_KEY_ID",
      "AWS_SECRET_ACCESS_KEY",
      "AWS_PROFILE",
      "AWS_WEB_IDENTITY_TOKEN_FILE",
    ]) {
      vi.stubEnv(name, "");
    }
    vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials");
    vi.stubEnv("AWS_CONFIG_FILE", "/nonexistent/config");
    vi.stubEnv("AWS_EC2_METADATA_DISABLED", "true");
    const error = await iamCredentials({ userId: "u", cacheName: "c", region: "eu-west-1" })().catch(
      (e: unknown) => e,
    );
    expect(error instanceof Error && !(error instanceof ConfigError) ? error.name : error).toBe(
      "CredentialsProviderError",
    );
  });
});
