import * as cognito from "@pulumi/aws/cognito";
import type { RISK_ACTIONS } from "../../config/schema/aws";
import { type AwsContext, childOf } from "../context";

type RiskAction = (typeof RISK_ACTIONS)[number];

/** Config's risk actions in Cognito's terms; "mfa" demands a second factor and blocks without one. */
const EVENT_ACTION: Readonly<Record<RiskAction, string>> = {
  block: "BLOCK",
  mfa: "MFA_REQUIRED",
  notify: "NO_ACTION",
  allow: "NO_ACTION",
};

const action = (a: RiskAction) => ({ eventAction: EVENT_ACTION[a], notify: a === "notify" });

/** Adaptive authentication and compromised-credential checks of threat protection; pure. */
export function riskConfigurationArgs(config: AwsContext["config"]) {
  const tp = config.aws.threatProtection;
  const notifies = [tp.highRisk, tp.mediumRisk, tp.lowRisk].includes("notify");
  const ses = config.aws.ses;
  return {
    accountTakeoverRiskConfiguration: {
      actions: {
        highAction: action(tp.highRisk),
        mediumAction: action(tp.mediumRisk),
        lowAction: action(tp.lowRisk),
      },
      notifyConfiguration: notifies && ses ? { sourceArn: ses.sourceArn, from: ses.from } : undefined,
    },
    compromisedCredentialsRiskConfiguration: {
      eventFilters: ["SIGN_IN", "PASSWORD_CHANGE", "SIGN_UP"],
      actions: { eventAction: tp.blockCompromisedCredentials ? "BLOCK" : "NO_ACTION" },
    },
  };
}

/** The pool-wide risk configuration; none when threat protection is off. */
export function createRiskConfiguration(
  ctx: AwsContext,
  userPool: cognito.UserPool,
): cognito.RiskConfiguration | undefined {
  if (ctx.config.aws.threatProtection.mode === "off") return undefined;
  return new cognito.RiskConfiguration(
    `${ctx.name}-risk`,
    { userPoolId: userPool.id, ...riskConfigurationArgs(ctx.config) },
    childOf(ctx),
  );
}
