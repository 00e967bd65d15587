import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { userFlowIdentityProviderLinkProvider } from "../../../src/azure/graph/userFlowIdentityProviderLink";
import { FAKE_TOKEN, type FakeGraph, fakeCredential, graphError, startFakeGraph, TENANT } from "./fakeGraph";

let graph: FakeGraph;
beforeEach(async () => {
  graph = await startFakeGraph();
});
afterEach(async () => {
  await graph.close();
});

describe("UserFlowIdentityProviderLink provider", () => {
  it("GIVEN a flow and an IdP WHEN linked THEN POSTs the @odata.id reference", async () => {
    graph.reply({ status: 204 });
    const result = await userFlowIdentityProviderLinkProvider(graph.deps).create({
      connection: graph.connection,
      userFlowId: "susi",
      identityProviderId: "Google-OAUTH",
    });
    expect(result).toEqual({
      id: "B2C_1_susi/Google-OAUTH",
      outs: {
        connection: { tenantId: TENANT, endpoint: graph.url },
        userFlowId: "B2C_1_susi",
        identityProviderId: "Google-OAUTH",
      },
    });
    expect(graph.requests).toEqual([
      {
        method: "POST",
        path: "/beta/identity/b2cUserFlows/B2C_1_susi/userflowIdentityProviders/$ref",
        authorization: `Bearer ${FAKE_TOKEN}`,
        contentType: "application/json",
        body: JSON.stringify({ "@odata.id": `${graph.url}/beta/identity/identityProviders/Google-OAUTH` }),
      },
    ]);
  });

  it("GIVEN the link exists WHEN created with adoptExisting THEN succeeds", async () => {
    graph.reply({ status: 409, json: graphError("Conflict", "already linked") });
    const result = await userFlowIdentityProviderLinkProvider(graph.deps).create({
      connection: graph.connection,
      userFlowId: "B2C_1_susi",
      identityProviderId: "Google-OAUTH",
      adoptExisting: true,
    });
    expect(result.id).toBe("B2C_1_susi/Google-OAUTH");
  });

  it("GIVEN the list lacks the IdP WHEN read THEN the link is gone", async () => {
    graph.reply({
      status: 200,
      json: { value: [{ "@odata.type": "#microsoft.graph.socialIdentityProvider", id: "Facebook-OAUTH" }] },
    });
    const read = userFlowIdentityProviderLinkProvider(graph.deps).read;
    if (read === undefined) throw new Error("read missing");
    const props = {
      connection: graph.connection,
      userFlowId: "B2C_1_susi",
      identityProviderId: "Google-OAUTH",
    };
    expect(await read("B2C_1_susi/Google-OAUTH", props)).toEqual({});
    expect(graph.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /beta/identity/b2cUserFlows/B2C_1_susi/userflowIdentityProviders",
    ]);
  });

  it("GIVEN a link WHEN deleted THEN DELETEs the $ref, and 404 counts as gone", async () => {
    graph.reply({ status: 404, json: graphError("ResourceNotFound", "not linked") });
    const del = userFlowIdentityProviderLinkProvider(graph.deps).delete;
    if (del === undefined) throw new Error("delete missing");
    await del("B2C_1_susi/Google-OAUTH", {
      connection: graph.connection,
      userFlowId: "B2C_1_susi",
      identityProviderId: "Google-OAUTH",
    });
    expect(graph.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "DELETE /beta/identity/b2cUserFlows/B2C_1_susi/userflowIdentityProviders/Google-OAUTH/$ref",
    ]);
  });

  it("GIVEN an update, which has nothing to send for a link, THEN no Graph client or credential is made", async () => {
    let credentials = 0;
    const deps = {
      ...graph.deps,
      get credential() {
        credentials += 1;
        return fakeCredential;
      },
    };
    const olds = {
      connection: graph.connection,
      userFlowId: "B2C_1_susi",
      identityProviderId: "Google-OAUTH",
    };
    const result = await userFlowIdentityProviderLinkProvider(deps).update?.(
      "B2C_1_susi/Google-OAUTH",
      olds,
      {
        connection: graph.connection,
        userFlowId: "susi",
        identityProviderId: "Google-OAUTH",
      },
    );
    expect(result).toEqual({
      outs: {
        connection: { tenantId: TENANT, endpoint: graph.url },
        userFlowId: "B2C_1_susi",
        identityProviderId: "Google-OAUTH",
      },
    });
    expect({ credentials, requests: graph.requests.length }).toEqual({ credentials: 0, requests: 0 });
  });

  it("GIVEN another IdP WHEN diffed THEN replaces", async () => {
    const diff = userFlowIdentityProviderLinkProvider(graph.deps).diff;
    if (diff === undefined) throw new Error("diff missing");
    const olds = {
      connection: graph.connection,
      userFlowId: "B2C_1_susi",
      identityProviderId: "Google-OAUTH",
    };
    expect(await diff("x", olds, { ...olds, userFlowId: "susi" })).toEqual({
      changes: false,
      replaces: [],
      deleteBeforeReplace: false,
    });
    expect(await diff("x", olds, { ...olds, identityProviderId: "Facebook-OAUTH" })).toEqual({
      changes: true,
      replaces: ["identityProviderId"],
      deleteBeforeReplace: false,
    });
  });
});
