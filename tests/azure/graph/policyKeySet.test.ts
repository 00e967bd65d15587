import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { policyKeySetProvider } from "../../../src/azure/graph/policyKeySet";
import { FAKE_TOKEN, type FakeGraph, graphError, startFakeGraph, TENANT } from "./fakeGraph";

let graph: FakeGraph;
beforeEach(async () => {
  graph = await startFakeGraph();
});
afterEach(async () => {
  await graph.close();
});

const rsaKey = {
  kid: "Gaid7K8sO8RavMX9fzHir_Wg0femGhbY9b-B4rVIxbE",
  kty: "RSA",
  use: "sig",
  e: "AQAB",
  n: "rd54s6",
};

describe("PolicyKeySet provider", () => {
  it("GIVEN a signing container WHEN created THEN creates the key set and generates an RSA key", async () => {
    graph.reply(
      { status: 201, json: { id: "B2C_1A_TokenSigningKeyContainer", keys: [] } },
      { status: 200, json: rsaKey },
    );
    const result = await policyKeySetProvider(graph.deps).create({
      connection: graph.connection,
      name: "TokenSigningKeyContainer",
      source: "generate",
      use: "sig",
    });
    expect(result.id).toBe("B2C_1A_TokenSigningKeyContainer");
    expect(result.outs.keyId).toBe(rsaKey.kid);
    expect(result.outs.kty).toBe("RSA");
    expect(graph.requests).toEqual([
      {
        method: "POST",
        path: "/beta/trustFramework/keySets",
        authorization: `Bearer ${FAKE_TOKEN}`,
        contentType: "application/json",
        body: '{"id":"B2C_1A_TokenSigningKeyContainer"}',
      },
      {
        method: "POST",
        path: "/beta/trustFramework/keySets/B2C_1A_TokenSigningKeyContainer/generateKey",
        authorization: `Bearer ${FAKE_TOKEN}`,
        contentType: "application/json",
        body: '{"use":"sig","kty":"RSA"}',
      },
    ]);
  });

  it("GIVEN an IdP secret WHEN uploaded THEN sends it as k and keeps it out of the outputs", async () => {
    graph.reply(
      { status: 201, json: { id: "B2C_1A_FacebookSecret", keys: [] } },
      { status: 200, json: { kid: "k1", use: "sig", kty: "OCT" } },
    );
    const result = await policyKeySetProvider(graph.deps).create({
      connection: graph.connection,
      name: "B2C_1A_FacebookSecret",
      source: "uploadSecret",
      use: "sig",
      secret: "fb-app-secret",
      expiresAt: 1_900_000_000,
    });
    expect(graph.requests.map((r) => `${r.method} ${r.path} ${r.body}`)).toEqual([
      'POST /beta/trustFramework/keySets {"id":"B2C_1A_FacebookSecret"}',
      'POST /beta/trustFramework/keySets/B2C_1A_FacebookSecret/uploadSecret {"use":"sig","k":"fb-app-secret","exp":1900000000}',
    ]);
    expect(JSON.stringify(result.outs)).not.toContain("fb-app-secret");
    expect(result.outs.kty).toBe("OCT");
  });

  it("GIVEN generateKey fails WHEN created THEN removes the empty container and reports the failure", async () => {
    graph.reply(
      { status: 201, json: { id: "B2C_1A_Enc", keys: [] } },
      { status: 400, json: graphError("AADB2C", "Invalid key type") },
      { status: 204 },
    );
    await expect(
      policyKeySetProvider(graph.deps).create({
        connection: graph.connection,
        name: "Enc",
        source: "generate",
        use: "enc",
        kty: "OCT",
      }),
    ).rejects.toThrow(
      `POST /beta/trustFramework/keySets/B2C_1A_Enc/generateKey in tenant ${TENANT} failed with HTTP 400 (AADB2C: Invalid key type).`,
    );
    expect(graph.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /beta/trustFramework/keySets",
      "POST /beta/trustFramework/keySets/B2C_1A_Enc/generateKey",
      "DELETE /beta/trustFramework/keySets/B2C_1A_Enc",
    ]);
  });

  it("GIVEN the container exists WHEN created THEN fails pointing at adoptExisting", async () => {
    graph.reply({ status: 409, json: graphError("Conflict", "exists") });
    await expect(
      policyKeySetProvider(graph.deps).create({
        connection: graph.connection,
        name: "Sig",
        source: "generate",
        use: "sig",
      }),
    ).rejects.toThrow(
      `Policy key set "B2C_1A_Sig" already exists in tenant ${TENANT}. Set adoptExisting: true`,
    );
  });

  it("GIVEN changed settings WHEN diffed THEN rotation updates in place and a new source or name replaces first", async () => {
    const provider = policyKeySetProvider(graph.deps);
    graph.reply({ status: 201, json: { id: "B2C_1A_Sig", keys: [] } }, { status: 200, json: rsaKey });
    const { outs } = await provider.create({
      connection: graph.connection,
      name: "Sig",
      source: "generate",
      use: "sig",
    });
    const diff = provider.diff;
    if (diff === undefined) throw new Error("diff missing");
    const base = { connection: graph.connection, name: "Sig", source: "generate", use: "sig" };
    expect(await diff("B2C_1A_Sig", outs, { ...base, name: "B2C_1A_Sig" })).toEqual({
      changes: false,
      replaces: [],
      deleteBeforeReplace: false,
    });
    expect(await diff("B2C_1A_Sig", outs, { ...base, expiresAt: 1_900_000_000 })).toEqual({
      changes: true,
      replaces: [],
      deleteBeforeReplace: false,
    });
    expect(await diff("B2C_1A_Sig", outs, { ...base, source: "uploadSecret", secret: "s" })).toEqual({
      changes: true,
      replaces: ["source"],
      deleteBeforeReplace: true,
    });
    expect(await diff("B2C_1A_Sig", outs, { ...base, name: "Sig2" })).toEqual({
      changes: true,
      replaces: ["keySetId"],
      deleteBeforeReplace: false,
    });
  });

  it("GIVEN generate with a secret WHEN checked THEN fails on secret", async () => {
    const check = policyKeySetProvider(graph.deps).check;
    if (check === undefined) throw new Error("check missing");
    const result = await check(
      {},
      { connection: graph.connection, name: "Sig", source: "generate", use: "sig", secret: "x" },
    );
    expect(result.failures).toEqual([
      {
        property: "secret",
        reason: 'secret: only allowed with source "uploadSecret"; received a value with source "generate"',
      },
    ]);
  });

  it("GIVEN the container is gone WHEN deleted THEN succeeds", async () => {
    graph.reply({ status: 404, json: graphError("ResourceNotFound", "gone") });
    const del = policyKeySetProvider(graph.deps).delete;
    if (del === undefined) throw new Error("delete missing");
    await del("B2C_1A_Sig", { connection: graph.connection });
    expect(graph.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "DELETE /beta/trustFramework/keySets/B2C_1A_Sig",
    ]);
  });
});
