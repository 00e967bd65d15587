import * as lb from "@pulumi/aws/lb";
import type * as pulumi from "@pulumi/pulumi";
import type { LoadBalancerConfig } from "../../config/schema/loadBalancer";
import type { SessionConfig } from "../../config/schema/session";
import { type AwsContext, childOf } from "../context";
import type { EdgeBalancer } from "./loadBalancer";

/** The claims the load balancer asks Cognito for; the web client allows exactly these OpenID scopes. */
export const EDGE_SCOPE = "openid email profile";
/** Rule priorities: the signed-out page first, then the API paths; everything else is the default action. */
export const RULE_PRIORITY = { signedOut: 10, api: 20 } as const;

/** What `authenticate-cognito` needs from the user pool. */
export interface EdgeIdentity {
  readonly userPoolArn: pulumi.Input<string>;
  /** The web client: confidential (secret), authorization-code flow. */
  readonly clientId: pulumi.Input<string>;
  /** The hosted domain: the Cognito prefix or the custom domain's full name. */
  readonly domain: pulumi.Input<string>;
}

type Unauthenticated = "authenticate" | "deny";

/**
 * The `authenticate-cognito` action, pure: the session cookie lives as long as the platform's
 * absolute session (`session.absoluteTimeout`); pages redirect to sign-in, API paths answer 401.
 */
export function authenticateAction(
  config: LoadBalancerConfig,
  session: SessionConfig,
  identity: EdgeIdentity,
  onUnauthenticatedRequest: Unauthenticated,
) {
  return {
    type: "authenticate-cognito",
    order: 1,
    authenticateCognito: {
      userPoolArn: identity.userPoolArn,
      userPoolClientId: identity.clientId,
      userPoolDomain: identity.domain,
      scope: EDGE_SCOPE,
      sessionCookieName: config.sessionCookieName,
      sessionTimeout: session.absoluteTimeout.seconds,
      onUnauthenticatedRequest,
    },
  };
}

const forward = (targetGroupArn: pulumi.Input<string>, order: number) => ({
  type: "forward",
  order,
  targetGroupArn,
});

/**
 * HTTPS on 443 with the configured TLS 1.3 policy (sign-in, then forward), HTTP on 80 redirecting to
 * HTTPS, a rule serving the signed-out page without sign-in and a rule answering 401 on API paths.
 */
export function createListeners(
  ctx: AwsContext,
  config: LoadBalancerConfig,
  balancer: EdgeBalancer,
  identity: EdgeIdentity,
): lb.Listener {
  const session = ctx.config.session;
  const targetGroupArn = balancer.targetGroup.arn;
  const https = new lb.Listener(
    `${ctx.name}-edge-https`,
    {
      loadBalancerArn: balancer.loadBalancer.arn,
      port: 443,
      protocol: "HTTPS",
      sslPolicy: config.tlsPolicy,
      certificateArn: config.certificateArn,
      defaultActions: [
        authenticateAction(config, session, identity, "authenticate"),
        forward(targetGroupArn, 2),
      ],
      tags: ctx.config.tags,
    },
    childOf(ctx),
  );
  new lb.Listener(
    `${ctx.name}-edge-http`,
    {
      loadBalancerArn: balancer.loadBalancer.arn,
      port: 80,
      protocol: "HTTP",
      defaultActions: [
        { type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } },
      ],
      tags: ctx.config.tags,
    },
    childOf(ctx),
  );
  new lb.ListenerRule(
    `${ctx.name}-edge-signed-out`,
    {
      listenerArn: https.arn,
      priority: RULE_PRIORITY.signedOut,
      conditions: [{ pathPattern: { values: [config.signedOutPath] } }],
      actions: [forward(targetGroupArn, 1)],
      tags: ctx.config.tags,
    },
    childOf(ctx),
  );
  new lb.ListenerRule(
    `${ctx.name}-edge-api`,
    {
      listenerArn: https.arn,
      priority: RULE_PRIORITY.api,
      conditions: [{ pathPattern: { values: [...config.apiPaths] } }],
      actions: [authenticateAction(config, session, identity, "deny"), forward(targetGroupArn, 2)],
      tags: ctx.config.tags,
    },
    childOf(ctx),
  );
  return https;
}
