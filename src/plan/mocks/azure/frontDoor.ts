import { type Inputs, LOWER_ALNUM, type MockFor, uuid } from "../common";
import { armId, str } from "./arm";

const CDN = "Microsoft.Cdn/profiles";
/** `providers/Microsoft.Cdn/profiles/{profile}/{path}`. */
const inProfile = (inputs: Inputs, path: string) =>
  armId(inputs, `${CDN}/${str(inputs.profileName)}/${path}`);

/** A child of a Front Door profile whose name comes from one input. */
function profileChild(segment: string, nameKey: string, extra: Inputs = {}): MockFor {
  return ({ inputs }) => {
    const name = str(inputs[nameKey]);
    return {
      id: inProfile(inputs, `${segment}/${name}`),
      state: { ...inputs, name, provisioningState: "Succeeded", deploymentStatus: "NotStarted", ...extra },
    };
  };
}

/**
 * Azure Front Door Standard/Premium (Microsoft.Cdn) and its WAF policy (Microsoft.Network), with
 * the outputs of the REST API's examples: a GUID frontDoorId on the profile, an endpoint host
 * `{endpoint}-{16 characters}.z01.azurefd.net` (AFDEndpoints_Create), a custom domain pending
 * validation with its `_dnsauth` TXT token (AFDCustomDomains_Create).
 */
export const FRONT_DOOR_MOCK_OUTPUTS: Readonly<Record<string, MockFor>> = {
  "azure-native:cdn:Profile": ({ inputs, id }) => {
    const name = str(inputs.profileName);
    return {
      id: armId(inputs, `${CDN}/${name}`),
      state: {
        ...inputs,
        name,
        frontDoorId: uuid(id),
        kind: "frontdoor",
        resourceState: "Active",
        provisioningState: "Succeeded",
      },
    };
  },
  "azure-native:cdn:AFDEndpoint": ({ inputs, id }) => {
    const name = str(inputs.endpointName);
    return {
      id: inProfile(inputs, `afdEndpoints/${name}`),
      state: {
        ...inputs,
        name,
        hostName: `${name}-${id(16, LOWER_ALNUM)}.z01.azurefd.net`,
        provisioningState: "Succeeded",
        deploymentStatus: "NotStarted",
      },
    };
  },
  "azure-native:cdn:AFDOriginGroup": profileChild("originGroups", "originGroupName"),
  "azure-native:cdn:AFDOrigin": ({ inputs }) => {
    const name = str(inputs.originName);
    return {
      id: inProfile(inputs, `originGroups/${str(inputs.originGroupName)}/origins/${name}`),
      state: { ...inputs, name, provisioningState: "Succeeded", deploymentStatus: "NotStarted" },
    };
  },
  "azure-native:cdn:Route": ({ inputs }) => {
    const name = str(inputs.routeName);
    return {
      id: inProfile(inputs, `afdEndpoints/${str(inputs.endpointName)}/routes/${name}`),
      state: { ...inputs, name, provisioningState: "Succeeded", deploymentStatus: "NotStarted" },
    };
  },
  "azure-native:cdn:SecurityPolicy": profileChild("securityPolicies", "securityPolicyName"),
  "azure-native:cdn:AFDCustomDomain": ({ inputs, id }) => {
    const name = str(inputs.customDomainName);
    return {
      id: inProfile(inputs, `customDomains/${name}`),
      state: {
        ...inputs,
        name,
        domainValidationState: "Pending",
        validationProperties: {
          validationToken: id(32, LOWER_ALNUM),
          expirationDate: "2026-12-08T00:00:00Z",
        },
        provisioningState: "Succeeded",
        deploymentStatus: "NotStarted",
      },
    };
  },
  "azure-native:frontdoor:Policy": ({ inputs }) => {
    const name = str(inputs.policyName);
    return {
      id: armId(inputs, `Microsoft.Network/FrontDoorWebApplicationFirewallPolicies/${name}`),
      state: { ...inputs, name, resourceState: "Enabled", provisioningState: "Succeeded" },
    };
  },
};
