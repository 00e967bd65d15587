import {
  SERVERLESS_DATA_STORAGE_GB,
  SERVERLESS_ECPU_PER_SECOND,
  SERVERLESS_MAX_SNAPSHOT_RETENTION,
} from "../../config/rules/aws/limits";
import { integerIn, lengthIn, matches, oneOf } from "../../platform/constraintKinds";
import { awsTags, custom, free, type ServiceAudit, T } from "./common";
import { SOURCES } from "./sources";

/** What the ElastiCache provider and ElastiCache enforce on the serverless cache, and the password generator. */
export const SERVERLESS_CACHE: ServiceAudit = {
  constraints: [
    oneOf(
      {
        id: "elasticache-serverless-engine",
        type: T.cache,
        input: "engine",
        source: `${SOURCES.elasticacheApi}/API_CreateServerlessCache.html`,
      },
      ["redis", "valkey", "memcached"],
    ),
    lengthIn(
      {
        id: "elasticache-serverless-description",
        type: T.cache,
        input: "description",
        source: `${SOURCES.elasticacheApi}/API_CreateServerlessCache.html`,
      },
      0,
      255,
    ),
    integerIn(
      {
        id: "elasticache-serverless-snapshots",
        type: T.cache,
        input: "snapshotRetentionLimit",
        source: SOURCES.elasticacheServerless,
      },
      0,
      SERVERLESS_MAX_SNAPSHOT_RETENTION,
    ),
    integerIn(
      {
        id: "elasticache-serverless-ecpu",
        type: T.cache,
        input: "cacheUsageLimits.ecpuPerSeconds[].maximum",
        source: SOURCES.elasticacheServerless,
      },
      SERVERLESS_ECPU_PER_SECOND.min,
      SERVERLESS_ECPU_PER_SECOND.max,
    ),
    integerIn(
      {
        id: "elasticache-serverless-storage",
        type: T.cache,
        input: "cacheUsageLimits.dataStorage.maximum",
        source: `${SOURCES.elasticacheGuide}/WhatIs.corecomponents.html`,
      },
      SERVERLESS_DATA_STORAGE_GB.min,
      SERVERLESS_DATA_STORAGE_GB.max,
    ),
    oneOf(
      {
        id: "elasticache-serverless-storage-unit",
        type: T.cache,
        input: "cacheUsageLimits.dataStorage.unit",
        source: SOURCES.elasticacheServerless,
      },
      ["GB"],
    ),
    matches(
      {
        id: "elasticache-serverless-subnets",
        type: T.cache,
        input: "subnetIds[]",
        source: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Subnet.html",
      },
      /^subnet-[0-9a-f]{8,17}$/,
      "a subnet ID",
    ),
    matches(
      {
        id: "elasticache-serverless-security-groups",
        type: T.cache,
        input: "securityGroupIds[]",
        source: "https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SecurityGroup.html",
      },
      /^sg-[0-9a-f]{8,17}$/,
      "a security group ID",
    ),
    awsTags("aws-tags-cache", T.cache),
    custom(
      {
        id: "random-password-length",
        type: T.password,
        input: "length",
        source: `${SOURCES.random}; ${SOURCES.elasticacheApi}/API_CreateUser.html`,
        rule: "16..128 characters (an ElastiCache password)",
      },
      (p) =>
        Number.isInteger(p.length) && (p.length as number) >= 16 && (p.length as number) <= 128
          ? []
          : [`length is ${JSON.stringify(p.length)}`],
    ),
  ],
  unconstrained: [
    free(
      T.cache,
      "name",
      "the API documents no limit beyond a lowercase identifier; the program derives lowercase letters, digits and single hyphens",
    ),
    free(
      T.cache,
      "majorEngineVersion",
      'fixed by the program to "8" (Valkey 8), the version the session library is tested against',
    ),
    free(T.cache, "userGroupId", "the user group's ID output (elasticache-user-group-id)"),
    free(T.password, "special", "false: letters and digits only, which every ElastiCache password accepts"),
  ],
};
