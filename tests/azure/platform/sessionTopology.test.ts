import { describe, expect, it } from "vitest";
import { databaseArgs } from "../../../src/azure/sessionStore/managed";
import {
  cacheIsClustered,
  cachePermissions,
  managedIsClustered,
} from "../../../src/azure/sessionStore/permissions";

describe("GIVEN a store's topology WHEN deciding whether applications need a cluster client", () => {
  it.each([
    [{}, false],
    [{ shardCount: 0 }, false],
    [{ shardCount: 3 }, true],
  ])("THEN an Azure Cache for Redis with %j is clustered: %s", (args, clustered) => {
    expect(cacheIsClustered(args)).toBe(clustered);
  });

  it.each([
    ["OSSCluster", true],
    ["EnterpriseCluster", false],
    ["NoCluster", false],
  ])("THEN Managed Redis with the %s policy is clustered: %s", (policy, clustered) => {
    expect(managedIsClustered(policy)).toBe(clustered);
  });

  it("THEN the program's Managed Redis database uses the Enterprise policy (one endpoint)", () => {
    expect(managedIsClustered(databaseArgs("cluster", "rg").clusteringPolicy)).toBe(false);
  });
});

describe("GIVEN the application's data access on Azure", () => {
  it("THEN a sharded cache's policy adds the cluster commands to the session commands", () => {
    expect(cachePermissions("app:", true)).toBe(
      "+del +eval +evalsha +exists +hget +hmget +hset +info +pexpire +pttl +rename +time +zadd +zcard +zrange +zrem +zremrangebyscore +zscore +cluster|slots +asking +client|setname ~app:*",
    );
  });
});
