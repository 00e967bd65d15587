import * as pulumi from "@pulumi/pulumi";
import { clientIdsOutput, clientSecretsOutput } from "../platform/clientIds";
import type { CreatePlatform } from "../platform/implementation";
import { createAlerts } from "./alerts";
import { awsContext } from "./context";
import { createEdge } from "./edge";
import { createGateway } from "./gateway";
import { createIdentity } from "./identity";
import { tokenScopes } from "./identity/resourceServer";
import { createAlarms } from "./monitoring/alarms";
import { createDashboard } from "./monitoring/dashboard";
import { createUserActivityLogs } from "./monitoring/userActivityLogs";
import { createSessionStore } from "./sessionStore";
import { createGuardDuty } from "./threat/guardDuty";
import { createRiskConfiguration } from "./threat/riskConfiguration";
import { createUserPoolWaf } from "./threat/waf";

/**
 * Registers the AWS platform: Amazon Cognito, AWS WAF, API Gateway, CloudWatch, GuardDuty,
 * SNS and ElastiCache. Loaded through `awsCloud.load()` (./cloud.ts) only when AWS is built.
 */
export const createAwsPlatform: CreatePlatform<"aws"> = (name, config, parent) => {
  const ctx = awsContext(name, config, parent);
  const alerts = createAlerts(ctx);
  const identity = createIdentity(ctx);
  createRiskConfiguration(ctx, identity.userPool);
  const webAcl = createUserPoolWaf(ctx, identity.userPool);
  createUserActivityLogs(ctx, identity.userPool);
  const guardDuty = createGuardDuty(ctx, alerts.topic);
  const clients = Object.entries(identity.clients);
  const gateway = createGateway(ctx, {
    issuerUrl: identity.issuerUrl,
    audiences: clients.map(([, client]) => client.id),
    logKey: alerts.key,
  });
  const alarms = createAlarms(
    ctx,
    {
      userPoolId: identity.userPool.id,
      ...(gateway ? { apiId: gateway.api.id } : {}),
      ...(guardDuty ? { findingsRuleName: guardDuty.findingsRule.name } : {}),
    },
    alerts.topic,
  );
  const clientIds = clientIdsOutput(
    Object.fromEntries(clients.map(([channel, client]) => [channel, client.id])),
  );
  createDashboard(ctx, {
    userPoolId: identity.userPool.id,
    clientIds: clientIds as pulumi.Output<Record<string, string>>,
    ...(gateway ? { apiId: gateway.api.id } : {}),
    alarmArns: alarms.map((a) => a.arn),
  });
  const sessionStore = createSessionStore(ctx);
  const edge =
    identity.clients.web && webAcl
      ? createEdge(ctx, {
          identity: {
            userPoolArn: identity.userPool.arn,
            clientId: identity.clients.web.id,
            domain: identity.domain.domain,
          },
          webAclArn: webAcl.arn,
          alertTopic: alerts.topic,
        })
      : undefined;
  return {
    issuerUrl: identity.issuerUrl,
    openIdConfigurationUrl: pulumi.interpolate`${identity.issuerUrl}/.well-known/openid-configuration`,
    jwksUrl: pulumi.interpolate`${identity.issuerUrl}/.well-known/jwks.json`,
    clientIds,
    // Cognito client secrets do not expire (no rotation; README, Known limits).
    clientSecrets: clientSecretsOutput({
      ...(identity.clients.web ? { web: identity.clients.web.clientSecret } : {}),
      ...(identity.clients.machine ? { machine: identity.clients.machine.clientSecret } : {}),
    }),
    apiScopes: pulumi.output(tokenScopes(config)),
    signInUrl: pulumi.output(`${identity.signInUrl}/oauth2/authorize`),
    alertTarget: alerts.topic.arn,
    ...(gateway ? { apiEndpoint: gateway.endpoint } : {}),
    ...(sessionStore ? { sessionStore: sessionStore.facts } : {}),
    ...(edge ? { edgeEndpoint: edge.endpoint, edgeDnsTarget: edge.dnsName, edgeSigner: edge.signer } : {}),
  };
};
