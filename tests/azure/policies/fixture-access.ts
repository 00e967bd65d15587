/** Test helper: fixtures by name and the parsed documents of their generated policy set. */
import { type GeneratedPolicy, generateCustomPolicies } from "../../../src/azure/policies";
import { POLICY_FIXTURES } from "../../../src/azure/policies/fixtures";
import type { CustomPolicySettings } from "../../../src/azure/policies/settings";
import { all, type Node, parse } from "./parsed";

export function fixture(name: string): CustomPolicySettings {
  const found = POLICY_FIXTURES.find((f) => f.name === name);
  if (found === undefined) throw new Error(`no fixture named ${name}`);
  return found.settings;
}

export interface ParsedSet {
  policies: GeneratedPolicy[];
  base: Node;
  localization: Node;
  extensions: Node;
  signUpOrSignIn: Node;
  passwordReset: Node;
  profileEdit: Node;
}

export function generateParsed(settings: CustomPolicySettings): ParsedSet {
  const policies = generateCustomPolicies(settings);
  const [base, localization, extensions, signUpOrSignIn, passwordReset, profileEdit] = policies.map((p) =>
    parse(p.xml),
  );
  if (base === undefined || localization === undefined || extensions === undefined)
    throw new Error("missing framework policy");
  if (signUpOrSignIn === undefined || passwordReset === undefined || profileEdit === undefined)
    throw new Error("missing relying party");
  return { policies, base, localization, extensions, signUpOrSignIn, passwordReset, profileEdit };
}

export function byId(root: Node, element: string, id: string): Node {
  const found = all(root, element).filter((n) => n.attrs.Id === id);
  if (found.length !== 1) throw new Error(`expected one <${element} Id="${id}">, found ${found.length}`);
  return found[0] as Node;
}
