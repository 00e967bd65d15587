import { type IdFactory, MIXED_ALNUM, type MockFor, uuid } from "../common";
import { str } from "./arm";

const GRAPH = "pulumi-nodejs:dynamic/azure-graph";
const withPrefix = (prefix: string, name: string) => (name.startsWith(prefix) ? name : `${prefix}${name}`);
const sha256Hex = (id: IdFactory) => id(64, "0123456789abcdef");

/** Microsoft Graph objects (dynamic resources), with the IDs Graph gives them. */
export const GRAPH_MOCK_OUTPUTS: Readonly<Record<string, MockFor>> = {
  [`${GRAPH}:SocialIdentityProvider`]: ({ inputs, id }) => ({
    id: `${str(inputs.identityProviderType)}-OAUTH`,
    state: { ...inputs, clientSecret: undefined, clientSecretFingerprint: sha256Hex(id) },
  }),
  [`${GRAPH}:B2CUserFlow`]: ({ inputs }) => {
    const flowId = withPrefix("B2C_1_", str(inputs.name));
    return { id: flowId, state: { ...inputs, flowId } };
  },
  [`${GRAPH}:UserFlowIdentityProviderLink`]: ({ inputs }) => ({
    id: `${str(inputs.userFlowId)}/${str(inputs.identityProviderId)}`,
    state: inputs,
  }),
  [`${GRAPH}:ExternalIdSignUpFlow`]: ({ inputs, id }) => ({ id: uuid(id), state: inputs }),
  [`${GRAPH}:PolicyKeySet`]: ({ inputs, id }) => {
    const keySetId = withPrefix("B2C_1A_", str(inputs.name));
    return {
      id: keySetId,
      state: { ...inputs, secret: undefined, keySetId, keyId: id(43, MIXED_ALNUM), kty: inputs.kty ?? "RSA" },
    };
  },
  [`${GRAPH}:TrustFrameworkPolicy`]: ({ inputs, id }) => ({
    id: str(inputs.policyId),
    state: { ...inputs, policyXml: undefined, contentSha256: sha256Hex(id) },
  }),
};
