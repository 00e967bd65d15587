import { BASELINE_RULES } from "./baseline";
import { CHECKLIST_RULES } from "./checklists";
import { CONFORMANCE_RULES } from "./conformance";
import { GUARANTEE_RULES } from "./guarantees";
import { PROJECT_RULES } from "./project";
import { noPlaintextSecrets } from "./secrets";
import type { Rule } from "./types";
import { optOutsRecorded, waivable } from "./waivers";

/**
 * Every rule of the baseline, in the order violations are reported; a rule that holds a default
 * guarantee is waived where the stack configuration recorded a deliberate opt-out of it.
 */
export const ALL_RULES: readonly Rule[] = [
  ...PROJECT_RULES,
  noPlaintextSecrets,
  ...BASELINE_RULES,
  ...CHECKLIST_RULES,
  ...GUARANTEE_RULES,
  optOutsRecorded,
  ...CONFORMANCE_RULES,
].map(waivable);
