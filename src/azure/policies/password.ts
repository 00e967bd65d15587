/**
 * New-password rules as B2C predicates (TrustFrameworkBase): a length range and the required
 * character classes, referenced by the `newPassword` and `reenterPassword` claims. The
 * directory's strong-password policy is turned off where passwords are written
 * (`DisableStrongPassword`, directory.ts), so these rules, and only these, decide.
 * Reference: https://learn.microsoft.com/azure/active-directory-b2c/password-complexity
 */
import { el, textEl, type XmlElement } from "../../xml";
import type { ResolvedSettings } from "./resolve";
import type { CharacterClass } from "./settings";

/** The `PredicateValidation` the password claims reference. */
export const PASSWORD_RULES = "PasswordRules";

/**
 * Symbols as the neutral configuration counts them (the set Amazon Cognito documents, space
 * included), written as B2C's `CharacterSet` parameter: `\` and `-` escaped.
 */
export const SYMBOLS = "^$*.[]{}()?\"!@#%&/\\\\,><':;|_~`=+\\- ";

const CLASSES: Readonly<Record<CharacterClass, { id: string; set: string; help: string }>> = {
  lowercase: { id: "Lowercase", set: "a-z", help: "a lowercase letter" },
  uppercase: { id: "Uppercase", set: "A-Z", help: "an uppercase letter" },
  digit: { id: "Digit", set: "0-9", help: "a digit" },
  symbol: { id: "Symbol", set: SYMBOLS, help: "a symbol" },
};

function predicate(id: string, method: string, help: string, parameters: [string, string | number][]) {
  return el("Predicate", { Id: id, Method: method }, [
    textEl("UserHelpText", help),
    el(
      "Parameters",
      {},
      parameters.map(([name, value]) => textEl("Parameter", value, { Id: name })),
    ),
  ]);
}

/** `Predicates`: the length range and one predicate per counted character class. */
export function passwordPredicates(s: ResolvedSettings): XmlElement {
  const p = s.password;
  return el("Predicates", {}, [
    predicate(
      "PasswordLength",
      "IsLengthRange",
      `The password must be between ${p.minLength} and ${p.maxLength} characters.`,
      [
        ["Minimum", p.minLength],
        ["Maximum", p.maxLength],
      ],
    ),
    ...p.classes.map((c) =>
      predicate(CLASSES[c].id, "IncludesCharacters", CLASSES[c].help, [["CharacterSet", CLASSES[c].set]]),
    ),
  ]);
}

/** `PredicateValidations`: the length, then at least `matchAtLeast` of the counted classes. */
export function passwordValidations(s: ResolvedSettings): XmlElement {
  const p = s.password;
  const counted = p.matchAtLeast > 0 && p.classes.length > 0;
  const all = p.matchAtLeast === p.classes.length;
  return el("PredicateValidations", {}, [
    el("PredicateValidation", { Id: PASSWORD_RULES }, [
      el("PredicateGroups", {}, [
        el("PredicateGroup", { Id: "Length" }, [
          el("PredicateReferences", { MatchAtLeast: 1 }, [
            el("PredicateReference", { Id: "PasswordLength" }),
          ]),
        ]),
        counted &&
          el("PredicateGroup", { Id: "CharacterClasses" }, [
            textEl(
              "UserHelpText",
              all
                ? "The password must have all of the following:"
                : `The password must have at least ${p.matchAtLeast} of the following:`,
            ),
            el(
              "PredicateReferences",
              { MatchAtLeast: p.matchAtLeast },
              p.classes.map((c) => el("PredicateReference", { Id: CLASSES[c].id })),
            ),
          ]),
      ]),
    ]),
  ]);
}
