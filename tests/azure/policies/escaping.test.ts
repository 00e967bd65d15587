import { describe, expect, it } from "vitest";
import { HOSTILE } from "../../../src/azure/policies/fixtures";
import { byId, fixture, generateParsed } from "./fixture-access";
import { all, at, metadataOf } from "./parsed";

const HOSTILE_FIXTURE = "hostile tenant-supplied strings are escaped";

describe("escaping of tenant-supplied strings", () => {
  const set = generateParsed(fixture(HOSTILE_FIXTURE));

  it("GIVEN markup and ampersands in provider names and client IDs WHEN generated THEN no document has raw markup or a bare entity", () => {
    const bareAmpersands = (xml: string) => (xml.match(/&(?!(amp|lt|gt|quot);)/g) ?? []).length;
    expect(set.policies.map((p) => [p.policyId, p.xml.includes("<script>"), bareAmpersands(p.xml)])).toEqual(
      set.policies.map((p) => [p.policyId, false, 0]),
    );
  });

  it("GIVEN the hostile Google settings WHEN parsed back THEN display name and client ID are exactly what was configured", () => {
    const google = byId(set.extensions, "TechnicalProfile", "Google-OAUTH");
    expect([at(google, "DisplayName").text, metadataOf(google).client_id]).toEqual([HOSTILE, HOSTILE]);
    const provider = all(set.extensions, "ClaimsProvider").find((cp) =>
      all(cp, "TechnicalProfile").includes(google),
    );
    expect(provider === undefined ? undefined : at(provider, "DisplayName").text).toBe(HOSTILE);
  });

  it("GIVEN an OIDC provider with hostile name, client ID and a metadata URL with & and <> WHEN parsed back THEN every value is identical", () => {
    const oidc = byId(set.extensions, "TechnicalProfile", "Oidc-Evil");
    const md = metadataOf(oidc);
    expect([at(oidc, "DisplayName").text, md.client_id, md.METADATA]).toEqual([
      `${HOSTILE} OIDC`,
      `${HOSTILE}id`,
      "https://idp.example/.well-known/openid-configuration?a=1&b=<2>",
    ]);
  });

  it("GIVEN hostile provider names WHEN localized in two languages THEN each LocalizedString parses back identical", () => {
    const labels = all(set.localization, "LocalizedString")
      .filter((s) => s.attrs.ElementType === "ClaimsProvider")
      .map((s) => [s.attrs.StringId, s.text]);
    const perPage = [
      ["GoogleExchange", HOSTILE],
      ["OidcEvilExchange", `${HOSTILE} OIDC`],
    ];
    // sign-in page and provider-selection page, each in en and ko
    expect(labels).toEqual([...perPage, ...perPage, ...perPage, ...perPage]);
  });
});

describe("localization", () => {
  it("GIVEN Korean first and English second WHEN generated THEN Korean is the default and both get their own strings", () => {
    const set = generateParsed(
      fixture("korean retail: every provider, phone MFA required, KMSI 30 days, absolute sessions"),
    );
    const languages = at(set.localization, "BuildingBlocks", "Localization", "SupportedLanguages");
    expect([languages.attrs, languages.children.map((l) => l.text)]).toEqual([
      { DefaultLanguage: "ko", MergeBehavior: "ReplaceAll" },
      ["ko", "en"],
    ]);
    const resource = byId(set.localization, "LocalizedResources", "api.signuporsignin.ko");
    expect(all(resource, "LocalizedString").map((s) => [s.attrs.StringId, s.text])).toEqual([
      ["GoogleExchange", "Google"],
      ["FacebookExchange", "Facebook"],
      ["MicrosoftAccountExchange", "Microsoft 계정"],
      ["LinkedInExchange", "LinkedIn"],
      ["AppleExchange", "Apple"],
      ["OidcKakaoExchange", "카카오"],
      ["SamlCorpExchange", "Corporate SSO"],
      ["remember_me", "로그인 상태 유지"],
    ]);
    const references = all(
      byId(set.localization, "ContentDefinition", "api.signuporsignin"),
      "LocalizedResourcesReference",
    );
    expect(references.map((r) => r.attrs)).toEqual([
      { Language: "ko", LocalizedResourcesReferenceId: "api.signuporsignin.ko" },
      { Language: "en", LocalizedResourcesReferenceId: "api.signuporsignin.en" },
    ]);
  });

  it("GIVEN a language without shipped strings WHEN generated THEN it is supported and only carries the provider labels", () => {
    const set = generateParsed(fixture("phone MFA optional with voice calls, KMSI 1 day, three languages"));
    expect(all(set.localization, "SupportedLanguage").map((l) => l.text)).toEqual(["ja", "ko", "en"]);
    expect(
      all(byId(set.localization, "LocalizedResources", "api.signuporsignin.ja"), "LocalizedString").map(
        (s) => s.attrs.StringId,
      ),
    ).toEqual(["FacebookExchange", "LinkedInExchange"]);
  });
});
