import type * as pulumi from "@pulumi/pulumi";
import type { AzureScope } from "../scope";
import { monitorFrontDoor } from "./monitoring";
import type { FrontDoor } from "./profile";
import { createApiRoute, hostOf } from "./routes";
import { createSignInDomain } from "./signIn";
import { createWaf } from "./waf";

export { createFrontDoor, type FrontDoor } from "./profile";

/** What the edge needs from the rest of the platform. */
export interface EdgeTargets {
  /** API Management's gateway URL (`https://{service}.azure-api.net`). */
  readonly gatewayUrl: pulumi.Input<string>;
  readonly workspaceId: pulumi.Input<string>;
  readonly actionGroupId: pulumi.Input<string>;
}

export interface Edge {
  /** The edge's base URL: the `edgeEndpoint` output. */
  readonly url: pulumi.Output<string>;
  /** `{url}/{api.path}`: where clients call the API (API Management refuses anything else). */
  readonly apiUrl: pulumi.Output<string>;
  /** The endpoint's host, which the sign-in domain's CNAME record points at. */
  readonly dnsTarget: pulumi.Output<string>;
}

/**
 * Front Door in front of API Management: the API's route and origin, a WAF policy in Prevention
 * mode bound to the endpoint's domain, the optional sign-in domain with its own WAF policy
 * (custom rules only), diagnostics and alerts. The profile and endpoint come first
 * (`createFrontDoor`): API Management's policy needs the profile's Front Door ID.
 */
export function createEdge(scope: AzureScope, fd: FrontDoor, targets: EdgeTargets): Edge {
  createApiRoute(scope, fd, hostOf(targets.gatewayUrl));
  createWaf(scope, fd, "api", fd.endpoint.id);
  const signIn = createSignInDomain(scope, fd);
  if (signIn) createWaf(scope, fd, "signin", signIn.domain.id);
  monitorFrontDoor(scope, fd, targets);
  return {
    url: fd.url,
    apiUrl: fd.url.apply((url) => `${url}/${scope.config.name}`),
    dnsTarget: fd.endpoint.hostName,
  };
}
