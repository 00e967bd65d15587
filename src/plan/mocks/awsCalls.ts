import { type CallMockFor, invokeError, MOCK_ACCOUNT } from "./common";

const ACCOUNT = MOCK_ACCOUNT.awsAccountId;

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
  // terraform-provider-aws's aws_guardduty_detector data source without an ID: the region's
  // only detector, or its error when there is none (the engine's wording around it).
  "aws:guardduty/getDetector:getDetector": (_inputs, region, account) => {
    const found = account.guardDutyDetector;
    if (account.guardDutyDenied)
      throw invokeError(
        "invocation of aws:guardduty/getDetector:getDetector returned an error: invoking aws:guardduty/getDetector:getDetector: 1 error occurred:\n\t* reading this account's single GuardDuty Detector: operation error GuardDuty: ListDetectors, https response error StatusCode: 403, RequestID: 5f0c6b1e-2a47-4d38-9a61-3c2e8f7b9d14, AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/platform-deployer/ci is not authorized to perform: guardduty:ListDetectors",
      );
    if (!found)
      throw invokeError(
        "invocation of aws:guardduty/getDetector:getDetector returned an error: invoking aws:guardduty/getDetector:getDetector: 1 error occurred:\n\t* reading this account's single GuardDuty Detector: empty result",
      );
    return {
      id: found.id,
      arn: `arn:aws:guardduty:${region}:${ACCOUNT}:detector/${found.id}`,
      features: [],
      findingPublishingFrequency: "SIX_HOURS",
      region,
      serviceRoleArn: `arn:aws:iam::${ACCOUNT}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`,
      status: "ENABLED",
      tags: found.tags,
    };
  },
};
