import { type RuleCase, resource } from "../support";

const POOL = "aws:cognito/userPool:UserPool";
const LITE_POOL = resource(POOL, { userPoolTier: "LITE" }, "pool");
export const PLUS_POOL = resource(POOL, { userPoolTier: "PLUS" }, "pool");
const ESSENTIALS_POOL = resource(POOL, { userPoolTier: "ESSENTIALS" }, "pool");
const many = (n: number, of = (i: number) => `s${i}` as unknown) =>
  Array.from({ length: n }, (_, i) => of(i));

/** For each Cognito user pool, provider, domain and threat-protection rule: inputs that break it and exactly what it reports. */
export const POOL_CASES: RuleCase[] = [
  ["cognito-pool-name-length", { name: "x".repeat(129) }, ["name has 129 characters"]],
  ["cognito-pool-name-pattern", { name: "users/prod" }, ['name is "users/prod"']],
  ["cognito-pool-tier", { userPoolTier: "BASIC" }, ['userPoolTier is "BASIC"']],
  ["cognito-pool-deletion-protection", { deletionProtection: "ON" }, ['deletionProtection is "ON"']],
  [
    "cognito-pool-username-attributes",
    { usernameAttributes: ["username"] },
    ['usernameAttributes[0] is "username"'],
  ],
  [
    "cognito-pool-alias-attributes",
    { aliasAttributes: ["email", "nickname"] },
    ['aliasAttributes[1] is "nickname"'],
  ],
  [
    "cognito-pool-username-or-alias",
    { aliasAttributes: ["email"], usernameAttributes: ["email"] },
    ["aliasAttributes and usernameAttributes are both set"],
  ],
  [
    "cognito-pool-case-sensitivity",
    { usernameConfiguration: { caseSensitive: "no" } },
    ['usernameConfiguration.caseSensitive is "no"'],
  ],
  [
    "cognito-pool-auto-verified",
    { autoVerifiedAttributes: ["email", "address"] },
    ['autoVerifiedAttributes[1] is "address"'],
  ],
  ["cognito-pool-mfa", { mfaConfiguration: "REQUIRED" }, ['mfaConfiguration is "REQUIRED"']],
  [
    "cognito-pool-mfa-factor",
    { mfaConfiguration: "ON", softwareTokenMfaConfiguration: { enabled: false } },
    ["mfaConfiguration is ON with no factor configured"],
  ],
  [
    "cognito-pool-software-token",
    { softwareTokenMfaConfiguration: { enabled: 1 } },
    ["softwareTokenMfaConfiguration.enabled is 1"],
  ],
  [
    "cognito-pool-email-mfa-message",
    { emailMfaConfiguration: { message: "Your code", subject: "" } },
    ['emailMfaConfiguration.message is "Your code"', "emailMfaConfiguration.subject has 0 characters"],
  ],
  [
    "cognito-pool-email-mfa-prerequisites",
    {
      userPoolTier: "LITE",
      emailMfaConfiguration: {},
      emailConfiguration: { emailSendingAccount: "COGNITO_DEFAULT" },
    },
    ['emailConfiguration.emailSendingAccount is "COGNITO_DEFAULT"', "userPoolTier is LITE"],
  ],
  [
    "cognito-pool-email-account",
    { emailConfiguration: { emailSendingAccount: "SES" } },
    ['emailConfiguration.emailSendingAccount is "SES"'],
  ],
  [
    "cognito-pool-email-source",
    {
      emailConfiguration: { emailSendingAccount: "DEVELOPER", sourceArn: "arn:aws:iam::123456789012:role/x" },
    },
    ['emailConfiguration.sourceArn is "arn:aws:iam::123456789012:role/x"'],
  ],
  [
    "cognito-pool-sms-role",
    { smsConfiguration: { snsCallerArn: "arn:aws:sns:eu-west-1:123456789012:topic" } },
    ['smsConfiguration.snsCallerArn is "arn:aws:sns:eu-west-1:123456789012:topic"'],
  ],
  [
    "cognito-pool-sms-external-id",
    { smsConfiguration: { externalId: "" } },
    ["smsConfiguration.externalId has 0 characters"],
  ],
  [
    "cognito-pool-sms-message",
    { smsAuthenticationMessage: "Your code" },
    ['smsAuthenticationMessage is "Your code"'],
  ],
  [
    "cognito-pool-password-length",
    { passwordPolicy: { minimumLength: 5 } },
    ["passwordPolicy.minimumLength is 5"],
  ],
  [
    "cognito-pool-password-history",
    { passwordPolicy: { passwordHistorySize: 25 } },
    ["passwordPolicy.passwordHistorySize is 25"],
  ],
  [
    "cognito-pool-password-history-tier",
    { userPoolTier: "LITE", passwordPolicy: { passwordHistorySize: 5 } },
    ["passwordPolicy.passwordHistorySize is 5 on LITE"],
  ],
  [
    "cognito-pool-temporary-password",
    { passwordPolicy: { temporaryPasswordValidityDays: 366 } },
    ["passwordPolicy.temporaryPasswordValidityDays is 366"],
  ],
  [
    "cognito-pool-recovery",
    { accountRecoverySetting: { recoveryMechanisms: [{ name: "email", priority: 1 }] } },
    ['accountRecoverySetting.recoveryMechanisms[0].name is "email"'],
  ],
  [
    "cognito-pool-recovery-priority",
    { accountRecoverySetting: { recoveryMechanisms: [{ name: "verified_email", priority: 3 }] } },
    ["accountRecoverySetting.recoveryMechanisms[0].priority is 3"],
  ],
  [
    "cognito-pool-security-mode",
    { userPoolAddOns: { advancedSecurityMode: "ON" } },
    ['userPoolAddOns.advancedSecurityMode is "ON"'],
  ],
  [
    "cognito-pool-security-flows",
    { userPoolAddOns: { advancedSecurityAdditionalFlows: { customAuthMode: "OFF" } } },
    ['userPoolAddOns.advancedSecurityAdditionalFlows.customAuthMode is "OFF"'],
  ],
  [
    "cognito-pool-security-tier",
    { userPoolTier: "ESSENTIALS", userPoolAddOns: { advancedSecurityMode: "ENFORCED" } },
    ["advancedSecurityMode is ENFORCED on ESSENTIALS"],
  ],
  ["aws-tags-cognito-pool", { tags: { "aws:owner": "me" } }, ['tags has the tag "aws:owner"']],
  ["cognito-idp-name", { providerName: "A".repeat(33) }, ["providerName has 33 characters"]],
  ["cognito-idp-type", { providerType: "Twitter" }, ['providerType is "Twitter"']],
  [
    "cognito-idp-social-name",
    { providerType: "Google", providerName: "Gmail" },
    ['providerName is "Gmail" for Google'],
  ],
  [
    "cognito-idp-details",
    { providerType: "SignInWithApple", providerDetails: { client_id: "x", authorize_scopes: "email" } },
    ["providerDetails lacks team_id, key_id, private_key"],
  ],
  ["cognito-idp-user-pool-id", { userPoolId: "ap-northeast-2" }, ['userPoolId is "ap-northeast-2"']],
  ["cognito-domain-length", { domain: "x".repeat(64) }, ["domain has 64 characters"]],
  ["cognito-domain-prefix", { domain: "Hanbit-Login" }, ['domain is "Hanbit-Login"']],
  [
    "cognito-domain-certificate",
    { certificateArn: "arn:aws:acm:ap-northeast-2:123456789012:certificate/x" },
    ['certificateArn is "arn:aws:acm:ap-northeast-2:123456789012:certificate/x"'],
  ],
  ["cognito-domain-login-version", { managedLoginVersion: 3 }, ["managedLoginVersion is 3"]],
  // Issue 9 defect 3: Lite has only the classic hosted UI, no managed login and no branding.
  [
    "cognito-domain-lite-classic",
    { managedLoginVersion: 2 },
    ["managedLoginVersion is 2 on a user pool with userPoolTier LITE"],
    [LITE_POOL],
  ],
  ["cognito-domain-user-pool-id", { userPoolId: "x" }, ['userPoolId is "x"']],
  [
    "cognito-branding-tier",
    { useCognitoProvidedValues: true },
    ["a managed login branding on a user pool with userPoolTier LITE"],
    [LITE_POOL],
  ],
  ["cognito-branding-user-pool-id", { userPoolId: "x" }, ['userPoolId is "x"']],
  [
    "cognito-risk-actions",
    {
      accountTakeoverRiskConfiguration: {
        actions: {
          highAction: { eventAction: "DENY", notify: true },
          mediumAction: { eventAction: "MFA_REQUIRED" },
          lowAction: { eventAction: "NO_ACTION" },
        },
      },
    },
    [
      'actions.highAction.eventAction is "DENY"',
      "a risk action notifies but notifyConfiguration.sourceArn is missing",
    ],
  ],
  [
    "cognito-risk-compromised-action",
    { compromisedCredentialsRiskConfiguration: { actions: { eventAction: "MFA_REQUIRED" } } },
    ['compromisedCredentialsRiskConfiguration.actions.eventAction is "MFA_REQUIRED"'],
  ],
  [
    "cognito-risk-event-filters",
    { compromisedCredentialsRiskConfiguration: { eventFilters: ["SIGN_OUT"] } },
    ['compromisedCredentialsRiskConfiguration.eventFilters[0] is "SIGN_OUT"'],
  ],
  ["cognito-risk-tier", {}, ["the user pool's userPoolTier is ESSENTIALS"], [ESSENTIALS_POOL]],
  [
    "cognito-logs-source",
    { logConfigurations: [{ eventSource: "userSignIns", logLevel: "INFO" }] },
    ['logConfigurations[0].eventSource is "userSignIns"'],
  ],
  [
    "cognito-logs-level",
    { logConfigurations: [{ eventSource: "userAuthEvents", logLevel: "DEBUG" }] },
    ['logConfigurations[0].logLevel is "DEBUG"'],
  ],
  ["cognito-logs-count", { logConfigurations: many(3, () => ({})) }, ["logConfigurations has 3 items"]],
  [
    "cognito-logs-level-per-source",
    {
      logConfigurations: [
        { eventSource: "userNotification", logLevel: "INFO" },
        { eventSource: "userAuthEvents", logLevel: "INFO" },
      ],
    },
    ['logConfigurations[0].logLevel is "INFO" for userNotification', "userAuthEvents on a LITE user pool"],
    [LITE_POOL],
  ],
];
