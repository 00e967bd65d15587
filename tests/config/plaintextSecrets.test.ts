import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/problems";
import { securePaths } from "../../src/config/securePaths";
import { parseStackSettings } from "../../src/plan/stackFile";
import { PROJECT, validateStack } from "../support/harness";

/** The AWS example's identity section with a second provider whose secret is given in plaintext. */
const STACK = [
  "config:",
  "  aws:region: ap-northeast-2",
  "  auth-platform:cloud: aws",
  "  auth-platform:name: hanbit",
  "  auth-platform:identity:",
  "    providers:",
  "      - name: Google",
  "        type: google",
  "        clientId: 123-abc.apps.googleusercontent.com",
  "        clientSecret:",
  "          secure: v1:Fh0bSGm3cQe3sA9R:Rq9nm0wM0QUw4Qz2pO9Uo0a6yVjvXq8JrV1Q4g==",
  "      - name: Kakao",
  "        type: oidc",
  "        issuer: https://kauth.kakao.com",
  "        clientId: 8f3a1c2d4e5f60718293a4b5c6d7e8f9",
  "        clientSecret: plaintext-kakao-secret",
  "  auth-platform:clients:",
  "    machine:",
  "      scopes: [orders.read]",
  "  auth-platform:api:",
  "    upstreamUrl: https://orders.example.com",
  "    scopes: { orders.read: Read orders }",
  "    routes: [{ method: GET, path: /orders, scopes: [orders.read] }]",
  "  auth-platform:aws:",
  "    domain: { prefix: hanbit-login }",
].join("\n");

async function problemsOf(text: string) {
  try {
    await validateStack(parseStackSettings(text, "Pulumi.test.yaml", PROJECT));
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe("GIVEN a plaintext client secret beside a secure one in the same section (issue 9, item 12)", () => {
  it("WHEN the stack is validated THEN the plaintext one is refused, naming its own path", async () => {
    expect(await problemsOf(STACK)).toEqual([
      "identity.providers[1].clientSecret: must be a Pulumi secret (pulumi config set --secret --path 'identity.providers[1].clientSecret' <value>); received a plaintext value",
    ]);
  });

  it("WHEN both secrets are secure THEN the stack validates", async () => {
    const secured = STACK.replace(
      "        clientSecret: plaintext-kakao-secret",
      "        clientSecret:\n          secure: v1:0L2P9m1kGZ4qXo8b:Xb3n1JmQfY2b8nVtR6cPzQ0uH4kLwE5sA7dF9gH=",
    );
    expect(await problemsOf(secured)).toEqual([]);
  });
});

describe("GIVEN a stack settings document", () => {
  it("WHEN its secure values are listed THEN each path is in the project's namespace, other namespaces left out", () => {
    const document = {
      config: {
        "aws:accessKey": { secure: "v1:x" },
        "auth-platform:identity": {
          providers: [{ clientSecret: { secure: "v1:a" } }, { privateKey: { secure: "v1:b" } }],
        },
        name: "plain",
        "auth-platform:azure": { graph: { "client.secret": { secure: "v1:c" } } },
      },
    };
    expect([...securePaths(document, "auth-platform")]).toEqual([
      "identity.providers[0].clientSecret",
      "identity.providers[1].privateKey",
      'azure.graph["client.secret"]',
    ]);
  });
});
