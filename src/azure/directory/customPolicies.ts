import * as pulumi from "@pulumi/pulumi";
import { DURATION_UNITS } from "../../config/duration";
import { B2C_PASSWORD_LENGTH, ROLLING_REFRESH_WINDOW_SECONDS } from "../../config/rules/azure/limits";
import type { IdentityProviderConfig } from "../../config/schema/identity";
import type { IdentityExperienceFramework } from "../appRegistrations/ief";
import { PolicyKeySet, TrustFrameworkPolicy } from "../graph";
import {
  type CustomPolicySettings,
  customPolicyChain,
  type GeneratedPolicy,
  generateCustomPolicies,
  type ProviderSettings,
  requiredKeySets,
} from "../policies";
import type { AzureConfig, AzureScope } from "../scope";
import { graphConnection } from "./graph";
import type { Directory } from "./tenant";

/** Stands in for the IEF app IDs when only the policies' IDs and order are needed. */
const PLACEHOLDER_APP_ID = "00000000-0000-0000-0000-000000000000";

/** Short technical-profile ID for an OIDC provider: its name without anything but letters and digits. */
function providerId(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, "").slice(0, 32) || "Provider";
}

function providerSettings(p: IdentityProviderConfig): ProviderSettings[] {
  switch (p.type) {
    case "google":
    case "facebook":
    case "microsoft":
    case "linkedin":
      return [{ kind: p.type, clientId: p.clientId, displayName: p.name }];
    case "oidc":
      return [
        {
          kind: "oidc",
          id: providerId(p.name),
          displayName: p.name,
          metadataUrl: `${p.issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`,
          clientId: p.clientId,
          scope: p.scopes.join(" "),
        },
      ];
    default:
      // amazon, apple and saml are refused with custom policies by the Azure config rules.
      return [];
  }
}

const DAY = DURATION_UNITS.d;

/**
 * The refresh-token chain's absolute end (JwtIssuer `rolling_refresh_token_lifetime_secs`,
 * measured from sign-in): `refreshTokenLifetime` after sign-in, as on AWS where rotated refresh
 * tokens keep the first one's expiry, and never before the application session's
 * `absoluteTimeout`; within JwtIssuer's 1..365 days (limits.ts, ROLLING_REFRESH_WINDOW_SECONDS).
 */
export function rollingWindowDays(refreshSeconds: number, absoluteSeconds: number): number {
  const { min, max } = ROLLING_REFRESH_WINDOW_SECONDS;
  return Math.ceil(Math.min(Math.max(refreshSeconds, absoluteSeconds, min), max) / DAY);
}

/** identity.mfa.factors as the generator's methods: SMS is the phone factor on its SMS channel. */
function mfaSettings(config: AzureConfig): CustomPolicySettings["mfa"] {
  const { mode, factors } = config.identity.mfa;
  const methods = factors.map((f) => (f === "sms" ? "phone" : f));
  return { mode, ...(methods.length > 0 ? { methods } : {}), phoneChannel: "sms" };
}

/** identity.password as the generator's predicates: every required class must be present. */
function passwordSettings(config: AzureConfig): CustomPolicySettings["password"] {
  const p = config.identity.password;
  const classes = (
    [
      [p.requireLowercase, "lowercase"],
      [p.requireUppercase, "uppercase"],
      [p.requireDigits, "digit"],
      [p.requireSymbols, "symbol"],
    ] as const
  ).flatMap(([required, name]) => (required ? [name] : []));
  return {
    minLength: p.minLength,
    maxLength: B2C_PASSWORD_LENGTH.max,
    classes,
    matchAtLeast: classes.length,
  };
}

/** The generator's settings from the neutral configuration and the directory section. */
export function customPolicySettings(config: AzureConfig, ief: { appId: string; proxyAppId: string }) {
  const { identity, session } = config;
  const directory = config.azure.directory;
  const settings: CustomPolicySettings = {
    tenant: directory.domainName,
    identityExperienceFramework: ief,
    tokens: {
      accessTokenLifetimeSeconds: session.accessTokenLifetime.seconds,
      idTokenLifetimeSeconds: session.idTokenLifetime.seconds,
      refreshTokenLifetimeDays: Math.floor(session.refreshTokenLifetime.seconds / DAY),
      refreshTokenRollingWindowDays: rollingWindowDays(
        session.refreshTokenLifetime.seconds,
        session.absoluteTimeout.seconds,
      ),
    },
    session: {
      expiryInSeconds: session.absoluteTimeout.seconds,
      expiryType: directory.sessionExpiryType,
      ssoScope: directory.ssoScope,
      keepMeSignedInDays: directory.keepMeSignedInDays ?? "off",
    },
    mfa: mfaSettings(config),
    password: passwordSettings(config),
    localAccounts: {
      signInIdentifier: identity.signInIdentifiers.includes("username") ? "username" : "email",
    },
    providers: identity.providers.flatMap(providerSettings),
    languages: directory.languages,
  };
  return settings;
}

/**
 * Custom policies: the policy keys first (generated RSA keys, providers' client secrets as
 * secrets), then the generated policies uploaded one after the other in inheritance order
 * (Base, Localization, Extensions, relying parties), each waiting for the one before.
 */
export function createCustomPolicies(
  scope: AzureScope,
  directory: Directory,
  ief: IdentityExperienceFramework,
): TrustFrameworkPolicy[] {
  const { config, name, parent } = scope;
  const connection = graphConnection(scope, directory);
  const shape = customPolicySettings(config, { appId: PLACEHOLDER_APP_ID, proxyAppId: PLACEHOLDER_APP_ID });
  const secrets = new Map(
    config.identity.providers.flatMap((p) =>
      "clientSecret" in p ? [[p.name, p.clientSecret] as const] : [],
    ),
  );
  const keySets = requiredKeySets(shape).flatMap((k) => {
    const resourceName = `${name}-key-${k.name.replace(/^B2C_1A_/, "").toLowerCase()}`;
    if (k.source === "generate")
      return [
        new PolicyKeySet(
          resourceName,
          { connection, name: k.name, source: "generate", use: k.use, kty: "RSA" },
          { parent },
        ),
      ];
    const secret = secrets.get(k.identityProvider.displayName);
    if (k.source !== "upload-secret" || !secret) return [];
    return [
      new PolicyKeySet(
        resourceName,
        {
          connection,
          name: k.name,
          source: "uploadSecret",
          use: "sig",
          secret: pulumi.secret(secret.reveal()),
        },
        { parent },
      ),
    ];
  });

  const documents: pulumi.Output<GeneratedPolicy[]> = pulumi
    .all([ief.appId, ief.proxyAppId])
    .apply(([appId, proxyAppId]) =>
      generateCustomPolicies(customPolicySettings(config, { appId, proxyAppId })),
    );
  const policies: TrustFrameworkPolicy[] = [];
  customPolicyChain(shape).forEach((planned, i) => {
    const previous = policies[policies.length - 1];
    policies.push(
      new TrustFrameworkPolicy(
        `${name}-policy-${planned.policyId.replace(/^B2C_1A_/, "").toLowerCase()}`,
        {
          connection,
          policyId: planned.policyId,
          policyXml: documents.apply((docs) => docs[i]?.xml ?? ""),
        },
        { parent, dependsOn: previous ? [previous] : keySets },
      ),
    );
  });
  return policies;
}
