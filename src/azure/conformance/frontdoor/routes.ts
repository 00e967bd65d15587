import { integerIn, lengthIn, matches, oneOf } from "../../../platform/constraintKinds";
import type { Constraint } from "../../../platform/constraints";
import { AFDX, ALNUM_ENDS, AZURERM, CDN_JSON, ENABLED, FD, type Row } from "./common";

const ORIGIN = `${AFDX} (AFDOriginUpdatePropertiesParameters)`;
const GROUP = `${AZURERM}/cdn_frontdoor_origin_group_resource.go`;

/** A route pattern: starts with `/`, with no `*` except one right after the final `/` (afdx.json). */
export const ROUTE_PATTERN = /^\/[^*]*$|^\/(?:[^*]*\/)?\*$/;

const CHILD_NAME = /^[\da-zA-Z][-\da-zA-Z]{0,88}[\da-zA-Z]$/;
const names: readonly Row[] = [
  [
    "frontdoor-origin-group-name",
    FD.originGroup,
    "originGroupName",
    `${AZURERM}/validate/front_door_origin_group_name.go`,
  ],
  ["frontdoor-origin-name", FD.origin, "originName", `${AZURERM}/validate/front_door_origin_name.go`],
  ["frontdoor-route-name", FD.route, "routeName", `${AZURERM}/validate/front_door_route_name.go`],
];

const ranges: readonly (readonly [...Row, number, number])[] = [
  ["frontdoor-sample-size", FD.originGroup, "loadBalancingSettings.sampleSize", GROUP, 0, 255],
  [
    "frontdoor-successful-samples",
    FD.originGroup,
    "loadBalancingSettings.successfulSamplesRequired",
    GROUP,
    0,
    255,
  ],
  [
    "frontdoor-additional-latency",
    FD.originGroup,
    "loadBalancingSettings.additionalLatencyInMilliseconds",
    GROUP,
    0,
    1000,
  ],
  [
    "frontdoor-probe-interval",
    FD.originGroup,
    "healthProbeSettings.probeIntervalInSeconds",
    `${CDN_JSON} (HealthProbeParameters)`,
    1,
    255,
  ],
  ["frontdoor-origin-http-port", FD.origin, "httpPort", ORIGIN, 1, 65_535],
  ["frontdoor-origin-https-port", FD.origin, "httpsPort", ORIGIN, 1, 65_535],
  ["frontdoor-origin-priority", FD.origin, "priority", ORIGIN, 1, 5],
  ["frontdoor-origin-weight", FD.origin, "weight", ORIGIN, 1, 1000],
];

const enums: readonly (readonly [...Row, readonly unknown[]])[] = [
  [
    "frontdoor-probe-protocol",
    FD.originGroup,
    "healthProbeSettings.probeProtocol",
    `${CDN_JSON} (ProbeProtocol)`,
    ["NotSet", "Http", "Https"],
  ],
  [
    "frontdoor-probe-method",
    FD.originGroup,
    "healthProbeSettings.probeRequestType",
    `${CDN_JSON} (HealthProbeRequestType)`,
    ["NotSet", "GET", "HEAD"],
  ],
  ["frontdoor-session-affinity", FD.originGroup, "sessionAffinityState", `${AFDX} (EnabledState)`, ENABLED],
  ["frontdoor-origin-state", FD.origin, "enabledState", `${AFDX} (EnabledState)`, ENABLED],
  [
    "frontdoor-route-protocols",
    FD.route,
    "supportedProtocols[]",
    `${AFDX} (AFDEndpointProtocols)`,
    ["Http", "Https"],
  ],
  [
    "frontdoor-route-forwarding",
    FD.route,
    "forwardingProtocol",
    `${AFDX} (ForwardingProtocol)`,
    ["HttpOnly", "HttpsOnly", "MatchRequest"],
  ],
  ["frontdoor-route-https-redirect", FD.route, "httpsRedirect", `${AFDX} (httpsRedirect)`, ENABLED],
  [
    "frontdoor-route-default-domain",
    FD.route,
    "linkToDefaultDomain",
    `${AFDX} (LinkToDefaultDomain)`,
    ENABLED,
  ],
  ["frontdoor-route-state", FD.route, "enabledState", `${AFDX} (EnabledState)`, ENABLED],
  [
    "frontdoor-security-policy-type",
    FD.securityPolicy,
    "parameters.type",
    `${AFDX} (SecurityPolicyType)`,
    ["WebApplicationFirewall"],
  ],
  [
    "frontdoor-security-policy-patterns",
    FD.securityPolicy,
    "parameters.associations[].patternsToMatch[]",
    `${AZURERM}/cdn_frontdoor_security_policy_resource.go (patterns_to_match: "/*", the only value the service accepts)`,
    ["/*"],
  ],
];

/** Origin groups, origins, routes and security policies. */
export const ROUTE_CONSTRAINTS: readonly Constraint[] = [
  ...names.map(([id, type, input, source]) =>
    matches({ id, type, input, source }, CHILD_NAME, `2..90 ${ALNUM_ENDS}`),
  ),
  ...ranges.map(([id, type, input, source, min, max]) => integerIn({ id, type, input, source }, min, max)),
  ...enums.map(([id, type, input, source, allowed]) => oneOf({ id, type, input, source }, allowed)),
  matches(
    {
      id: "frontdoor-probe-path",
      type: FD.originGroup,
      input: "healthProbeSettings.probePath",
      source: GROUP,
    },
    /^\/\S*$/,
    "a path starting with /",
  ),
  lengthIn(
    {
      id: "frontdoor-origin-host",
      type: FD.origin,
      input: "hostName",
      source: `${AZURERM}/cdn_frontdoor_origin_resource.go (host_name: not empty)`,
    },
    1,
    253,
  ),
  matches(
    {
      id: "frontdoor-route-endpoint",
      type: FD.route,
      input: "endpointName",
      source: `${AZURERM}/validate/front_door_endpoint_name.go`,
    },
    /^[\da-zA-Z][-\da-zA-Z]{0,44}[\da-zA-Z]$/,
    `2..46 ${ALNUM_ENDS}`,
  ),
  matches(
    {
      id: "frontdoor-route-pattern",
      type: FD.route,
      input: "patternsToMatch[]",
      source: `${AFDX} (RouteUpdatePropertiesParameters.patternsToMatch)`,
    },
    ROUTE_PATTERN,
    "a path starting with /, with * only after the final /",
  ),
  matches(
    {
      id: "frontdoor-security-policy-name",
      type: FD.securityPolicy,
      input: "securityPolicyName",
      source: `${AZURERM}/validate/front_door_security_policy_name.go`,
    },
    /^[\da-zA-Z](?:[-\da-zA-Z]*[\da-zA-Z])?$/,
    ALNUM_ENDS,
  ),
];
