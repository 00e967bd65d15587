import { type BadCase, bad, HOSTILE, many, REMOVE } from "../support";

/** The root keys and the identity section, on both clouds. */
export const ROOT_IDENTITY_CASES: readonly BadCase[] = [
  bad("aws", "an unknown cloud", "cloud", "gcp", ['cloud: must be one of "aws", "azure"; received "gcp"'], {
    cli: true,
  }),
  bad("azure", "a missing cloud", "cloud", REMOVE, ['cloud: is required (must be one of "aws", "azure")']),
  bad("aws", "markup as the cloud", "cloud", HOSTILE.script, [
    'cloud: must be one of "aws", "azure"; received "<script>alert(\\"x\\")</script>"',
  ]),
  bad("aws", "an upper-case name", "name", "Hanbit", [
    'name: must be 1..20 lowercase letters, digits or hyphens, starting with a letter; received "Hanbit"',
  ]),
  bad(
    "aws",
    "a 100 KB name",
    "name",
    HOSTILE.huge,
    [
      'name: must be 1..20 lowercase letters, digits or hyphens, starting with a letter; received "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (100002 characters)',
    ],
    { cli: true },
  ),
  bad("aws", "a path traversal as the name", "name", HOSTILE.traversal, [
    'name: must be 1..20 lowercase letters, digits or hyphens, starting with a letter; received "../../etc/passwd"',
  ]),
  bad("azure", "a template expression as the name", "name", HOSTILE.template, [
    `name: must be 1..20 lowercase letters, digits or hyphens, starting with a letter; received "${HOSTILE.template}"`,
  ]),
  bad("azure", "a mustache template as the name", "name", HOSTILE.mustache, [
    'name: must be 1..20 lowercase letters, digits or hyphens, starting with a letter; received "{{constructor.constructor}}"',
  ]),
  bad(
    "aws",
    "a right-to-left override in the name",
    "name",
    HOSTILE.rtl,
    [
      'name: must not contain control characters or bidirectional overrides; received "invoice\\u202egnp.exe"',
    ],
    { cli: true },
  ),
  bad("azure", "an empty name", "name", "", [
    'name: must be 1..20 lowercase letters, digits or hyphens, starting with a letter; received ""',
  ]),
  bad("aws", "a typo in a top-level key", "sesion", {}, [
    'sesion: unknown key; did you mean "session"? allowed keys: cloud, name, identity, clients, session, api, monitoring, protection, load, tags, aws',
  ]),
  bad("azure", "a typo in the cloud section", "azur", {}, [
    'azur: unknown key; did you mean "azure"? allowed keys: cloud, name, identity, clients, session, api, monitoring, protection, load, tags, azure',
  ]),
  bad("aws", "the other cloud's section", "azure", {}, [
    'azure: is only read when cloud is "azure"; remove it or set cloud: azure',
  ]),
  bad("azure", "the other cloud's section", "aws", {}, [
    'aws: is only read when cloud is "aws"; remove it or set cloud: aws',
  ]),
  bad("aws", "markup as a top-level key", "<script>", "x", [
    '["<script>"]: unknown key; allowed keys: cloud, name, identity, clients, session, api, monitoring, protection, load, tags, aws',
  ]),
  bad("aws", "identity as text", "identity", "hello", [
    'identity: must be a map of keys to values; received "hello"',
  ]),
  bad(
    "aws",
    "a misspelled sign-in identifier",
    "identity.signInIdentifiers",
    ["emial"],
    ['identity.signInIdentifiers[0]: must be one of "email", "phone", "username"; received "emial"'],
  ),
  bad(
    "azure",
    "no sign-in identifier",
    "identity.signInIdentifiers",
    [],
    ['identity.signInIdentifiers: must list at least one of "email", "phone", "username"; received []'],
  ),
  bad("aws", "self sign-up as text", "identity.selfSignUp", "yes", [
    'identity.selfSignUp: must be a boolean; received "yes"',
  ]),
  bad("aws", "an unknown MFA mode", "identity.mfa.mode", "always", [
    'identity.mfa.mode: must be one of "off", "optional", "required"; received "always"',
  ]),
  bad(
    "azure",
    "an unknown MFA factor",
    "identity.mfa.factors",
    ["push"],
    ['identity.mfa.factors[0]: must be one of "totp", "sms", "email"; received "push"'],
  ),
  bad("aws", "MFA factors as text", "identity.mfa.factors", "totp", [
    'identity.mfa.factors: must be a list; received "totp"',
  ]),
  bad("aws", "a password shorter than allowed", "identity.password.minLength", 5, [
    "identity.password.minLength: must be at least 6; received 5",
  ]),
  bad("azure", "a password longer than allowed", "identity.password.minLength", 100, [
    "identity.password.minLength: must be at most 99; received 100",
  ]),
  bad("aws", "a password length as text", "identity.password.minLength", "12", [
    'identity.password.minLength: must be a number; received "12"',
  ]),
  bad("aws", "a negative password history", "identity.password.historySize", -1, [
    "identity.password.historySize: must be at least 0; received -1",
  ]),
  bad("aws", "a password history over 24", "identity.password.historySize", 25, [
    "identity.password.historySize: must be at most 24; received 25",
  ]),
  bad("azure", "a password rule as text", "identity.password.requireSymbols", "true", [
    'identity.password.requireSymbols: must be a boolean; received "true"',
  ]),
  bad(
    "aws",
    "a temporary password validity in words",
    "identity.password.temporaryPasswordValidity",
    "3 days",
    [
      'identity.password.temporaryPasswordValidity: must be a duration such as "90s", "15m", "12h" or "30d"; received "3 days"',
    ],
  ),
  bad(
    "aws",
    "a temporary password validity over a year",
    "identity.password.temporaryPasswordValidity",
    "1000d",
    [
      'identity.password.temporaryPasswordValidity: must be a whole number of days between 0d and 365d for Amazon Cognito; received "1000d"',
    ],
  ),
  bad("aws", "a typo in a password key", "identity.password.minLenght", 12, [
    'identity.password.minLenght: unknown key; did you mean "minLength"? allowed keys: minLength, requireUppercase, requireLowercase, requireDigits, requireSymbols, historySize, temporaryPasswordValidity',
  ]),
  bad("aws", "a misspelled provider type", "identity.providers[0].type", "gogle", [
    'identity.providers[0].type: must be one of "google", "facebook", "amazon", "linkedin", "microsoft", "apple", "oidc", "saml"; received "gogle"',
  ]),
  bad("aws", "a provider without a type", "identity.providers[0].type", REMOVE, [
    'identity.providers[0].type: is required (must be one of "google", "facebook", "amazon", "linkedin", "microsoft", "apple", "oidc", "saml")',
  ]),
  bad(
    "aws",
    "markup in a provider name",
    "identity.providers[0].name",
    HOSTILE.script,
    [
      'identity.providers[0].name: must be 1..32 letters, digits, dots, hyphens or underscores, starting with a letter; received "<script>alert(\\"x\\")</script>"',
    ],
    { cli: true },
  ),
  bad("aws", "two providers with one name", "identity.providers[1].name", "GOOGLE", [
    'identity.providers[1].name: must be unique among identity.providers; received "GOOGLE"',
  ]),
  bad("azure", "a right-to-left override in a provider name", "identity.providers[0].name", HOSTILE.rtl, [
    'identity.providers[0].name: must not contain control characters or bidirectional overrides; received "invoice\\u202egnp.exe"',
  ]),
  bad("aws", "100 KB of Korean as a provider name", "identity.providers[0].name", HOSTILE.hugeUnicode, [
    'identity.providers[0].name: must be 1..32 letters, digits, dots, hyphens or underscores, starting with a letter; received "한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한한… (50002 characters)',
  ]),
  bad("aws", "an empty client ID", "identity.providers[0].clientId", "", [
    'identity.providers[0].clientId: must be text of 1..256 characters; received ""',
  ]),
  bad(
    "aws",
    "a NUL in a client ID",
    "identity.providers[0].clientId",
    HOSTILE.nul,
    [
      'identity.providers[0].clientId: must not contain control characters or bidirectional overrides; received "nul\\u0000byte"',
    ],
    { cli: true },
  ),
  bad("azure", "a newline in a client ID", "identity.providers[0].clientId", HOSTILE.newline, [
    'identity.providers[0].clientId: must not contain control characters or bidirectional overrides; received "line\\nbreak"',
  ]),
  bad("azure", "a terminal escape in a client ID", "identity.providers[1].clientId", HOSTILE.escape, [
    'identity.providers[1].clientId: must not contain control characters or bidirectional overrides; received "\\u001b[31mred"',
  ]),
  bad("aws", "a 100 KB client ID", "identity.providers[0].clientId", HOSTILE.huge, [
    'identity.providers[0].clientId: must be text of 1..256 characters; received "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (100002 characters)',
  ]),
  bad("aws", "a client secret as a number", "identity.providers[0].clientSecret", 12345678, [
    "identity.providers[0].clientSecret: must be a non-empty secret string; received [secret]",
  ]),
  bad("azure", "an empty client secret", "identity.providers[2].clientSecret", "", [
    "identity.providers[2].clientSecret: must be a non-empty secret string; received [secret]",
  ]),
  bad("aws", "an http issuer", "identity.providers[1].issuer", "http://kauth.kakao.com", [
    'identity.providers[1].issuer: must be an https:// URL; received "http://kauth.kakao.com"',
  ]),
  bad("aws", "a javascript: issuer", "identity.providers[1].issuer", "javascript:alert(1)", [
    'identity.providers[1].issuer: must be an https:// URL; received "javascript:alert(1)"',
  ]),
  bad(
    "azure",
    "an issuer with credentials",
    "identity.providers[1].issuer",
    "https://user:pw@kauth.kakao.com",
    ['identity.providers[1].issuer: must be an https:// URL; received "https://user:pw@kauth.kakao.com"'],
  ),
  bad(
    "aws",
    "markup as a provider scope",
    "identity.providers[1].scopes",
    ["openid", HOSTILE.script],
    ['identity.providers[1].scopes[1]: must be an OAuth scope; received "<script>alert(\\"x\\")</script>"'],
  ),
  bad(
    "aws",
    "10,000 provider scopes",
    "identity.providers[1].scopes",
    many(10_000, "openid"),
    [
      'identity.providers[1].scopes: must not list "openid" more than once; received ["openid","openid","openid","openid","openid","openid","openid","openid","openid… (90001 characters)',
    ],
    { cli: true },
  ),
  bad("aws", "a template as a claim name", "identity.providers[1].attributeMapping.email", HOSTILE.mustache, [
    'identity.providers[1].attributeMapping.email: must be a claim name of the provider; received "{{constructor.constructor}}"',
  ]),
  bad("aws", "a short Apple team ID", "identity.providers[2].teamId", "A1B2", [
    'identity.providers[2].teamId: must be Apple\'s 10-character team ID; received "A1B2"',
  ]),
  bad("aws", "a path in an Apple key ID", "identity.providers[2].keyId", "../K9L8M7N6", [
    'identity.providers[2].keyId: must be Apple\'s 10-character key ID; received "../K9L8M7N6"',
  ]),
  bad("aws", "a client secret on Apple", "identity.providers[2].clientSecret", "x", [
    "identity.providers[2].clientSecret: unknown key; allowed keys: type, name, attributeMapping, clientId, teamId, keyId, privateKey, scopes",
  ]),
  bad("azure", "an unknown provider field", "identity.providers[0].tenant", "common", [
    "identity.providers[0].tenant: unknown key; allowed keys: type, name, attributeMapping, clientId, clientSecret, scopes",
  ]),
  bad(
    "aws",
    "10,000 providers",
    "identity.providers",
    many(10_000, { type: "saml", name: "Corp", metadataUrl: "https://idp.example.com/metadata" }),
    [
      'identity.providers: must have at most 50 items; received [{"type":"saml","name":"Corp","metadataUrl":"https://idp.example.com/metadata"},… (790001 characters)',
    ],
  ),
];
