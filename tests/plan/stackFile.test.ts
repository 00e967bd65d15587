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
    // An unclosed list, map or quote is reported on the line that opens it, not where YAML gives up.
    [
      "config:\n  a: [1, 2\n",
      "Pulumi.bad.yaml:2: not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ])",
    ],
    [
      "config:\n  auth-platform:cloud: aws\n  auth-platform:name: [a, b\n  aws:region: x\n",
      "Pulumi.bad.yaml:3: not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ])",
    ],
    [
      "config:\n  auth-platform:clients: { web: { callbackUrls: [https://a] }\n  aws:region: x\n",
      "Pulumi.bad.yaml:2: not valid YAML (Flow map in block collection must be sufficiently indented and end with a })",
    ],
    [
      "config:\n  auth-platform:cloud: 'aws\n  aws:region: x\n",
      "Pulumi.bad.yaml:2: not valid YAML (Missing closing 'quote)",
    ],
    [
      "config:\n\tauth-platform:cloud: aws\n",
      "Pulumi.bad.yaml:2: not valid YAML (Tabs are not allowed as indentation)",
    ],
    ["config:\n  a: 1\n  a: 2\n", "Pulumi.bad.yaml:3: not valid YAML (Map keys must be unique)"],
    ["- 1\n- 2\n", 'Pulumi.bad.yaml: must be a map with a "config" key'],
    ["config: [1]\n", 'Pulumi.bad.yaml: "config" must be a map of keys to values'],
    ["", 'Pulumi.bad.yaml: the file is empty; a stack settings file holds a "config:" map of keys'],
    [
      "# nothing yet\n",
      'Pulumi.bad.yaml: the file is empty; a stack settings file holds a "config:" map of keys',
    ],
    [
      "configs:\n  auth-platform:cloud: aws\n",
      'Pulumi.bad.yaml:1: unknown key "configs"; did you mean "config"? a stack settings file holds config, environment, secretsprovider, encryptedkey, encryptionsalt',
    ],
    [
      "config:\n  auth-platform:cloud: aws\nsecretprovider: passphrase\n",
      'Pulumi.bad.yaml:3: unknown key "secretprovider"; did you mean "secretsprovider"? a stack settings file holds config, environment, secretsprovider, encryptedkey, encryptionsalt',
    ],
  ])("GIVEN %j THEN exactly one StackFileError line naming the file (and line)", (text, message) => {
    expect(() => parseStackSettings(text, "Pulumi.bad.yaml", "auth-platform")).toThrowError(
      new StackFileError(message),
    );
  });

  it("GIVEN the keys Pulumi writes beside config (an ESC environment among them) THEN they are accepted and only config is read", () => {
    const text =
      "secretsprovider: passphrase\nencryptionsalt: v1:abc\nenvironment:\n  - hanbit/prod\nconfig:\n  auth-platform:cloud: aws\n";
    expect(parseStackSettings(text, "f", "auth-platform")).toEqual({
      config: { "auth-platform:cloud": "aws" },
      secretKeys: [],
      securePaths: [],
    });
  });

  it("GIVEN a file with no config yet THEN no configuration (validation then names what is required)", () => {
    expect(parseStackSettings("encryptionsalt: v1:abc\n", "f", "p")).toEqual({ config: {}, secretKeys: [] });
  });
});
