/**
 * TrustFrameworkLocalization: the UI languages and the strings B2C cannot know by itself
 * (provider button labels, the labels of this policy set's own claims). Everything else on
 * the built-in pages comes from B2C's own translations of each supported language.
 */
import { el, textEl, type XmlElement } from "../../xml";
import type { ResolvedSettings } from "./resolve";

type Entry =
  | { type: "ClaimType"; claim: string; text: string }
  | { type: "UxElement"; id: string; text: string }
  | { type: "Choices"; claim: string; items: { text: string; value: string }[] };

/** Strings shipped per language; other languages get B2C's built-in texts and the claim names. */
const STRINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  en: {
    remember_me: "Keep me signed in",
    newUserName: "User name",
    strongAuthenticationEmailAddress: "Recovery email address",
    mfaEmail: "Email address",
    otpCode: "Code",
    totpScanInstruction: "Install an authenticator app, then scan the code below or enter the key by hand.",
    totpVerifyInstruction: "Enter the six-digit code your authenticator app shows.",
    mfaMethod: "Verify with",
    "mfaMethod.phone": "A text message or call to my phone",
    "mfaMethod.email": "A code sent to my email",
    "mfaMethod.totp": "My authenticator app",
  },
  ko: {
    remember_me: "로그인 상태 유지",
    newUserName: "사용자 이름",
    strongAuthenticationEmailAddress: "복구용 이메일 주소",
    mfaEmail: "이메일 주소",
    otpCode: "코드",
    totpScanInstruction: "인증 앱을 설치한 뒤 아래 QR 코드를 스캔하거나 키를 직접 입력하세요.",
    totpVerifyInstruction: "인증 앱에 표시된 6자리 코드를 입력하세요.",
    mfaMethod: "인증 방법",
    "mfaMethod.phone": "휴대폰 문자 또는 전화",
    "mfaMethod.email": "이메일로 받은 코드",
    "mfaMethod.totp": "인증 앱",
  },
};

function entriesFor(
  s: ResolvedSettings,
  page: string,
  lang: string,
): { providers: boolean; entries: Entry[] } {
  const table = STRINGS[lang] ?? STRINGS[lang.split("-")[0] ?? ""];
  const claim = (id: string): Entry[] =>
    table?.[id] === undefined ? [] : [{ type: "ClaimType", claim: id, text: table[id] }];
  const choices = (id: string, values: readonly string[]): Entry[] => {
    const items = values.map((value) => ({ value, text: table?.[`${id}.${value}`] }));
    return items.every((i) => i.text !== undefined)
      ? [{ type: "Choices", claim: id, items: items as { text: string; value: string }[] }]
      : [];
  };
  const mfa = s.mfa.mode === "off" ? [] : s.mfa.methods;
  switch (page) {
    case "api.signuporsignin": {
      const label = s.session.keepMeSignedInDays === undefined ? undefined : table?.remember_me;
      return {
        providers: true,
        entries: label === undefined ? [] : [{ type: "UxElement", id: "remember_me", text: label }],
      };
    }
    case "api.idpselections":
      return { providers: true, entries: [] };
    case "api.localaccountsignup":
      return { providers: false, entries: s.signInIdentifier === "username" ? claim("newUserName") : [] };
    case "api.selfasserted":
      return {
        providers: false,
        entries: [
          ...(mfa.length > 1 ? [...claim("mfaMethod"), ...choices("mfaMethod", mfa)] : []),
          ...(mfa.includes("email")
            ? [...claim("mfaEmail"), ...claim("strongAuthenticationEmailAddress")]
            : []),
        ],
      };
    case "api.selfasserted.totp":
      return {
        providers: false,
        entries: mfa.includes("totp")
          ? [...claim("totpScanInstruction"), ...claim("totpVerifyInstruction"), ...claim("otpCode")]
          : [],
      };
    default:
      return { providers: false, entries: [] };
  }
}

const PAGES = [
  "api.signuporsignin",
  "api.idpselections",
  "api.localaccountsignup",
  "api.selfasserted",
  "api.selfasserted.totp",
];

interface Resource {
  page: string;
  lang: string;
  collections: XmlElement[];
  strings: XmlElement[];
}

function localizedString(e: Exclude<Entry, { type: "Choices" }>): XmlElement {
  return e.type === "ClaimType"
    ? textEl("LocalizedString", e.text, {
        ElementType: "ClaimType",
        ElementId: e.claim,
        StringId: "DisplayName",
      })
    : textEl("LocalizedString", e.text, { ElementType: "UxElement", StringId: e.id });
}

function resources(s: ResolvedSettings): Resource[] {
  const out: Resource[] = [];
  for (const page of PAGES) {
    for (const lang of s.languages) {
      const { providers, entries } = entriesFor(s, page, lang);
      const collections = entries.flatMap((e) =>
        e.type === "Choices"
          ? [
              el(
                "LocalizedCollection",
                { ElementType: "ClaimType", ElementId: e.claim, TargetCollection: "Restriction" },
                e.items.map((i) => el("Item", { Text: i.text, Value: i.value })),
              ),
            ]
          : [],
      );
      const strings = [
        ...(providers
          ? s.providers.map((p) =>
              textEl("LocalizedString", p.displayName, {
                ElementType: "ClaimsProvider",
                StringId: p.exchangeId,
              }),
            )
          : []),
        ...entries.flatMap((e) => (e.type === "Choices" ? [] : [localizedString(e)])),
      ];
      if (strings.length + collections.length > 0) out.push({ page, lang, collections, strings });
    }
  }
  return out;
}

/** BuildingBlocks of the Localization policy. */
export function localizationBuildingBlocks(s: ResolvedSettings): XmlElement {
  const list = resources(s);
  const pages = [...new Set(list.map((r) => r.page))];
  const [defaultLanguage] = s.languages;
  return el("BuildingBlocks", {}, [
    pages.length > 0 &&
      el(
        "ContentDefinitions",
        {},
        pages.map((page) =>
          el("ContentDefinition", { Id: page }, [
            el(
              "LocalizedResourcesReferences",
              { MergeBehavior: "Prepend" },
              list
                .filter((r) => r.page === page)
                .map((r) =>
                  el("LocalizedResourcesReference", {
                    Language: r.lang,
                    LocalizedResourcesReferenceId: `${page}.${r.lang}`,
                  }),
                ),
            ),
          ]),
        ),
      ),
    el("Localization", { Enabled: "true" }, [
      el(
        "SupportedLanguages",
        { DefaultLanguage: defaultLanguage, MergeBehavior: "ReplaceAll" },
        s.languages.map((lang) => textEl("SupportedLanguage", lang)),
      ),
      ...list.map((r) =>
        el("LocalizedResources", { Id: `${r.page}.${r.lang}` }, [
          r.collections.length > 0 && el("LocalizedCollections", {}, r.collections),
          r.strings.length > 0 && el("LocalizedStrings", {}, r.strings),
        ]),
      ),
    ]),
  ]);
}
