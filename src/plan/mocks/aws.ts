import { type CallMockFor, LOWER_ALNUM, MIXED_ALNUM, MOCK_ACCOUNT, type MockFor, uuid } from "./common";

/** AWS resource outputs in the provider's real formats, keyed by resource type. */
export const AWS_MOCK_OUTPUTS: Readonly<Record<string, MockFor>> = {
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
};

/** Results of AWS provider functions (invokes) the program calls. */
export const AWS_MOCK_CALLS: Readonly<Record<string, CallMockFor>> = {
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
};
