import { Region } from "@pulumi/aws/types/enums";
import { describe, expect, it } from "vitest";
import { AWS_REGIONS, AZURE_REGIONS } from "../../src/config/regions";
import { region } from "../../src/config/rules/aws/edges";
import { location } from "../../src/config/rules/azure/directory";
import { exampleValues, settingsOf, validateStack } from "../support/harness";

describe("GIVEN the region lists", () => {
  it("THEN the AWS list is exactly the Region enum of the pinned @pulumi/aws", () => {
    expect([...AWS_REGIONS]).toEqual(Object.values(Region));
  });

  it("THEN the Azure list holds 56 programmatic names, sorted, each once", () => {
    expect(AZURE_REGIONS).toHaveLength(56);
    expect([...AZURE_REGIONS]).toEqual([...new Set(AZURE_REGIONS)].sort());
    for (const name of AZURE_REGIONS) expect(name).toMatch(/^[a-z]+[0-9]?$/);
  });

  it.each([...AWS_REGIONS])("THEN aws:region %s is accepted", (name) => {
    expect(region(name)).toEqual([]);
  });

  it.each([...AZURE_REGIONS])("THEN azure-native:location %s is accepted", (name) => {
    expect(location(name)).toEqual([]);
  });
});

describe("GIVEN a region that does not exist", () => {
  it.each([
    [
      "ap-northeast-9",
      `aws:region: must be an AWS region (did you mean "ap-northeast-1"?): ${AWS_REGIONS.join(", ")}; received "ap-northeast-9"`,
    ],
    ["Seoul", `aws:region: must be an AWS region: ${AWS_REGIONS.join(", ")}; received "Seoul"`],
  ])("WHEN aws:region is %j THEN it is refused naming the key and listing the regions", (value, line) => {
    expect(region(value).map((p) => `${p.path}: ${p.message}`)).toEqual([line]);
  });

  it.each([
    [
      "koreacentrall",
      `azure-native:location: must be an Azure region (did you mean "koreacentral"?): ${AZURE_REGIONS.join(", ")}; received "koreacentrall"`,
    ],
    [
      "us-east-1",
      `azure-native:location: must be an Azure region: ${AZURE_REGIONS.join(", ")}; received "us-east-1"`,
    ],
  ])(
    "WHEN azure-native:location is %j THEN it is refused naming the key and listing the regions",
    (value, line) => {
      expect(location(value).map((p) => `${p.path}: ${p.message}`)).toEqual([line]);
    },
  );

  it("WHEN the Azure geo-replica's region is misspelled THEN the whole configuration is refused for it", async () => {
    const values = exampleValues("azure") as { azure: { sessionStore: Record<string, unknown> } };
    values.azure.sessionStore.geoReplicaLocation = "japaneastt";
    // Geo-replication excludes zones and persistence, which the example turns on.
    values.azure.sessionStore.zones = [];
    values.azure.sessionStore.persistence = undefined;
    const settings = settingsOf(values, {
      providerConfig: { "azure-native:location": "koreacentral" },
      secretKeys: ["identity"],
    });
    await expect(validateStack(settings)).rejects.toThrowError(
      `invalid stack configuration (1 problem):\n  azure.sessionStore.geoReplicaLocation: must be an Azure region (did you mean "japaneast"?): ${AZURE_REGIONS.join(", ")}; received "japaneastt"`,
    );
  });
});
