import { describe, expect, it } from "vitest";
import { ConfigError, type ConfigProblem } from "../../src/config/problems";
import { runPlan, stackDir } from "../support/cli";
import { validateStack } from "../support/harness";
import { isAbout } from "./refusal";
import {
  type CloudName,
  HOSTILE,
  many,
  mutated,
  STACK_LINE,
  settingsFor,
  stackYaml,
  type Value,
} from "./support";

// Gaps the gauntlet found in the first version of validation, each written as the behaviour it
// must have. They were pinned with `it.fails` until src/ was fixed; now they guard the fixes.

type Change = readonly [string, Value];

/** The problems validation reports for the example stack with the changes, or [] when it accepts it. */
async function problemsOf(cloud: CloudName, ...changes: Change[]): Promise<ConfigProblem[]> {
  const [last, ...before] = [...changes].reverse();
  const [path, value] = last ?? ["name", "hanbit"];
  const { values, provider } = mutated({
    cloud,
    what: "",
    path,
    value,
    problems: [],
    before: before.reverse(),
  });
  try {
    await validateStack(settingsFor(values, provider));
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
}

/** Refused, with a problem about `at` that says what is allowed and shows the value. */
async function expectRefused(at: string, cloud: CloudName, ...changes: Change[]) {
  const about = (await problemsOf(cloud, ...changes)).filter((p) => isAbout(p, at));
  expect(about.map((p) => /^must .+; received .+$/.test(p.message))).toEqual([true]);
}

describe("GIVEN control characters inside a URL (the URL parser drops or encodes them, the raw text is kept)", () => {
  it.each<[string, CloudName, string, Value]>([
    ["a newline in a callback URL", "aws", "clients.web.callbackUrls", ["https://www.hanbit.co.kr/a\nb"]],
    ["a tab in the upstream URL", "aws", "api.upstreamUrl", "https://orders.internal.hanbit.co.kr/\tx"],
    ["a trailing NUL in an issuer", "aws", "identity.providers[1].issuer", "https://kauth.kakao.com\u0000"],
    ["a NUL in a CORS origin", "azure", "api.cors.allowOrigins", ["https://app.hanbit.co.kr/a\u0000b"]],
  ])("%s THEN refused", async (_what, cloud, path, value) => {
    await expectRefused(path, cloud, [path, value]);
  });

  it("a NUL in a CORS origin THEN npm run plan exits 1 (today: XmlRenderError stack trace)", async () => {
    const files = stackDir();
    try {
      const { values, provider } = mutated({
        cloud: "azure",
        what: "",
        path: "api.cors.allowOrigins",
        value: ["https://app.hanbit.co.kr/a\u0000b"],
        problems: [],
      });
      const run = await runPlan([
        "--config-file",
        files.write("Pulumi.nul.yaml", stackYaml(values, provider)),
      ]);
      expect([run.code, run.stdout, STACK_LINE.test(run.stderr)]).toEqual([1, "", false]);
    } finally {
      files.remove();
    }
  });
});

describe("GIVEN a secret inside a value shown in a message", () => {
  const secret = "S3cr3t-leak-2c9f41";
  it.each<[string, Value]>([
    ["providers as a map", { google: { type: "google", clientSecret: secret } }],
    ["51 providers", many(51, { type: "oidc", name: "P", clientSecret: secret })],
  ])("%s THEN the message never shows it", async (_what, providers) => {
    const problems = await problemsOf("aws", ["identity.providers", providers]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((p) => p.message.includes(secret))).toEqual([]);
  });
});

describe("GIVEN a mistake whose message does not say what is allowed", () => {
  it.each<[string, CloudName, string, Value]>([
    ["markup as an API scope name", "aws", 'api.scopes["<script>"]', "x"],
    ["markup in a tag key", "azure", 'tags["<b>"]', "x"],
    [
      "a template in the AWS session key prefix",
      "aws",
      "aws.sessionStore.keyPrefix",
      `sess:${HOSTILE.template}`,
    ],
    ["a template in the Azure session key prefix", "azure", "azure.sessionStore.keyPrefix", "{{x}}"],
    ["tags as a list", "aws", "tags", ["owner"]],
    ["a misspelled mapped attribute", "aws", "identity.providers[1].attributeMapping.emial", "email"],
  ])("%s THEN the message says what is allowed", async (_what, cloud, path, value) => {
    const problems = await problemsOf(cloud, [path, value]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(
      /^(must [^()]+|unknown key; allowed keys: \w.*); received|allowed keys: \w/,
    );
    expect(problems[0]?.message).not.toMatch(/Invalid|record|is not valid|allowed keys: $/);
  });

  it("a password length of 1e300 THEN one problem, with the range Cognito allows", async () => {
    const problems = await problemsOf("aws", ["identity.password.minLength", 1e300]);
    expect(problems.map((p) => p.message)).toEqual(["must be at most 99; received 1e+300"]);
  });

  it("a newline in an unknown key THEN still one line per problem", async () => {
    const problems = await problemsOf("aws", [`session["idle${HOSTILE.newline}"]`, "30m"]);
    expect(problems.filter((p) => p.path.includes("\n"))).toEqual([]);
  });
});

describe("GIVEN settings the cloud refuses only at deployment", () => {
  it.each<[string, CloudName, string, Value]>([
    ["51 scopes on one client (Cognito allows 50)", "aws", "clients.web.scopes", many(51, "orders.read")],
    ["10,000 copies of one sign-in identifier", "aws", "identity.signInIdentifiers", many(10_000, "email")],
    ["the same MFA factor twice", "azure", "identity.mfa.factors", ["totp", "totp"]],
    ["10,000 copies of one zone", "azure", "azure.sessionStore.zones", many(10_000, "1")],
    ["10,000 copies of one language", "azure", "azure.directory.languages", many(10_000, "ko")],
    [
      "markup in an AWS tag value (AWS allows letters, digits, spaces and _.:/=+-@)",
      "aws",
      "tags.owner",
      "<b>",
    ],
    ["the reserved aws: prefix in an AWS tag key", "aws", 'tags["aws:owner"]', "x"],
    ["a slash in an Azure tag name", "azure", 'tags["team/owner"]', "x"],
    ["a .. segment in a route path", "aws", "api.routes[0].path", "/orders/../admin"],
    [
      "a path and query in a CORS origin",
      "azure",
      "api.cors.allowOrigins",
      ["https://app.hanbit.co.kr/x?y=1"],
    ],
    [
      "a newline in the SES sender",
      "aws",
      "aws.ses",
      {
        sourceArn: "arn:aws:ses:ap-northeast-2:123456789012:identity/hanbit.co.kr",
        from: "no-reply@hanbit.co.kr\nBcc: all@example.com",
      },
    ],
    [
      "a NUL in the SMS external ID",
      "aws",
      "aws.sms",
      {
        snsCallerArn: "arn:aws:iam::123456789012:role/cognito-sms",
        externalId: HOSTILE.nul,
      },
    ],
  ])("%s THEN refused before deployment", async (_what, cloud, path, value) => {
    expect(await problemsOf(cloud, [path, value])).not.toEqual([]);
  });
});
