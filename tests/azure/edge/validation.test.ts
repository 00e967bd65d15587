import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/config/problems";
import { frontDoorSection } from "../../../src/config/schema/frontDoor";
import { azureValues, validateAzure, withSection } from "../platform/support";

async function problemsOf(values: Record<string, unknown>) {
  try {
    await validateAzure(values);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

const frontDoor = (change: Record<string, unknown>) =>
  azureValues({ azure: withSection("frontDoor", change) });

describe("GIVEN one Front Door setting wrong", () => {
  const limit =
    "must be between 1 and 2,147,483,647 requests per 5 minutes per client IP (a Front Door rate-limit rule's threshold)";
  const cases: [string, Record<string, unknown>, string[]][] = [
    [
      "tier Classic",
      frontDoor({ tier: "Classic" }),
      ['azure.frontDoor.tier: must be one of "Standard", "Premium"; received "Classic"'],
    ],
    [
      "a rate limit of 0",
      frontDoor({ apiRateLimit: 0 }),
      [`azure.frontDoor.apiRateLimit: ${limit}; received 0`],
    ],
    [
      "a rate limit past int32",
      frontDoor({ signInRateLimit: 2_147_483_648 }),
      [`azure.frontDoor.signInRateLimit: ${limit}; received 2147483648`],
    ],
    [
      "a fractional rate limit",
      frontDoor({ apiRateLimit: 10.5 }),
      ["azure.frontDoor.apiRateLimit: must be a whole number; received 10.5"],
    ],
    [
      "a sign-in domain in capitals",
      frontDoor({ signInDomain: "Login.Hanbit.co.kr" }),
      [
        'azure.frontDoor.signInDomain: must be a lowercase DNS name such as login.example.co.kr; received "Login.Hanbit.co.kr"',
      ],
    ],
    [
      "publishing without a sign-in domain",
      frontDoor({ signInDomain: undefined, publishSignInDomain: true }),
      [
        "azure.frontDoor.publishSignInDomain: needs azure.frontDoor.signInDomain: there is no custom sign-in domain to publish; received true",
      ],
    ],
    [
      "an unknown key",
      frontDoor({ wafMode: "Detection" }),
      [
        "azure.frontDoor.wafMode: unknown key; allowed keys: tier, apiRateLimit, signInRateLimit, signInDomain, publishSignInDomain",
      ],
    ],
    [
      "Front Door without an api",
      azureValues({
        api: undefined,
        clients: { spa: { callbackUrls: ["https://app.hanbit.co.kr/callback"] } },
      }),
      [
        'azure.frontDoor: needs an api section: Front Door forwards to API Management, which is built only when api is configured; received {"tier":"Premium","apiRateLimit":6000,"signInRateLimit":1000,"signInDomain":"log… (125 characters)',
      ],
    ],
    [
      "the smallest and the largest rate limits",
      frontDoor({ apiRateLimit: 1, signInRateLimit: 2_147_483_647 }),
      [],
    ],
    ["publishing the B2C sign-in domain", frontDoor({ publishSignInDomain: true }), []],
  ];
  it.each(cases)("WHEN %s THEN exactly these problems", async (_, values, expected) => {
    expect(await problemsOf(values)).toEqual(expected);
  });
});

describe("GIVEN an External ID tenant", () => {
  const externalId = (change: Record<string, unknown>) =>
    azureValues({
      identity: {
        ...(azureValues().identity as Record<string, unknown>),
        providers: [],
        mfa: { mode: "required", factors: ["email"] },
      },
      // No external provider, so the expected load has no federated sign-ins.
      load: { ...(azureValues().load as object), federatedShare: 0 },
      azure: (azure) => ({
        ...withSection("directory", { mode: "externalId", policyMode: "userFlows" })(azure),
        frontDoor: { ...(azure.frontDoor as Record<string, unknown>), ...change },
      }),
    });
  it("WHEN its sign-in domain goes through Front Door THEN it is accepted", async () => {
    expect(await problemsOf(externalId({}))).toEqual([]);
  });
  it("WHEN the sign-in domain is to be published THEN it is refused: the issuer of its tokens is not documented", async () => {
    expect(await problemsOf(externalId({ publishSignInDomain: true }))).toEqual([
      'azure.frontDoor.publishSignInDomain: must be false with azure.directory.mode "externalId": Microsoft documents the issuer of tokens from a B2C custom domain, not from an External ID custom URL domain, so the outputs stay on ciamlogin.com; received true',
    ]);
  });
});

describe("GIVEN an empty frontDoor section", () => {
  it("THEN Premium, 6000 and 1000 requests per 5 minutes per client IP (1,200 and 200 a minute), nothing published", () => {
    expect(frontDoorSection.parse({})).toEqual({
      tier: "Premium",
      apiRateLimit: 6000,
      signInRateLimit: 1000,
      publishSignInDomain: false,
    });
  });
});
