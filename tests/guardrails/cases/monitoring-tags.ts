import { type BadCase, bad, HOSTILE, many } from "../support";

/** The monitoring, protection and tags sections, on both clouds. */
export const MONITORING_TAGS_CASES: readonly BadCase[] = [
  bad(
    "aws",
    "an alert address without a domain",
    "monitoring.alertEmails",
    ["secops"],
    ['monitoring.alertEmails[0]: must be an e-mail address; received "secops"'],
  ),
  bad(
    "azure",
    "markup in an alert address",
    "monitoring.alertEmails",
    [`${HOSTILE.script}@hanbit.co.kr`],
    [
      'monitoring.alertEmails[0]: must be an e-mail address; received "<script>alert(\\"x\\")</script>@hanbit.co.kr"',
    ],
  ),
  bad(
    "azure",
    "no alert address on Azure",
    "monitoring.alertEmails",
    [],
    [
      "monitoring.alertEmails: must list at least one address on Azure (alerts go to an action group of e-mail receivers); received []",
    ],
    { cli: true },
  ),
  bad("aws", "10,000 alert addresses", "monitoring.alertEmails", many(10_000, "ops@hanbit.co.kr"), [
    'monitoring.alertEmails: must not list "ops@hanbit.co.kr" more than once; received ["ops@hanbit.co.kr","ops@hanbit.co.kr","ops@hanbit.co.kr","ops@hanbit.co.kr","op… (190001 characters)',
  ]),
  bad("aws", "a retention CloudWatch does not offer", "monitoring.logRetention", "45d", [
    'monitoring.logRetention: must be one of CloudWatch\'s retention periods: 1d, 3d, 5d, 7d, 14d, 30d, 60d, 90d, 120d, 150d, 180d, 365d, 400d, 545d, 731d, 1096d, 1827d, 2192d, 2557d, 2922d, 3288d, 3653d; received "45d"',
  ]),
  bad("azure", "a retention shorter than Log Analytics keeps", "monitoring.logRetention", "7d", [
    'monitoring.logRetention: must be between 30d and 730d (inclusive) for a Log Analytics workspace; received "7d"',
  ]),
  bad("azure", "a retention longer than Log Analytics keeps", "monitoring.logRetention", "1000d", [
    'monitoring.logRetention: must be between 30d and 730d (inclusive) for a Log Analytics workspace; received "1000d"',
  ]),
  bad(
    "aws",
    "a typo in a monitoring key",
    "monitoring.alertEmail",
    [],
    [
      'monitoring.alertEmail: unknown key; did you mean "alertEmails"? allowed keys: alertEmails, logRetention',
    ],
  ),
  bad("aws", "deletion allowed as text", "protection.allowDeletion", "true", [
    'protection.allowDeletion: must be a boolean; received "true"',
  ]),
  bad("azure", "the former protect switch", "protection.protect", false, [
    "protection.protect: unknown key; allowed keys: allowDeletion, allowReplacement",
  ]),
  bad("aws", "the former retain switch", "protection.retainOnDelete", false, [
    "protection.retainOnDelete: unknown key; allowed keys: allowDeletion, allowReplacement",
  ]),
  bad("aws", "a typo in a protection key", "protection.allowDeletions", true, [
    'protection.allowDeletions: unknown key; did you mean "allowDeletion"? allowed keys: allowDeletion, allowReplacement',
  ]),
  bad("aws", "an empty tag value", "tags.owner", "", [
    'tags.owner: must be text of 1..256 characters; received ""',
  ]),
  bad(
    "azure",
    "a 100 KB tag value",
    "tags.owner",
    HOSTILE.huge,
    [
      'tags.owner: must be text of 1..256 characters; received "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (100002 characters)',
    ],
    { cli: true },
  ),
  bad("aws", "a newline in a tag value", "tags.owner", HOSTILE.newline, [
    'tags.owner: must not contain control characters or bidirectional overrides; received "line\\nbreak"',
  ]),
  bad("azure", "a NUL in a tag value", "tags.owner", HOSTILE.nul, [
    'tags.owner: must not contain control characters or bidirectional overrides; received "nul\\u0000byte"',
  ]),
  bad("aws", "a number as a tag value", "tags.owner", 5, [
    "tags.owner: must be text of 1..256 characters; received 5",
  ]),
];
