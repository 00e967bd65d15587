import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rootPolicyId, trustFrameworkPolicyProvider } from "../../../src/azure/graph/trustFrameworkPolicy";
import { FAKE_TOKEN, type FakeGraph, graphError, startFakeGraph, TENANT } from "./fakeGraph";

let graph: FakeGraph;
beforeEach(async () => {
  graph = await startFakeGraph();
});
afterEach(async () => {
  await graph.close();
});

const XML =
  '<TrustFrameworkPolicy xmlns="http://schemas.microsoft.com/online/cpim/schemas/2013/06" PolicySchemaVersion="0.3.0.0" TenantId="contosob2c.onmicrosoft.com" PolicyId="B2C_1A_Base"></TrustFrameworkPolicy>';
const notFound = { status: 404, json: graphError("ResourceNotFound", "no policy") };

describe("TrustFrameworkPolicy provider", () => {
  it("GIVEN a new policy WHEN created THEN checks it is absent and PUTs the XML", async () => {
    graph.reply(notFound, { status: 201, text: XML, contentType: "application/xml" });
    const result = await trustFrameworkPolicyProvider(graph.deps).create({
      connection: graph.connection,
      policyId: "B2C_1A_Base",
      policyXml: XML,
    });
    expect(result).toEqual({
      id: "B2C_1A_Base",
      outs: {
        connection: { tenantId: TENANT, endpoint: graph.url },
        policyId: "B2C_1A_Base",
        contentSha256: createHash("sha256").update(XML, "utf8").digest("hex"),
      },
    });
    expect(graph.requests).toEqual([
      {
        method: "GET",
        path: "/beta/trustFramework/policies/B2C_1A_Base/$value",
        authorization: `Bearer ${FAKE_TOKEN}`,
        contentType: undefined,
        body: "",
      },
      {
        method: "PUT",
        path: "/beta/trustFramework/policies/B2C_1A_Base/$value",
        authorization: `Bearer ${FAKE_TOKEN}`,
        contentType: "application/xml",
        body: XML,
      },
    ]);
  });

  it("GIVEN the policy exists WHEN created THEN fails without overwriting it", async () => {
    graph.reply({ status: 200, text: XML, contentType: "application/xml" });
    await expect(
      trustFrameworkPolicyProvider(graph.deps).create({
        connection: graph.connection,
        policyId: "B2C_1A_Base",
        policyXml: XML,
      }),
    ).rejects.toThrow(
      `Custom policy "B2C_1A_Base" already exists in tenant ${TENANT}. Set adoptExisting: true`,
    );
    expect(graph.requests.map((r) => r.method)).toEqual(["GET"]);
  });

  it("GIVEN adoptExisting WHEN created THEN PUTs straight away (200 replaced)", async () => {
    graph.reply({ status: 200, text: XML, contentType: "application/xml" });
    await trustFrameworkPolicyProvider(graph.deps).create({
      connection: graph.connection,
      policyId: "B2C_1A_Base",
      policyXml: XML,
      adoptExisting: true,
    });
    expect(graph.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "PUT /beta/trustFramework/policies/B2C_1A_Base/$value",
    ]);
  });

  it("GIVEN new XML WHEN diffed THEN updates in place; a new id replaces", async () => {
    graph.reply(notFound, { status: 201 });
    const provider = trustFrameworkPolicyProvider(graph.deps);
    const { outs } = await provider.create({
      connection: graph.connection,
      policyId: "B2C_1A_Base",
      policyXml: XML,
    });
    const diff = provider.diff;
    if (diff === undefined) throw new Error("diff missing");
    const base = { connection: graph.connection, policyId: "B2C_1A_Base", policyXml: XML };
    expect(await diff("B2C_1A_Base", outs, base)).toEqual({
      changes: false,
      replaces: [],
      deleteBeforeReplace: false,
    });
    expect(await diff("B2C_1A_Base", outs, { ...base, policyXml: `${XML}\n` })).toEqual({
      changes: true,
      replaces: [],
      deleteBeforeReplace: false,
    });
    expect(await diff("B2C_1A_Base", outs, { ...base, policyId: "B2C_1A_Base2" })).toEqual({
      changes: true,
      replaces: ["policyId"],
      deleteBeforeReplace: false,
    });
  });

  it.each([
    ["B2C_1A_Base", XML, []],
    ["Base", XML, [{ property: "policyId", reason: 'policyId: must start with B2C_1A_; received "Base"' }]],
    [
      "B2C_1A_Other",
      XML,
      [
        {
          property: "policyXml",
          reason:
            'policyXml: the TrustFrameworkPolicy root must have PolicyId="B2C_1A_Other"; received "B2C_1A_Base"',
        },
      ],
    ],
    [
      "B2C_1A_Base",
      "<Other/>",
      [
        {
          property: "policyXml",
          reason: 'policyXml: the TrustFrameworkPolicy root must have PolicyId="B2C_1A_Base"; received none',
        },
      ],
    ],
  ])("GIVEN policyId %s WHEN checked THEN failures %j", async (policyId, policyXml, failures) => {
    const check = trustFrameworkPolicyProvider(graph.deps).check;
    if (check === undefined) throw new Error("check missing");
    expect((await check({}, { connection: graph.connection, policyId, policyXml })).failures).toEqual(
      failures,
    );
  });

  it("GIVEN a prefixed root element WHEN reading PolicyId THEN finds it", () => {
    expect(rootPolicyId("<p:TrustFrameworkPolicy xmlns:p='x' PolicyId='B2C_1A_X'/>")).toBe("B2C_1A_X");
  });

  it("GIVEN the policy is gone WHEN deleted THEN DELETEs the policy (not $value) and succeeds", async () => {
    graph.reply(notFound);
    const del = trustFrameworkPolicyProvider(graph.deps).delete;
    if (del === undefined) throw new Error("delete missing");
    await del("B2C_1A_Base", { connection: graph.connection });
    expect(graph.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "DELETE /beta/trustFramework/policies/B2C_1A_Base",
    ]);
  });
});
