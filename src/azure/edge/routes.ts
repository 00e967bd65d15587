import * as cdn from "@pulumi/azure-native/cdn";
import * as pulumi from "@pulumi/pulumi";
import type { AzureScope } from "../scope";
import type { FrontDoor } from "./profile";

/**
 * API Management's own health endpoint, probed over HTTPS with GET every 30 s, as Microsoft
 * configures Front Door in front of API Management
 * (MicrosoftDocs/azure-docs articles/api-management/front-door-api-management.md).
 */
export const APIM_HEALTH_PROBE = {
  probePath: "/status-0123456789abcdef",
  probeProtocol: "Https",
  probeRequestType: "GET",
  probeIntervalInSeconds: 30,
} as const;

/** The portal's defaults: 4 samples, 3 must succeed, 50 ms latency sensitivity. */
export const LOAD_BALANCING = {
  sampleSize: 4,
  successfulSamplesRequired: 3,
  additionalLatencyInMilliseconds: 50,
};

/** An origin group with one origin reached over HTTPS under its own host name (host header = host). */
export interface SingleOrigin {
  readonly group: cdn.AFDOriginGroup;
  readonly origin: cdn.AFDOrigin;
}

/**
 * One origin group holding one origin. Front Door connects over HTTPS and checks the origin's
 * certificate name; the host header is the origin's host, which API Management and the
 * b2clogin.com / ciamlogin.com front ends route by. Without `probe`, health probes are off,
 * which Front Door allows for a single origin.
 */
export function singleOrigin(
  scope: AzureScope,
  fd: FrontDoor,
  key: { logical: string; group: string; origin: string },
  host: pulumi.Input<string>,
  probe?: typeof APIM_HEALTH_PROBE,
): SingleOrigin {
  const { name, parent } = scope;
  const common = { resourceGroupName: scope.resourceGroupName, profileName: fd.profile.name };
  const group = new cdn.AFDOriginGroup(
    `${name}-${key.logical}-origin-group`,
    {
      ...common,
      originGroupName: key.group,
      loadBalancingSettings: LOAD_BALANCING,
      ...(probe ? { healthProbeSettings: probe } : {}),
      sessionAffinityState: "Disabled",
    },
    { parent },
  );
  const origin = new cdn.AFDOrigin(
    `${name}-${key.logical}-origin`,
    {
      ...common,
      originGroupName: group.name,
      originName: key.origin,
      hostName: host,
      originHostHeader: host,
      httpsPort: 443,
      priority: 1,
      weight: 1000,
      enabledState: "Enabled",
      enforceCertificateNameCheck: true,
    },
    { parent },
  );
  return { group, origin };
}

/**
 * HTTPS only, end to end: the route accepts HTTPS and nothing else (an HTTP request is never
 * redirected, so a token sent in clear text is refused rather than answered), forwards over
 * HTTPS, and sets no cache configuration, which turns caching off.
 */
export const HTTPS_ONLY = {
  supportedProtocols: ["Https"],
  httpsRedirect: "Disabled",
  forwardingProtocol: "HttpsOnly",
  enabledState: "Enabled",
};

/** The API's paths on API Management (`/{api.path}` and below), matched on the endpoint's own domain. */
export function apiPatterns(apiPath: string): string[] {
  return [`/${apiPath}`, `/${apiPath}/*`];
}

/** API Management as the origin, and the route that sends the API's paths to it. */
export function createApiRoute(
  scope: AzureScope,
  fd: FrontDoor,
  apimHost: pulumi.Input<string>,
): SingleOrigin & { route: cdn.Route } {
  const apim = singleOrigin(
    scope,
    fd,
    { logical: "apim", group: "apim", origin: "apim" },
    apimHost,
    APIM_HEALTH_PROBE,
  );
  const route = new cdn.Route(
    `${scope.name}-api-route`,
    {
      resourceGroupName: scope.resourceGroupName,
      profileName: fd.profile.name,
      endpointName: fd.endpoint.name,
      routeName: "api",
      originGroup: { id: apim.group.id },
      patternsToMatch: apiPatterns(scope.config.name),
      linkToDefaultDomain: "Enabled",
      ...HTTPS_ONLY,
    },
    // A route needs its origin group to hold an origin before Front Door accepts it.
    { parent: scope.parent, dependsOn: [apim.origin] },
  );
  return { ...apim, route };
}

/** `https://api-host` → `api-host`. */
export function hostOf(url: pulumi.Input<string>): pulumi.Output<string> {
  return pulumi.output(url).apply((u) => new URL(u).host);
}
