import { createHash } from "node:crypto";
import type * as pulumi from "@pulumi/pulumi";

/** The account, subscription and tenant every mock output belongs to. */
export const MOCK_ACCOUNT = {
  awsAccountId: "123456789012",
  azureSubscriptionId: "3c1e9f2a-5b7d-4c8e-a6f0-9d2b4e1c7a53",
  azureTenantId: "6f1c2a9e-4b7d-4e3a-9c85-1d2f3a4b5c6d",
} as const;

type State = Record<string, unknown>;
type Inputs = Record<string, unknown>;
interface Context {
  readonly name: string;
  readonly inputs: Inputs;
  readonly region: string;
  readonly id: (length: number, alphabet?: string) => string;
}
type MockFor = (ctx: Context) => { id: string; state: State };

const LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
const MIXED_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const HEX = "0123456789abcdef";

/**
 * Outputs in each provider's real formats, keyed by resource type. Defined once:
 * the offline plan and the tests both read them. Unlisted types echo their inputs.
 */
export const MOCK_OUTPUTS: Readonly<Record<string, MockFor>> = {
  "aws:cognito/userPool:UserPool": ({ inputs, region, id }) => {
    const poolId = `${region}_${id(9, MIXED_ALNUM)}`;
    return {
      id: poolId,
      state: {
        ...inputs,
        arn: `arn:aws:cognito-idp:${region}:${MOCK_ACCOUNT.awsAccountId}:userpool/${poolId}`,
        endpoint: `cognito-idp.${region}.amazonaws.com/${poolId}`,
        estimatedNumberOfUsers: 0,
      },
    };
  },
  "aws:cognito/userPoolClient:UserPoolClient": ({ inputs, id }) => ({
    id: id(26, LOWER_ALNUM),
    state: { ...inputs, clientSecret: inputs.generateSecret ? id(52, LOWER_ALNUM) : "" },
  }),
  "aws:cognito/userPoolDomain:UserPoolDomain": ({ inputs, id }) => ({
    id: String(inputs.domain),
    state: {
      ...inputs,
      awsAccountId: MOCK_ACCOUNT.awsAccountId,
      cloudfrontDistribution: `d${id(13, LOWER_ALNUM)}.cloudfront.net`,
      cloudfrontDistributionZoneId: "Z2FDTNDATAQYW2",
      version: "1",
    },
  }),
  "aws:cognito/resourceServer:ResourceServer": ({ inputs }) => ({
    id: `${String(inputs.userPoolId)}|${String(inputs.identifier)}`,
    state: {
      ...inputs,
      scopeIdentifiers: ((inputs.scopes as { scopeName: string }[] | undefined) ?? []).map(
        (s) => `${String(inputs.identifier)}/${s.scopeName}`,
      ),
    },
  }),
  "aws:cognito/managedLoginBranding:ManagedLoginBranding": ({ inputs, id }) => {
    const brandingId = uuid(id);
    return {
      id: `${String(inputs.userPoolId)},${brandingId}`,
      state: { ...inputs, managedLoginBrandingId: brandingId },
    };
  },
  "azure-native:resources:ResourceGroup": ({ inputs }) => {
    const rgId = `/subscriptions/${MOCK_ACCOUNT.azureSubscriptionId}/resourceGroups/${String(inputs.resourceGroupName)}`;
    return { id: rgId, state: { ...inputs, name: inputs.resourceGroupName, provisioningState: "Succeeded" } };
  },
};

/** Results of provider functions (invokes) the program calls. */
export const MOCK_CALLS: Readonly<Record<string, (inputs: Inputs, region: string) => State>> = {
  "aws:index/getCallerIdentity:getCallerIdentity": () => ({
    accountId: MOCK_ACCOUNT.awsAccountId,
    arn: `arn:aws:iam::${MOCK_ACCOUNT.awsAccountId}:role/platform-deployer`,
    userId: "AROAEXAMPLEID:platform-deployer",
    id: MOCK_ACCOUNT.awsAccountId,
  }),
  "aws:index/getRegion:getRegion": (_inputs, region) => ({
    name: region,
    region,
    id: region,
    endpoint: `ec2.${region}.amazonaws.com`,
  }),
  "aws:index/getPartition:getPartition": () => ({ partition: "aws", dnsSuffix: "amazonaws.com", id: "aws" }),
  "azure-native:authorization:getClientConfig": () => ({
    clientId: "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d",
    objectId: "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
    subscriptionId: MOCK_ACCOUNT.azureSubscriptionId,
    tenantId: MOCK_ACCOUNT.azureTenantId,
  }),
};

/**
 * Pulumi mocks returning realistic outputs. IDs are derived from the resource name,
 * so two runs of the same program produce the same plan.
 */
export class PlatformMocks implements pulumi.runtime.Mocks {
  constructor(private readonly region: string) {}

  newResource(args: pulumi.runtime.MockResourceArgs): { id: string; state: State } {
    const inputs = (args.inputs ?? {}) as Inputs;
    const mock = MOCK_OUTPUTS[args.type];
    if (!mock) return { id: `${args.name}-id`, state: inputs };
    return mock({
      name: args.name,
      inputs,
      region: this.region,
      id: deterministicId(`${args.type}::${args.name}`),
    });
  }

  call(args: pulumi.runtime.MockCallArgs): State {
    const mock = MOCK_CALLS[args.token];
    if (!mock)
      throw new Error(`the offline plan has no mock result for ${args.token}; add one to src/plan/mocks.ts`);
    return mock((args.inputs ?? {}) as Inputs, this.region);
  }
}

function deterministicId(seed: string) {
  let counter = 0;
  return (length: number, alphabet = LOWER_ALNUM): string => {
    const bytes = createHash("sha256").update(`${seed}#${counter++}`).digest();
    let out = "";
    for (let i = 0; i < length; i++) out += alphabet[(bytes[i % bytes.length] ?? 0) % alphabet.length];
    return out;
  };
}

function uuid(id: (length: number, alphabet?: string) => string): string {
  const h = id(32, HEX);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
