import { BASELINE_RULES } from "./baseline";
import { CHECKLIST_RULES } from "./checklists";
import { CONFORMANCE_RULES } from "./conformance";
import { PROJECT_RULES } from "./project";
import { noPlaintextSecrets } from "./secrets";
import type { Rule } from "./types";

/** Every rule of the baseline, in the order violations are reported. */
export const ALL_RULES: readonly Rule[] = [
  ...PROJECT_RULES,
  noPlaintextSecrets,
  ...BASELINE_RULES,
  ...CHECKLIST_RULES,
  ...CONFORMANCE_RULES,
];
