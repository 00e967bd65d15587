import { describe, expect, it } from "vitest";
import { ConfigError } from "../../../src/config/problems";
import { azureValues, validateAzure, withSection } from "./support";

async function problemsOf(values: Record<string, unknown>): Promise<string[]> {
  try {
    await validateAzure(values);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

const withClient = (
  channel: string,
  change: Record<string, unknown>,
  base = azureValues(),
): Record<string, unknown> => {
  const clients = base.clients as Record<string, Record<string, unknown>>;
  return { ...base, clients: { ...clients, [channel]: { ...clients[channel], ...change } } };
};
const externalId = (values: Record<string, unknown>) =>
  azureValues({
    ...values,
    identity: {
      ...(azureValues().identity as object),
      providers: [],
      mfa: { mode: "required", factors: ["email"] },
    },
    // No external provider, so no federated sign-ins in the expected load.
    load: { ...(azureValues().load as object), federatedShare: 0 },
    azure: withSection("directory", { mode: "externalId", policyMode: "userFlows", ssoScope: undefined }),
  });

describe("GIVEN redirect URIs the azuread provider validates", () => {
  it.each([
    [
      "a web URI without a path",
      withClient("web", { callbackUrls: ["https://www.hanbit.co.kr"] }),
      'clients.web.callbackUrls[0]: must have a path, at least "/" (https://app.example.com/), on Azure; received "https://www.hanbit.co.kr"',
    ],
    [
      "an SPA URI with an app scheme",
      withClient("spa", { callbackUrls: ["kr.co.hanbit.app://cb"] }),
      'clients.spa.callbackUrls[0]: must be an https:// URL (or http://localhost) for the spa channel on Azure; received "kr.co.hanbit.app://cb"',
    ],
    [
      "a web URI of 257 characters",
      withClient("web", { callbackUrls: [`https://www.hanbit.co.kr/${"a".repeat(232)}`] }),
      `clients.web.callbackUrls[0]: must be at most 256 characters on Azure; received "https://www.hanbit.co.kr/${"a".repeat(54)}… (259 characters)`,
    ],
  ])("WHEN %s THEN it is refused in one line", async (_, values, message) => {
    expect(await problemsOf(values)).toEqual([message]);
  });

  it.each([
    ["a web URI with a bare path", withClient("web", { callbackUrls: ["https://www.hanbit.co.kr/"] })],
    ["localhost for development", withClient("spa", { callbackUrls: ["http://localhost:3000/callback"] })],
    ["an MSAL-style mobile URI", withClient("mobile", { callbackUrls: ["msauth.kr.co.hanbit.app://auth"] })],
  ])("WHEN %s THEN it is accepted", async (_, values) => {
    expect(await problemsOf(values)).toEqual([]);
  });
});

describe("GIVEN B2C, whose apps accept personal Microsoft accounts", () => {
  it("WHEN a scope name has 41 characters THEN it is refused; External ID takes it", async () => {
    const name = `orders.${"x".repeat(34)}`;
    const values = (base: Record<string, unknown>) => ({
      ...base,
      api: {
        ...(base.api as object),
        scopes: { ...(base.api as { scopes: object }).scopes, [name]: "Long" },
      },
    });
    expect(await problemsOf(values(azureValues()))).toEqual([
      `api.scopes["${name}"]: must be a scope name of at most 40 characters with Azure AD B2C; received "${name}"`,
    ]);
    expect(await problemsOf(values(externalId({})))).toEqual([]);
  });

  it("WHEN a client would request 31 API scopes THEN it is refused (30 permissions per API)", async () => {
    const scopes = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`s${i}.read`, `Scope ${i}`]));
    const base = azureValues();
    const values = withClient(
      "spa",
      { scopes: undefined },
      { ...base, api: { ...(base.api as object), scopes } },
    );
    const clients = values.clients as Record<string, Record<string, unknown>>;
    for (const channel of ["web", "mobile"]) delete clients[channel];
    clients.machine = { scopes: ["s0.read"] };
    const api = values.api as { routes: { scopes: string[] }[] };
    for (const route of api.routes) route.scopes = ["s0.read"];
    expect(await problemsOf(values)).toEqual([
      'clients.spa.scopes: must name at most 30 API scopes with Azure AD B2C (the default is every scope of api.scopes); received "31 scopes"',
    ]);
  });

  it("WHEN a redirect URI has a wildcard host THEN it is refused", async () => {
    expect(await problemsOf(withClient("web", { callbackUrls: ["https://*.hanbit.co.kr/cb"] }))).toEqual([
      'clients.web.callbackUrls[0]: must not have a wildcard host with Azure AD B2C (personal accounts); received "https://*.hanbit.co.kr/cb"',
    ]);
  });
});
