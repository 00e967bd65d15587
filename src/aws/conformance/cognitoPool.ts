import { fields } from "../../platform/checks";
import { integerIn, isBoolean, lengthIn, matches, oneOf } from "../../platform/constraintKinds";
import { arnOf, awsTags, custom, free, type ServiceAudit, T } from "./common";
import { SOURCES } from "./sources";

const pool = (id: string, input: string, source: string = SOURCES.cognitoPool) => ({
  id,
  type: T.pool,
  input,
  source,
});
const API = `${SOURCES.cognitoApi}/API_CreateUserPool.html`;
const MFA_API = `${SOURCES.cognitoApi}/API_SetUserPoolMfaConfig.html`;
const PLANS = `${SOURCES.cognitoGuide}/cognito-sign-in-feature-plans.html`;
const CODE = "{####}";

/** What the Cognito provider and Cognito enforce on the user pool's inputs. */
export const USER_POOL: ServiceAudit = {
  constraints: [
    lengthIn(pool("cognito-pool-name-length", "name"), 1, 128),
    matches(
      pool("cognito-pool-name-pattern", "name"),
      /^[\w\s+=,.@-]+$/,
      "letters, digits, spaces and + = , . @ -",
    ),
    oneOf(pool("cognito-pool-tier", "userPoolTier", API), ["LITE", "ESSENTIALS", "PLUS"]),
    oneOf(pool("cognito-pool-deletion-protection", "deletionProtection"), ["ACTIVE", "INACTIVE"]),
    oneOf(pool("cognito-pool-username-attributes", "usernameAttributes[]"), ["phone_number", "email"]),
    oneOf(pool("cognito-pool-alias-attributes", "aliasAttributes[]"), [
      "phone_number",
      "email",
      "preferred_username",
    ]),
    custom(
      {
        ...pool("cognito-pool-username-or-alias", "aliasAttributes"),
        rule: "not set together with usernameAttributes (ConflictsWith)",
      },
      (p) =>
        p.aliasAttributes !== undefined && p.usernameAttributes !== undefined
          ? ["aliasAttributes and usernameAttributes are both set"]
          : [],
    ),
    isBoolean(pool("cognito-pool-case-sensitivity", "usernameConfiguration.caseSensitive")),
    oneOf(pool("cognito-pool-auto-verified", "autoVerifiedAttributes[]"), ["phone_number", "email"]),
    oneOf(pool("cognito-pool-mfa", "mfaConfiguration"), ["OFF", "ON", "OPTIONAL"]),
    custom(
      {
        ...pool("cognito-pool-mfa-factor", "softwareTokenMfaConfiguration", MFA_API),
        rule: "a factor (authenticator app, e-mail or SMS) when MFA is ON or OPTIONAL",
      },
      (p) => {
        const factors =
          fields(p.softwareTokenMfaConfiguration).enabled === true ||
          p.emailMfaConfiguration !== undefined ||
          p.smsConfiguration !== undefined;
        return p.mfaConfiguration !== "OFF" && p.mfaConfiguration !== undefined && !factors
          ? [`mfaConfiguration is ${String(p.mfaConfiguration)} with no factor configured`]
          : [];
      },
    ),
    isBoolean(pool("cognito-pool-software-token", "softwareTokenMfaConfiguration.enabled")),
    custom(
      {
        ...pool("cognito-pool-email-mfa-message", "emailMfaConfiguration", API),
        rule: `a message of 6..20,000 characters containing ${CODE} and a subject of 1..140`,
      },
      (p) => {
        if (p.emailMfaConfiguration === undefined) return [];
        const { message, subject } = fields(p.emailMfaConfiguration);
        const out: string[] = [];
        if (
          typeof message === "string" &&
          (message.length < 6 || message.length > 20_000 || !message.includes(CODE))
        )
          out.push(`emailMfaConfiguration.message is ${JSON.stringify(message)}`);
        if (typeof subject === "string" && (subject.length < 1 || subject.length > 140))
          out.push(`emailMfaConfiguration.subject has ${subject.length} characters`);
        return out;
      },
    ),
    custom(
      {
        ...pool(
          "cognito-pool-email-mfa-prerequisites",
          "emailMfaConfiguration",
          `${SOURCES.cognitoGuide}/user-pool-settings-mfa-sms-email-message.html`,
        ),
        rule: "e-mail MFA only with your own SES identity (emailSendingAccount DEVELOPER) and not on Lite",
      },
      (p) => {
        if (p.emailMfaConfiguration === undefined) return [];
        const out: string[] = [];
        if (fields(p.emailConfiguration).emailSendingAccount !== "DEVELOPER")
          out.push(
            `emailConfiguration.emailSendingAccount is ${JSON.stringify(fields(p.emailConfiguration).emailSendingAccount)}`,
          );
        if (p.userPoolTier === "LITE") out.push("userPoolTier is LITE");
        return out;
      },
    ),
    oneOf(pool("cognito-pool-email-account", "emailConfiguration.emailSendingAccount"), [
      "COGNITO_DEFAULT",
      "DEVELOPER",
    ]),
    custom(
      {
        ...pool("cognito-pool-email-source", "emailConfiguration.sourceArn", API),
        rule: "an SES identity ARN when emailSendingAccount is DEVELOPER",
      },
      (p) => {
        const e = fields(p.emailConfiguration);
        if (e.emailSendingAccount !== "DEVELOPER") return [];
        return typeof e.sourceArn === "string" &&
          /^arn:aws[a-z-]*:ses:[a-z0-9-]+:\d{12}:identity\/.+$/.test(e.sourceArn)
          ? []
          : [`emailConfiguration.sourceArn is ${JSON.stringify(e.sourceArn)}`];
      },
    ),
    arnOf("cognito-pool-sms-role", T.pool, "smsConfiguration.snsCallerArn", "iam"),
    lengthIn(pool("cognito-pool-sms-external-id", "smsConfiguration.externalId"), 1, 1224),
    custom(
      {
        ...pool("cognito-pool-sms-message", "smsAuthenticationMessage", SOURCES.cognitoValidate),
        rule: `6..140 characters containing ${CODE}`,
      },
      (p) => {
        const m = p.smsAuthenticationMessage;
        if (m === undefined) return [];
        return typeof m === "string" && m.length >= 6 && m.length <= 140 && m.includes(CODE)
          ? []
          : [`smsAuthenticationMessage is ${JSON.stringify(m)}`];
      },
    ),
    integerIn(pool("cognito-pool-password-length", "passwordPolicy.minimumLength"), 6, 99),
    integerIn(pool("cognito-pool-password-history", "passwordPolicy.passwordHistorySize"), 0, 24),
    custom(
      {
        ...pool("cognito-pool-password-history-tier", "passwordPolicy.passwordHistorySize", PLANS),
        rule: "0 or absent on the Lite plan (password history needs Essentials or Plus)",
      },
      (p) => {
        const history = fields(p.passwordPolicy).passwordHistorySize;
        return p.userPoolTier === "LITE" && typeof history === "number" && history > 0
          ? [`passwordPolicy.passwordHistorySize is ${history} on LITE`]
          : [];
      },
    ),
    integerIn(
      pool("cognito-pool-temporary-password", "passwordPolicy.temporaryPasswordValidityDays"),
      0,
      365,
    ),
    oneOf(pool("cognito-pool-recovery", "accountRecoverySetting.recoveryMechanisms[].name"), [
      "verified_email",
      "verified_phone_number",
      "admin_only",
    ]),
    integerIn(
      pool("cognito-pool-recovery-priority", "accountRecoverySetting.recoveryMechanisms[].priority", API),
      1,
      2,
    ),
    oneOf(pool("cognito-pool-security-mode", "userPoolAddOns.advancedSecurityMode"), [
      "OFF",
      "AUDIT",
      "ENFORCED",
    ]),
    oneOf(
      pool(
        "cognito-pool-security-flows",
        "userPoolAddOns.advancedSecurityAdditionalFlows.customAuthMode",
        API,
      ),
      ["AUDIT", "ENFORCED"],
    ),
    custom(
      {
        ...pool("cognito-pool-security-tier", "userPoolAddOns", PLANS),
        rule: "threat protection (AUDIT or ENFORCED) only on the Plus plan",
      },
      (p) => {
        const mode = fields(p.userPoolAddOns).advancedSecurityMode;
        return mode !== undefined && mode !== "OFF" && p.userPoolTier !== "PLUS"
          ? [`advancedSecurityMode is ${String(mode)} on ${String(p.userPoolTier)}`]
          : [];
      },
    ),
    awsTags("aws-tags-cognito-pool", T.pool),
  ],
  unconstrained: [
    free(T.pool, "adminCreateUserConfig", "allowAdminCreateUserOnly is a boolean, from identity.selfSignUp"),
  ],
};
