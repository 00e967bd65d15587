import * as cognito from "@pulumi/aws/cognito";
import { DURATION_UNITS } from "../../config/duration";
import { statefulOptions } from "../../platform/options";
import { type AwsContext, cloudName } from "../context";

const MFA_CONFIGURATION = { off: "OFF", optional: "OPTIONAL", required: "ON" } as const;
const THREAT_PROTECTION_MODE = { enforced: "ENFORCED", audit: "AUDIT", off: "OFF" } as const;
const USERNAME_ATTRIBUTE = { email: "email", phone: "phone_number" } as const;

/**
 * The Cognito user pool: the directory of users. Protected from deletion twice:
 * Cognito's own deletion protection and Pulumi's `protect`/`retainOnDelete`; only
 * `protection.allowDeletion` lifts both.
 */
export function createUserPool(ctx: AwsContext): cognito.UserPool {
  const { config } = ctx;
  return new cognito.UserPool(
    `${ctx.name}-user-pool`,
    { ...userPoolArgs(ctx.config), name: cloudName(ctx, "users") },
    statefulOptions(ctx.parent, config.protection),
  );
}

/** The pool's arguments apart from its name; pure, so the checks read it directly. */
export function userPoolArgs(config: AwsContext["config"]) {
  const { identity, aws } = config;
  const factors = new Set(identity.mfa.factors);
  const identifiers = identity.signInIdentifiers;
  const aliases = identifiers.filter((i) => i !== "username").map((i) => USERNAME_ATTRIBUTE[i]);
  const signsInWithUsername = identifiers.includes("username");
  const plus = aws.userPoolTier === "plus";
  const threatMode = THREAT_PROTECTION_MODE[aws.threatProtection.mode];
  return {
    userPoolTier: aws.userPoolTier.toUpperCase(),
    deletionProtection: config.protection.allowDeletion ? "INACTIVE" : "ACTIVE",
    ...(signsInWithUsername ? { aliasAttributes: aliases } : { usernameAttributes: aliases }),
    usernameConfiguration: { caseSensitive: false },
    // Account recovery goes through a verified e-mail address, so e-mail is always verified.
    autoVerifiedAttributes: [...new Set(["email", ...aliases])],
    adminCreateUserConfig: { allowAdminCreateUserOnly: !identity.selfSignUp },
    mfaConfiguration: MFA_CONFIGURATION[identity.mfa.mode],
    softwareTokenMfaConfiguration: factors.has("totp") ? { enabled: true } : undefined,
    emailMfaConfiguration: factors.has("email")
      ? { subject: "Your sign-in code", message: "Your sign-in code is {####}" }
      : undefined,
    emailConfiguration: aws.ses
      ? {
          emailSendingAccount: "DEVELOPER",
          sourceArn: aws.ses.sourceArn,
          fromEmailAddress: aws.ses.from,
          configurationSet: aws.ses.configurationSet,
        }
      : { emailSendingAccount: "COGNITO_DEFAULT" },
    smsConfiguration: aws.sms
      ? { snsCallerArn: aws.sms.snsCallerArn, externalId: aws.sms.externalId, snsRegion: config.region }
      : undefined,
    smsAuthenticationMessage: aws.sms?.message,
    passwordPolicy: {
      minimumLength: identity.password.minLength,
      requireUppercase: identity.password.requireUppercase,
      requireLowercase: identity.password.requireLowercase,
      requireNumbers: identity.password.requireDigits,
      requireSymbols: identity.password.requireSymbols,
      passwordHistorySize: aws.userPoolTier === "lite" ? undefined : identity.password.historySize,
      temporaryPasswordValidityDays: identity.password.temporaryPasswordValidity.seconds / DURATION_UNITS.d,
    },
    accountRecoverySetting: { recoveryMechanisms: [{ name: "verified_email", priority: 1 }] },
    userPoolAddOns: plus
      ? {
          advancedSecurityMode: threatMode,
          // Custom-auth flows get the same protection; Cognito accepts only AUDIT or ENFORCED here.
          advancedSecurityAdditionalFlows: threatMode === "OFF" ? undefined : { customAuthMode: threatMode },
        }
      : undefined,
    tags: config.tags,
  };
}
