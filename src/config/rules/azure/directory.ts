import { DURATION_UNITS } from "../../duration";
import { type ConfigProblem, problem } from "../../problems";
import { AZURE_REGIONS, regionProblems } from "../../regions";
import type { AzurePlatformConfig } from "../../schema/root";
import { durationInRange } from "../range";
import { B2C_SESSION_EXPIRY_SECONDS, JWT_ISSUER_SECONDS } from "./limits";

const DAY = DURATION_UNITS.d;

/** Identity provider types each directory mode can federate with. */
const SUPPORTED_PROVIDERS: Record<string, ReadonlySet<string>> = {
  // Graph's social identity providers that user flows can link.
  "b2c/userFlows": new Set(["google", "facebook", "amazon", "linkedin", "microsoft"]),
  // What the policy generator federates with a client secret uploaded as a policy key.
  "b2c/customPolicies": new Set(["google", "facebook", "linkedin", "microsoft", "oidc"]),
  // Social providers an External ID sign-up flow offers through Graph.
  externalId: new Set(["google", "facebook"]),
};

/** The location must be an Azure public-cloud region (src/config/regions/azure.ts). */
export function location(value: string | undefined): ConfigProblem[] {
  return regionProblems("azure-native:location", value, AZURE_REGIONS, "an Azure", "koreacentral");
}

export function tokenLifetimes(config: AzurePlatformConfig): ConfigProblem[] {
  const s = config.session;
  // External ID's sign-up flow takes no token lifetimes (the tenant's defaults hold, and the plan
  // lists that as left to do by hand): only B2C's JwtIssuer ranges apply.
  if (config.azure.directory.mode !== "b2c") return [];
  const who = "Azure AD B2C";
  const range = (key: string, value: (typeof s)["accessTokenLifetime"], r: { min: number; max: number }) =>
    durationInRange(key, value, r.min, r.max, who);
  const out = [
    ...range("session.accessTokenLifetime", s.accessTokenLifetime, JWT_ISSUER_SECONDS.token_lifetime_secs),
    ...range("session.idTokenLifetime", s.idTokenLifetime, JWT_ISSUER_SECONDS.id_token_lifetime_secs),
    ...range(
      "session.refreshTokenLifetime",
      s.refreshTokenLifetime,
      JWT_ISSUER_SECONDS.refresh_token_lifetime_secs,
    ),
  ];
  if (config.azure.directory.policyMode === "customPolicies") {
    out.push(
      ...durationInRange(
        "session.absoluteTimeout",
        s.absoluteTimeout,
        B2C_SESSION_EXPIRY_SECONDS.min,
        B2C_SESSION_EXPIRY_SECONDS.max,
        "the B2C web session (SessionExpiryInSeconds)",
      ),
    );
  }
  return out;
}

export function directory(config: AzurePlatformConfig): ConfigProblem[] {
  const d = config.azure.directory;
  const out: ConfigProblem[] = [];
  if (d.mode === "externalId" && d.policyMode === "customPolicies") {
    out.push(
      problem(
        "azure.directory.policyMode",
        'must be "userFlows" when azure.directory.mode is "externalId" (External ID has no custom policies)',
        d.policyMode,
      ),
    );
  }
  if (d.tenant === "existing" && !d.tenantId) {
    out.push(
      problem(
        "azure.directory.tenantId",
        'is required when azure.directory.tenant is "existing"',
        d.tenantId,
      ),
    );
  }
  if (d.tenant === "create" && !d.create) {
    out.push(
      problem(
        "azure.directory.create",
        'is required when azure.directory.tenant is "create" (countryCode and displayName)',
        d.create,
      ),
    );
  }
  if (d.tenant === "existing" && d.create) {
    out.push(
      problem("azure.directory.create", 'is only used when azure.directory.tenant is "create"', d.create),
    );
  }
  if (d.tenant === "create" && d.tenantId) {
    out.push(
      problem(
        "azure.directory.tenantId",
        'is only used when azure.directory.tenant is "existing" (a created tenant gets its ID from Azure)',
        d.tenantId,
      ),
    );
  }
  if (d.mode === "externalId" && config.identity.mfa.factors.includes("totp")) {
    out.push(
      problem(
        "identity.mfa.factors",
        'must not include "totp" with External ID (it offers "email" and "sms")',
        config.identity.mfa.factors,
      ),
    );
  }
  if (d.mode === "b2c" && d.policyMode === "customPolicies") {
    if (config.identity.signInIdentifiers.includes("phone"))
      out.push(
        problem(
          "identity.signInIdentifiers",
          'must not include "phone" with B2C custom policies (local accounts sign in with "email" or "username")',
          config.identity.signInIdentifiers,
        ),
      );
    const refresh = config.session.refreshTokenLifetime;
    if (refresh.seconds % DAY !== 0)
      out.push(
        problem(
          "session.refreshTokenLifetime",
          "must be a whole number of days with B2C custom policies (refresh_token_lifetime_days)",
          refresh.text,
        ),
      );
  }
  if (d.keepMeSignedInDays !== undefined && d.policyMode !== "customPolicies") {
    out.push(
      problem(
        "azure.directory.keepMeSignedInDays",
        'is only used when azure.directory.policyMode is "customPolicies"',
        d.keepMeSignedInDays,
      ),
    );
  }
  return out;
}

export function providers(config: AzurePlatformConfig): ConfigProblem[] {
  const d = config.azure.directory;
  const key = d.mode === "b2c" ? `b2c/${d.policyMode}` : "externalId";
  const supported = SUPPORTED_PROVIDERS[key] ?? new Set<string>();
  const where = d.mode === "b2c" ? `Azure AD B2C with ${d.policyMode}` : "Microsoft Entra External ID";
  return config.identity.providers.flatMap((p, i) =>
    supported.has(p.type)
      ? []
      : [
          problem(
            `identity.providers[${i}].type`,
            `must be one of ${[...supported].map((s) => `"${s}"`).join(", ")} on ${where}`,
            p.type,
          ),
        ],
  );
}
