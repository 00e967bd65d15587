import type { CloudCapacity } from "../../capacity/report";
import { awsCostItems } from "./cost";
import { awsLines, awsNotes } from "./lines";
import { awsLiveSheet } from "./live";
import { AWS_PRICES, AWS_REFERENCE_REGION } from "./prices";

/** Cognito, WAF, API Gateway and ElastiCache Serverless against the expected load; AWS prices. */
export const awsCapacity: CloudCapacity<"aws"> = {
  lines: awsLines,
  notes: awsNotes,
  cost: awsCostItems,
  prices: AWS_PRICES,
  referenceRegion: AWS_REFERENCE_REGION,
  live: awsLiveSheet,
};
