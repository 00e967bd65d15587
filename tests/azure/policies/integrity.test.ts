import { describe, expect, it } from "vitest";
import { generateCustomPolicies, requiredKeySets } from "../../../src/azure/policies";
import { POLICY_FIXTURES } from "../../../src/azure/policies/fixtures";
import { referenceProblems } from "./integrity";
import { parse } from "./parsed";

describe("GIVEN each representative settings fixture", () => {
  describe.each(POLICY_FIXTURES.map((f) => [f.name, f.settings] as const))("%s", (_name, settings) => {
    const policies = generateCustomPolicies(settings);
    const keys = requiredKeySets(settings).map((k) => k.name);
    const framework = policies.slice(0, 3).map((p) => parse(p.xml));

    it.each(policies.slice(3).map((p) => [p.policyId, p.xml] as const))(
      "WHEN %s is merged with Base, Localization and Extensions THEN every reference resolves",
      (_id, xml) => {
        expect(referenceProblems([...framework, parse(xml)], keys)).toEqual([]);
      },
    );
  });
});

describe("referenceProblems itself", () => {
  it("GIVEN a relying party merged without Extensions WHEN checked THEN it reports exactly the journeys and exchanges Extensions declares", () => {
    const settings = POLICY_FIXTURES[0]?.settings ?? {
      tenant: "x",
      identityExperienceFramework: { appId: "", proxyAppId: "" },
    };
    const [base, localization, , signUpOrSignIn] = generateCustomPolicies(settings).map((p) => parse(p.xml));
    const chain = [base, localization, signUpOrSignIn].filter((d) => d !== undefined);
    expect(
      referenceProblems(
        chain,
        requiredKeySets(settings).map((k) => k.name),
      ),
    ).toEqual([
      'user journey "SignUpOrSignIn" is referenced but not declared',
      'user journey "RedeemRefreshToken" is referenced but not declared',
      'claims exchange "SignUpWithLogonEmailExchange" is referenced but not declared',
      'claims exchange "ForgotPasswordExchange" is referenced but not declared',
    ]);
  });
});
