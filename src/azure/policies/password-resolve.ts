import { type Issues, integerInRange, oneOf } from "./checks";
import { CHARACTER_CLASSES, type CharacterClass, type CustomPolicySettings } from "./settings";

/** Password rules with defaults applied. */
export interface ResolvedPassword {
  minLength: number;
  maxLength: number;
  classes: CharacterClass[];
  matchAtLeast: number;
}

/** Password rules: B2C's custom range is 4..256 characters (password-complexity). */
export function resolvePassword(
  issues: Issues,
  p: NonNullable<CustomPolicySettings["password"]>,
): ResolvedPassword {
  const minLength = integerInRange(issues, "password.minLength", p.minLength ?? 8, 4, 256, "characters");
  const maxLength = integerInRange(
    issues,
    "password.maxLength",
    p.maxLength ?? 64,
    minLength,
    256,
    "characters",
  );
  const classes = [...(p.classes ?? CHARACTER_CLASSES)].map((c, i) =>
    oneOf(issues, `password.classes[${i}]`, c, CHARACTER_CLASSES),
  );
  if (new Set(classes).size !== classes.length)
    issues.add("password.classes", "must not repeat a class", classes);
  const matchAtLeast = integerInRange(
    issues,
    "password.matchAtLeast",
    p.matchAtLeast ?? Math.min(3, classes.length),
    0,
    classes.length,
    "classes",
  );
  return { minLength, maxLength, classes, matchAtLeast };
}
