import { describe, expect, it } from "vitest";
import { parseStackSettings, SECRET_PLACEHOLDER, StackFileError } from "../../src/plan/stackFile";

describe("parseStackSettings", () => {
  it("GIVEN secure values THEN placeholders, their top-level keys are secret and each secure path is named", () => {
    const text = [
      "config:",
      "  aws:region: ap-northeast-2",
      "  auth-platform:cloud: aws",
      "  name: acme",
      "  auth-platform:identity:",
      "    providers:",
      "      - name: Google",
      "        clientSecret:",
      "          secure: v1:abc:def",
      "  auth-platform:protection:",
      "    protect: true",
    ].join("\n");
    expect(parseStackSettings(text, "Pulumi.x.yaml", "auth-platform")).toEqual({
      config: {
        "aws:region": "ap-northeast-2",
        "auth-platform:cloud": "aws",
        "auth-platform:name": "acme",
        "auth-platform:identity": JSON.stringify({
          providers: [{ name: "Google", clientSecret: SECRET_PLACEHOLDER }],
        }),
        "auth-platform:protection": '{"protect":true}',
      },
      secretKeys: ["auth-platform:identity"],
      securePaths: ["identity.providers[0].clientSecret"],
    });
  });

  it("GIVEN a top-level scalar that is not a string THEN it is passed as text, as Pulumi does", () => {
    expect(parseStackSettings("config:\n  auth-platform:name: 42\n", "f", "auth-platform").config).toEqual({
      "auth-platform:name": "42",
    });
  });

  it.each([
    ["config:\n  a: [1, 2\n", "Pulumi.bad.yaml:3: not valid YAML"],
    ["- 1\n- 2\n", 'Pulumi.bad.yaml: must be a map with a "config" key'],
    ["config: [1]\n", 'Pulumi.bad.yaml: "config" must be a map of keys to values'],
    ["config:\n  a: 1\n  a: 2\n", "Pulumi.bad.yaml:3: not valid YAML"],
  ])("GIVEN %j THEN a StackFileError naming the file", (text, start) => {
    expect(() => parseStackSettings(text, "Pulumi.bad.yaml", "auth-platform")).toThrowError(StackFileError);
    expect(() => parseStackSettings(text, "Pulumi.bad.yaml", "auth-platform")).toThrowError(
      new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
    );
  });

  it("GIVEN an empty file THEN no configuration", () => {
    expect(parseStackSettings("", "f", "p")).toEqual({ config: {}, secretKeys: [] });
  });
});
