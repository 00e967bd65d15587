import { describe, expect, it } from "vitest";
import { elastiCacheAuthToken, iamCredentials } from "../src/redis/iam.js";
import { presignQuery, signingKey } from "../src/redis/sigv4.js";

const EXAMPLE_KEY = {
  accessKeyId: "AKIDEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
};

/** Splits a presigned query into a sorted parameter list, so vectors compare independently of order. */
function params(query: string): string[] {
  return query.split("&").sort();
}

describe("GIVEN AWS Signature Version 4", () => {
  it("WHEN deriving the signing key of AWS's documented example THEN it matches the documented bytes", () => {
    // AWS General Reference, "Examples of how to derive a signing key for Signature Version 4".
    expect(signingKey(EXAMPLE_KEY.secretAccessKey, "20120215", "us-east-1", "iam").toString("hex")).toBe(
      "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d",
    );
  });

  it("WHEN presigning S3's documented GET example THEN the signature matches the documented one", () => {
    // Amazon S3 API Reference, "Authenticating Requests: Using Query Parameters", example presigned URL.
    const query = presignQuery({
      method: "GET",
      host: "examplebucket.s3.amazonaws.com",
      path: "/test.txt",
      query: {},
      region: "us-east-1",
      service: "s3",
      credentials: {
        accessKeyId: "AKIAIOSFODNN7EXAMPLE",
        secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      },
      date: new Date("2013-05-24T00:00:00Z"),
      expiresSeconds: 86400,
      payloadHash: "UNSIGNED-PAYLOAD",
    });
    expect(query).toBe(
      "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404",
    );
  });
});

describe("GIVEN an ElastiCache IAM auth token", () => {
  // Expected values produced offline by botocore's SigV4QueryAuth (service "elasticache",
  // 900 s, request GET http://my-cache/?Action=connect&User=app-user) at 2024-05-01T12:00:00Z.
  const date = new Date("2024-05-01T12:00:00Z");

  it("WHEN signed with long-term keys THEN it equals botocore's token", () => {
    const token = elastiCacheAuthToken(
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

  it("WHEN signed with a session token for a serverless cache THEN it equals botocore's token", () => {
    const token = elastiCacheAuthToken(
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
