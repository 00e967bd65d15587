import type { ConfigProblem } from "../../problems";
import type { AwsPlatformConfig } from "../../schema/root";
import { awsTagProblems } from "../tags";
import { clientScopeCounts, cognitoRedirects } from "./clients";
import { domain, edges, guardDuty, region, retention } from "./edges";
import { mfaPrerequisites, providers, riskActions, tierFeatures, tokenLifetimes } from "./identity";
import { loadBalancer } from "./loadBalancer";

export { CLOUDWATCH_RETENTION_DAYS, NO_COGNITO_WAF_REGIONS } from "./edges";
export * from "./limits";
export {
  ALB_COGNITO_REGIONS,
  ALB_REQUIRED_RULE_GROUP,
  ALB_SESSION_TIMEOUT,
  targetKind,
} from "./loadBalancer";

/** Limits and combinations Amazon Cognito, API Gateway and CloudWatch impose (../shared/docs/FACTS.md). */
export function awsProblems(config: AwsPlatformConfig, context: { region?: string }): ConfigProblem[] {
  return [
    ...region(context.region),
    ...tokenLifetimes(config),
    ...tierFeatures(config),
    ...mfaPrerequisites(config),
    ...domain(config),
    ...providers(config),
    ...riskActions(config),
    ...edges(config, context.region),
    ...guardDuty(config),
    ...retention(config),
    ...awsTagProblems(config.tags),
    ...clientScopeCounts(config),
    ...cognitoRedirects(config),
    ...loadBalancer(config, context.region),
  ];
}
