import { GUID, Issues, integerInRange, keySetName, matches, oneOf } from "./checks";
import { type ResolvedPassword, resolvePassword } from "./password-resolve";
import { type ResolvedProvider, resolveProviders } from "./providers-resolve";
import {
  type CustomPolicySettings,
  DEPLOYMENT_MODES,
  type DeploymentMode,
  MFA_METHODS,
  MFA_MODES,
  type MfaMethod,
  type MfaMode,
  PHONE_CHANNELS,
  type PhoneChannel,
  SESSION_EXPIRY_TYPES,
  type SessionExpiryType,
  SIGN_IN_IDENTIFIERS,
  type SignInIdentifier,
  SSO_SCOPES,
  type SsoScope,
} from "./settings";

/** Settings with every default applied and every value checked. */
export interface ResolvedSettings {
  /** Full tenant domain, e.g. `contoso.onmicrosoft.com`. */
  tenantId: string;
  policyPrefix: string;
  deploymentMode: DeploymentMode;
  instrumentationKey: string | undefined;
  iefAppId: string;
  proxyIefAppId: string;
  signingKeySet: string;
  encryptionKeySet: string;
  tokens: {
    accessSeconds: number;
    idSeconds: number;
    refreshSeconds: number;
    /** `undefined` means an infinite rolling window. */
    rollingSeconds: number | undefined;
  };
  session: {
    expiryInSeconds: number;
    expiryType: SessionExpiryType;
    ssoScope: SsoScope;
    keepMeSignedInDays: number | undefined;
  };
  mfa: { mode: MfaMode; methods: MfaMethod[]; phoneChannel: PhoneChannel };
  password: ResolvedPassword;
  signInIdentifier: SignInIdentifier;
  providers: ResolvedProvider[];
  languages: string[];
}

const DAY = 86_400;
const TENANT = /^([A-Za-z0-9]{1,47})(\.onmicrosoft\.com)?$/i;
const PREFIX = /^B2C_1A_[A-Za-z0-9_]{0,40}$/;
const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

function days(issues: Issues, path: string, value: number, max: number): number {
  return integerInRange(issues, path, value, 1, max, "days") * DAY;
}

function resolveLanguages(issues: Issues, languages: readonly string[]): string[] {
  if (languages.length === 0) issues.add("languages", "must list at least one language", languages);
  const out = languages.map((lang, i) =>
    matches(
      issues,
      `languages[${i}]`,
      lang.toLowerCase(),
      LANGUAGE,
      "must be a language tag such as ko, en or pt-br",
    ),
  );
  if (new Set(out).size !== out.length) issues.add("languages", "must not repeat a language", languages);
  return out;
}

/** Every policy key serves one purpose: two settings naming the same key is a mistake. */
function checkKeyNamesUnique(issues: Issues, r: ResolvedSettings): void {
  const owners = new Map<string, string>();
  const claim = (path: string, name: string) => {
    const key = name.toLowerCase();
    const first = owners.get(key);
    if (name === "") return;
    if (first === undefined) owners.set(key, path);
    else issues.add(path, `must not reuse the policy key of ${first}`, name);
  };
  claim("keySets.signing", r.signingKeySet);
  claim("keySets.encryption", r.encryptionKeySet);
  r.providers.forEach((p, i) => {
    claim(`providers[${i}].${p.kind === "saml" ? "signingCertificateKeyName" : "secretKeyName"}`, p.keyName);
  });
}

/**
 * Applies the documented defaults and checks every range.
 * @throws PolicySettingsError listing every invalid key, the value received and what is allowed
 */
export function resolveSettings(s: CustomPolicySettings): ResolvedSettings {
  const issues = new Issues();
  const tenantMatch = TENANT.exec(s.tenant ?? "");
  if (tenantMatch === null)
    issues.add("tenant", "must be a tenant name like contoso or contoso.onmicrosoft.com", s.tenant);
  const tenantId = `${(tenantMatch?.[1] ?? "invalid").toLowerCase()}.onmicrosoft.com`;

  const t = s.tokens ?? {};
  const refreshDays = t.refreshTokenLifetimeDays ?? 14;
  const rolling = t.refreshTokenRollingWindowDays ?? 90;
  const tokens = {
    accessSeconds: integerInRange(
      issues,
      "tokens.accessTokenLifetimeSeconds",
      t.accessTokenLifetimeSeconds ?? 3600,
      300,
      DAY,
      "seconds",
    ),
    idSeconds: integerInRange(
      issues,
      "tokens.idTokenLifetimeSeconds",
      t.idTokenLifetimeSeconds ?? 3600,
      300,
      DAY,
      "seconds",
    ),
    refreshSeconds: days(issues, "tokens.refreshTokenLifetimeDays", refreshDays, 90),
    rollingSeconds:
      rolling === "infinite" ? undefined : days(issues, "tokens.refreshTokenRollingWindowDays", rolling, 365),
  };
  if (typeof rolling === "number" && rolling < refreshDays) {
    issues.add(
      "tokens.refreshTokenRollingWindowDays",
      `must not be shorter than refreshTokenLifetimeDays (${refreshDays})`,
      rolling,
    );
  }

  const w = s.session ?? {};
  const kmsi = w.keepMeSignedInDays ?? "off";
  const session = {
    expiryInSeconds: integerInRange(
      issues,
      "session.expiryInSeconds",
      w.expiryInSeconds ?? DAY,
      900,
      DAY,
      "seconds",
    ),
    expiryType: oneOf(issues, "session.expiryType", w.expiryType ?? "Rolling", SESSION_EXPIRY_TYPES),
    ssoScope: oneOf(issues, "session.ssoScope", w.ssoScope ?? "Tenant", SSO_SCOPES),
    keepMeSignedInDays:
      kmsi === "off" ? undefined : integerInRange(issues, "session.keepMeSignedInDays", kmsi, 1, 90, "days"),
  };

  const m = s.mfa ?? {};
  const methods = [...(m.methods ?? ["phone"])];
  if (methods.length === 0) issues.add("mfa.methods", "must list at least one method", methods);
  if (new Set(methods).size !== methods.length)
    issues.add("mfa.methods", "must not repeat a method", methods);
  const mfa = {
    mode: oneOf(issues, "mfa.mode", m.mode ?? "off", MFA_MODES),
    methods: methods.map((method, i) => oneOf(issues, `mfa.methods[${i}]`, method, MFA_METHODS)),
    phoneChannel: oneOf(issues, "mfa.phoneChannel", m.phoneChannel ?? "mixed", PHONE_CHANNELS),
  };
  const password = resolvePassword(issues, s.password ?? {});

  const ief = s.identityExperienceFramework ?? { appId: undefined, proxyAppId: undefined };
  const resolved: ResolvedSettings = {
    tenantId,
    policyPrefix: matches(
      issues,
      "policyPrefix",
      s.policyPrefix ?? "B2C_1A_",
      PREFIX,
      "must start with B2C_1A_ followed by letters, digits or _",
    ),
    deploymentMode: oneOf(issues, "deploymentMode", s.deploymentMode ?? "Production", DEPLOYMENT_MODES),
    instrumentationKey:
      s.applicationInsightsInstrumentationKey === undefined
        ? undefined
        : matches(
            issues,
            "applicationInsightsInstrumentationKey",
            s.applicationInsightsInstrumentationKey,
            GUID,
            "must be a GUID",
          ),
    iefAppId: matches(
      issues,
      "identityExperienceFramework.appId",
      ief.appId,
      GUID,
      "must be the application (client) ID GUID",
    ),
    proxyIefAppId: matches(
      issues,
      "identityExperienceFramework.proxyAppId",
      ief.proxyAppId,
      GUID,
      "must be the application (client) ID GUID",
    ),
    signingKeySet: keySetName(
      issues,
      "keySets.signing",
      s.keySets?.signing ?? "B2C_1A_TokenSigningKeyContainer",
    ),
    encryptionKeySet: keySetName(
      issues,
      "keySets.encryption",
      s.keySets?.encryption ?? "B2C_1A_TokenEncryptionKeyContainer",
    ),
    tokens,
    session,
    mfa,
    password,
    signInIdentifier: oneOf(
      issues,
      "localAccounts.signInIdentifier",
      s.localAccounts?.signInIdentifier ?? "email",
      SIGN_IN_IDENTIFIERS,
    ),
    providers: resolveProviders(issues, s.providers ?? []),
    languages: resolveLanguages(issues, s.languages ?? ["en"]),
  };
  checkKeyNamesUnique(issues, resolved);
  issues.throwIfAny();
  return resolved;
}

/** Policy IDs of the generated set, in upload order. */
export function policyIds(s: ResolvedSettings) {
  const p = s.policyPrefix;
  return {
    base: `${p}TrustFrameworkBase`,
    localization: `${p}TrustFrameworkLocalization`,
    extensions: `${p}TrustFrameworkExtensions`,
    signUpOrSignIn: `${p}SignUpOrSignin`,
    passwordReset: `${p}PasswordReset`,
    profileEdit: `${p}ProfileEdit`,
  } as const;
}
