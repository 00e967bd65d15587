import * as aws from "@pulumi/aws";
import type * as pulumi from "@pulumi/pulumi";
import { DURATION_UNITS } from "../../config/duration";
import type { ResolvedConfig } from "../../config/validate";
import { physicalName, statefulOptions } from "../../platform/options";

type AwsConfig = ResolvedConfig<"aws">;

const MFA_CONFIGURATION = { off: "OFF", optional: "OPTIONAL", required: "ON" } as const;
const THREAT_PROTECTION_MODE = { enforced: "ENFORCED", audit: "AUDIT", off: "OFF" } as const;
const USERNAME_ATTRIBUTE = { email: "email", phone: "phone_number" } as const;

/**
 * The Cognito user pool: the directory of users. Protected from deletion twice:
 * Cognito's own deletion protection and Pulumi's `protect`/`retainOnDelete`.
 */
export function createUserPool(
  name: string,
  config: AwsConfig,
  stack: string,
  parent: pulumi.Resource,
): aws.cognito.UserPool {
  const { identity, aws: awsConfig } = config;
  const factors = new Set(identity.mfa.factors);
  const identifiers = identity.signInIdentifiers;
  const aliases = identifiers.filter((i) => i !== "username").map((i) => USERNAME_ATTRIBUTE[i]);
  const signsInWithUsername = identifiers.includes("username");

  return new aws.cognito.UserPool(
    `${name}-user-pool`,
    {
      name: physicalName(config.name, stack, "users"),
      userPoolTier: awsConfig.userPoolTier.toUpperCase(),
      deletionProtection: awsConfig.deletionProtection ? "ACTIVE" : "INACTIVE",
      ...(signsInWithUsername ? { aliasAttributes: aliases } : { usernameAttributes: aliases }),
      usernameConfiguration: { caseSensitive: false },
      autoVerifiedAttributes: aliases,
      adminCreateUserConfig: { allowAdminCreateUserOnly: !identity.selfSignUp },
      mfaConfiguration: MFA_CONFIGURATION[identity.mfa.mode],
      softwareTokenMfaConfiguration: factors.has("totp") ? { enabled: true } : undefined,
      emailMfaConfiguration: factors.has("email") ? { subject: "Your sign-in code" } : undefined,
      emailConfiguration: awsConfig.ses
        ? {
            emailSendingAccount: "DEVELOPER",
            sourceArn: awsConfig.ses.sourceArn,
            fromEmailAddress: awsConfig.ses.from,
            configurationSet: awsConfig.ses.configurationSet,
          }
        : { emailSendingAccount: "COGNITO_DEFAULT" },
      smsConfiguration: awsConfig.sms
        ? {
            snsCallerArn: awsConfig.sms.snsCallerArn,
            externalId: awsConfig.sms.externalId,
            snsRegion: config.region,
          }
        : undefined,
      smsAuthenticationMessage: awsConfig.sms?.message,
      passwordPolicy: {
        minimumLength: identity.password.minLength,
        requireUppercase: identity.password.requireUppercase,
        requireLowercase: identity.password.requireLowercase,
        requireNumbers: identity.password.requireDigits,
        requireSymbols: identity.password.requireSymbols,
        passwordHistorySize: awsConfig.userPoolTier === "lite" ? undefined : identity.password.historySize,
        temporaryPasswordValidityDays: identity.password.temporaryPasswordValidity.seconds / DURATION_UNITS.d,
      },
      accountRecoverySetting: {
        recoveryMechanisms: [{ name: "verified_email", priority: 1 }],
      },
      userPoolAddOns:
        awsConfig.userPoolTier === "plus"
          ? { advancedSecurityMode: THREAT_PROTECTION_MODE[awsConfig.threatProtection.mode] }
          : undefined,
      tags: config.tags,
    },
    statefulOptions(parent, config.protection),
  );
}
