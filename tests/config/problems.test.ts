import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ConfigError, formatProblems, joinPath, showReceived, suggest } from "../../src/config/problems";
import { SecretString } from "../../src/config/secret";

describe("suggest", () => {
  it.each([
    ["idelTimeout", "idleTimeout"],
    ["accesTokenLifetime", "accessTokenLifetime"],
    ["MFA", "mfa"],
    ["xyz", undefined],
  ])("GIVEN %s THEN %s", (input, expected) => {
    expect(suggest(input, ["idleTimeout", "accessTokenLifetime", "mfa", "password"])).toBe(expected);
  });
});

describe("showReceived", () => {
  it("GIVEN a secret field THEN never its value", () => {
    expect(showReceived("hunter2", "identity.providers[0].clientSecret")).toBe("[secret]");
    expect(showReceived("key", "identity.providers[2].privateKey")).toBe("[secret]");
  });
  it("GIVEN values THEN JSON, cut when long", () => {
    expect(showReceived("2d", "session.accessTokenLifetime")).toBe('"2d"');
    expect(showReceived(3)).toBe("3");
    expect(showReceived(undefined)).toBe("nothing");
    expect(showReceived(["a"])).toBe('["a"]');
    expect(showReceived("x".repeat(200))).toBe(`"${"x".repeat(79)}… (202 characters)`);
  });
});

describe("joinPath", () => {
  it("spells paths the way pulumi config set --path does", () => {
    expect(joinPath(["identity", "providers", 0, "clientId"])).toBe("identity.providers[0].clientId");
    expect(joinPath([])).toBe("");
  });
});

describe("ConfigError", () => {
  it("GIVEN problems THEN one line each under a header, and no stack in the message", () => {
    const error = new ConfigError([
      { path: "a", message: "must be x; received 1" },
      { path: "b.c", message: "is required" },
    ]);
    expect(error.message).toBe(
      "invalid stack configuration (2 problems):\n  a: must be x; received 1\n  b.c: is required",
    );
    expect(formatProblems([{ path: "a", message: "m" }])).toBe(
      "invalid stack configuration (1 problem):\n  a: m",
    );
  });
});

describe("SecretString", () => {
  it("GIVEN a secret THEN it prints, serializes and inspects as [secret]", () => {
    const secret = new SecretString("hunter2");
    expect(String(secret)).toBe("[secret]");
    expect(JSON.stringify({ secret })).toBe('{"secret":"[secret]"}');
    expect(inspect({ secret })).toBe("{ secret: [secret] }");
    expect(`${secret}`).toBe("[secret]");
    expect(secret.reveal()).toBe("hunter2");
  });
});
