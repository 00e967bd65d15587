import * as pulumi from "@pulumi/pulumi";
import { DURATION_UNITS } from "../../config/duration";
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

/** The generator's settings from the neutral configuration and the directory section. */
export function customPolicySettings(config: AzureConfig, ief: { appId: string; proxyAppId: string }) {
  const { identity, session } = config;
  const directory = config.azure.directory;
  const factor = identity.mfa.factors[0];
  const settings: CustomPolicySettings = {
    tenant: directory.domainName,
    identityExperienceFramework: ief,
    tokens: {
      accessTokenLifetimeSeconds: session.accessTokenLifetime.seconds,
      idTokenLifetimeSeconds: session.idTokenLifetime.seconds,
      refreshTokenLifetimeDays: Math.floor(session.refreshTokenLifetime.seconds / DURATION_UNITS.d),
    },
    session: {
      expiryInSeconds: session.absoluteTimeout.seconds,
      expiryType: directory.sessionExpiryType,
      ssoScope: directory.ssoScope,
      keepMeSignedInDays: directory.keepMeSignedInDays ?? "off",
    },
    mfa: {
      mode: identity.mfa.mode,
      ...(factor === "sms" ? { method: "phone", phoneChannel: "sms" } : factor ? { method: factor } : {}),
    },
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
