import { describe, expect, it } from "vitest";
import { PASSWORD_POLICIES } from "../../../src/azure/policies/directory";
import { SYMBOLS } from "../../../src/azure/policies/password";
import { byId, fixture, generateParsed } from "./fixture-access";
import { all, at, kids, type Node } from "./parsed";

const steps = (journey: Node) =>
  kids(at(journey, "OrchestrationSteps"), "OrchestrationStep").map((step) => ({
    exchange: all(step, "ClaimsExchange")[0]?.attrs.Id,
    skipIf: all(step, "Precondition").map((p) => [
      p.attrs.Type,
      p.attrs.ExecuteActionsIf,
      ...kids(p, "Value").map((v) => v.text),
    ]),
  }));

describe("GIVEN several second factors (totp, email, phone) required", () => {
  const set = generateParsed(
    fixture("every factor offered (a choice page), 12+ characters with all four classes"),
  );

  it("THEN the user first picks a method, skipped once a factor passed in this session", () => {
    const [first] = steps(byId(set.extensions, "SubJourney", "Mfa-RegisterOrVerify"));
    expect(first).toEqual({
      exchange: "MfaMethodChoose",
      skipIf: [["ClaimsExist", "true", "isActiveMFASession"]],
    });
    const choice = byId(set.extensions, "ClaimType", "mfaMethod");
    expect(at(choice, "UserInputType").text).toBe("RadioSingleSelect");
    expect(kids(at(choice, "Restriction"), "Enumeration").map((e) => e.attrs)).toEqual([
      { Text: "My authenticator app", Value: "totp", SelectByDefault: "true" },
      { Text: "A code sent to my email", Value: "email", SelectByDefault: "false" },
      { Text: "A text message or call to my phone", Value: "phone", SelectByDefault: "false" },
    ]);
  });

  it("THEN every step of a method runs only when that method was picked", () => {
    const rest = steps(byId(set.extensions, "SubJourney", "Mfa-RegisterOrVerify")).slice(1);
    const pickedFor = (s: (typeof rest)[number]) =>
      s.skipIf.filter(
        ([type, when, claim]) => type === "ClaimEquals" && when === "false" && claim === "mfaMethod",
      );
    expect(rest.every((s) => pickedFor(s).length === 1)).toBe(true);
    const method = (exchange: string) => {
      const step = rest.find((s) => s.exchange === exchange);
      return step && pickedFor(step)[0]?.[3];
    };
    expect([method("TotpVerify"), method("EmailFactor-Verify"), method("PhoneFactor-Verify")]).toEqual([
      "totp",
      "email",
      "phone",
    ]);
  });

  it("THEN the choice is labelled in Korean and English on the self-asserted page", () => {
    const collections = all(set.localization, "LocalizedCollection").map((c) => ({
      items: kids(c, "Item").map((i) => `${i.attrs.Value}=${i.attrs.Text}`),
    }));
    expect(collections).toEqual([
      { items: ["totp=인증 앱", "email=이메일로 받은 코드", "phone=휴대폰 문자 또는 전화"] },
      {
        items: [
          "totp=My authenticator app",
          "email=A code sent to my email",
          "phone=A text message or call to my phone",
        ],
      },
    ]);
  });

  it("THEN the password predicates require 12..256 characters and all four classes", () => {
    const predicates = kids(at(set.base, "BuildingBlocks", "Predicates"), "Predicate").map((p) => [
      p.attrs.Id,
      p.attrs.Method,
      ...kids(at(p, "Parameters"), "Parameter").map((x) => `${x.attrs.Id}=${x.text}`),
    ]);
    expect(predicates).toEqual([
      ["PasswordLength", "IsLengthRange", "Minimum=12", "Maximum=256"],
      ["Lowercase", "IncludesCharacters", "CharacterSet=a-z"],
      ["Uppercase", "IncludesCharacters", "CharacterSet=A-Z"],
      ["Digit", "IncludesCharacters", "CharacterSet=0-9"],
      ["Symbol", "IncludesCharacters", `CharacterSet=${SYMBOLS}`],
    ]);
    const groups = all(set.base, "PredicateGroup").map((g) => [
      g.attrs.Id,
      at(g, "PredicateReferences").attrs.MatchAtLeast,
    ]);
    expect(groups).toEqual([
      ["Length", "1"],
      ["CharacterClasses", "4"],
    ]);
  });
});

describe("GIVEN two factors, optional", () => {
  const set = generateParsed(fixture("two factors, optional: the first registered one is verified"));

  it("THEN sign-in verifies the first registered factor and skips the others once one passed", () => {
    const verify = steps(byId(set.extensions, "SubJourney", "Mfa-VerifyRegistered"));
    expect(verify.length).toBeGreaterThan(2);
    expect(
      verify.every((s) =>
        s.skipIf.some(([, when, claim]) => when === "true" && claim === "isActiveMFASession"),
      ),
    ).toBe(true);
    expect(
      verify.map((s) => s.exchange).filter((x) => x === "PhoneFactor-Verify" || x === "TotpVerify"),
    ).toEqual(["PhoneFactor-Verify", "TotpVerify"]);
  });

  it("THEN one class of two counted is enough, and the help says so", () => {
    const group = byId(set.base, "PredicateGroup", "CharacterClasses");
    expect([
      at(group, "UserHelpText").text,
      kids(at(group, "PredicateReferences"), "PredicateReference").map((r) => r.attrs.Id),
    ]).toEqual(["The password must have at least 1 of the following:", ["Lowercase", "Digit"]]);
  });
});

describe("GIVEN one factor and no password settings", () => {
  const set = generateParsed(fixture("minimal: local email accounts, defaults everywhere"));

  it("THEN there is no choice page and the default password is 8..64 with three of four classes", () => {
    expect(all(set.extensions, "ClaimType").filter((c) => c.attrs.Id === "mfaMethod")).toEqual([]);
    const length = byId(set.base, "Predicate", "PasswordLength");
    expect(kids(at(length, "Parameters"), "Parameter").map((p) => p.text)).toEqual(["8", "64"]);
    expect(
      at(byId(set.base, "PredicateGroup", "CharacterClasses"), "PredicateReferences").attrs.MatchAtLeast,
    ).toBe("3");
  });

  it("THEN every write of a password turns the directory's strong-password policy off, so the predicates decide", () => {
    const persisted = (id: string) =>
      all(byId(set.base, "TechnicalProfile", id), "PersistedClaim")
        .filter((c) => c.attrs.ClaimTypeReferenceId === "passwordPolicies")
        .map((c) => c.attrs.DefaultValue);
    expect([
      persisted("AAD-UserWriteUsingLogonEmail"),
      persisted("AAD-UserWritePasswordUsingObjectId"),
    ]).toEqual([[PASSWORD_POLICIES], [PASSWORD_POLICIES]]);
    expect(PASSWORD_POLICIES).toBe("DisablePasswordExpiration, DisableStrongPassword");
  });
});
