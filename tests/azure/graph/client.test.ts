import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGraphClient, type GraphClient } from "../../../src/azure/graph/client";
import { GraphRequestError } from "../../../src/azure/graph/errors";
import { FAKE_TOKEN, type FakeGraph, fakeCredential, graphError, startFakeGraph, TENANT } from "./fakeGraph";

let graph: FakeGraph;
let client: GraphClient;
beforeEach(async () => {
  graph = await startFakeGraph();
  client = createGraphClient({
    endpoint: graph.url,
    tenantId: TENANT,
    credential: fakeCredential,
    retry: { maxAttempts: 3, maxTotalWaitMs: 5_000, baseDelayMs: 1_000 },
    sleep: graph.deps.sleep,
  });
});
afterEach(async () => {
  await graph.close();
});

async function failure(promise: Promise<unknown>): Promise<GraphRequestError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof GraphRequestError) return err;
    throw err;
  }
  throw new Error("expected a GraphRequestError");
}

describe("Graph client", () => {
  it("GIVEN 429 with Retry-After: 1 WHEN sent THEN waits 1 s and retries once", async () => {
    graph.reply({
      status: 429,
      headers: { "Retry-After": "1" },
      json: graphError("TooManyRequests", "slow down"),
    });
    graph.reply({ status: 200, json: { id: "x" } });
    const res = await client.send({
      method: "GET",
      version: "beta",
      path: "/identity/b2cUserFlows/x",
      permission: "IdentityUserFlow.ReadWrite.All",
    });
    expect(res).toEqual({ status: 200, json: { id: "x" }, text: '{"id":"x"}' });
    expect(graph.sleeps).toEqual([1000]);
    expect(graph.requests.length).toBe(2);
  });

  it("GIVEN 503 with Retry-After: 0 and the real sleep WHEN sent THEN retries", async () => {
    const real = createGraphClient({ endpoint: graph.url, tenantId: TENANT, credential: fakeCredential });
    graph.reply({ status: 503, headers: { "Retry-After": "0" } }, { status: 204 });
    const res = await real.send({
      method: "DELETE",
      version: "beta",
      path: "/trustFramework/keySets/B2C_1A_k",
      permission: "TrustFrameworkKeySet.ReadWrite.All",
    });
    expect(res.status).toBe(204);
    expect(graph.requests.map((r) => r.method)).toEqual(["DELETE", "DELETE"]);
  });

  it("GIVEN throttling that never ends WHEN sent THEN stops after maxAttempts", async () => {
    graph.reply(...Array.from({ length: 3 }, () => ({ status: 429, headers: { "Retry-After": "1" } })));
    const err = await failure(
      client.send({
        method: "GET",
        version: "v1.0",
        path: "/identity/identityProviders",
        permission: "IdentityProvider.ReadWrite.All",
      }),
    );
    expect(err.message).toBe(
      `GET /v1.0/identity/identityProviders in tenant ${TENANT} was still throttled (HTTP 429) after 3 attempt(s) and 2 s of waiting; run the update again later.`,
    );
    expect(err.kind).toBe("throttled");
    expect(graph.sleeps).toEqual([1000, 1000]);
  });

  it("GIVEN a Retry-After beyond the wait budget WHEN sent THEN gives up without waiting", async () => {
    graph.reply({ status: 429, headers: { "Retry-After": "60" } });
    const err = await failure(
      client.send({
        method: "GET",
        version: "v1.0",
        path: "/x",
        permission: "IdentityProvider.ReadWrite.All",
      }),
    );
    expect(err.kind).toBe("throttled");
    expect(graph.sleeps).toEqual([]);
    expect(graph.requests.length).toBe(1);
  });

  it("GIVEN 503 without Retry-After WHEN sent THEN backs off exponentially from baseDelayMs", async () => {
    graph.reply({ status: 503 }, { status: 503 }, { status: 200, json: {} });
    await client.send({
      method: "GET",
      version: "v1.0",
      path: "/x",
      permission: "IdentityProvider.ReadWrite.All",
    });
    expect(graph.sleeps).toEqual([1000, 2000]);
  });

  it.each([
    [401, "InvalidAuthenticationToken"],
    [403, "Authorization_RequestDenied"],
  ])("GIVEN HTTP %i WHEN sent THEN names the permission and the tenant", async (status, code) => {
    graph.reply({ status, json: graphError(code, "denied") });
    const err = await failure(
      client.send({
        method: "PUT",
        version: "beta",
        path: "/trustFramework/policies/B2C_1A_base/$value",
        permission: "Policy.ReadWrite.TrustFramework",
        xml: "<x/>",
      }),
    );
    expect(err.message).toBe(
      `Microsoft Graph refused PUT /beta/trustFramework/policies/B2C_1A_base/$value in tenant ${TENANT} (HTTP ${status} ${code}). ` +
        `Grant the application permission Policy.ReadWrite.TrustFramework to the deploying app registration in tenant ${TENANT} and give admin consent; a token issued before the grant must be renewed.`,
    );
    expect(err.kind).toBe("permission");
  });

  it("GIVEN an XML body WHEN sent THEN uses Content-Type application/xml and the bearer token", async () => {
    graph.reply({ status: 201, text: "<TrustFrameworkPolicy/>", contentType: "application/xml" });
    const res = await client.send({
      method: "PUT",
      version: "beta",
      path: "/trustFramework/policies/B2C_1A_x/$value",
      permission: "Policy.ReadWrite.TrustFramework",
      xml: "<TrustFrameworkPolicy/>",
    });
    expect(res).toEqual({ status: 201, json: undefined, text: "<TrustFrameworkPolicy/>" });
    expect(graph.requests).toEqual([
      {
        method: "PUT",
        path: "/beta/trustFramework/policies/B2C_1A_x/$value",
        authorization: `Bearer ${FAKE_TOKEN}`,
        contentType: "application/xml",
        body: "<TrustFrameworkPolicy/>",
      },
    ]);
  });

  it("GIVEN a Graph error echoing the secret WHEN sent THEN the message hides it", async () => {
    graph.reply({ status: 400, json: graphError("BadRequest", "clientSecret s3cr3t-value is invalid") });
    const err = await failure(
      client.send({
        method: "POST",
        version: "v1.0",
        path: "/identity/identityProviders",
        permission: "IdentityProvider.ReadWrite.All",
        json: { clientSecret: "s3cr3t-value" },
        secrets: ["s3cr3t-value"],
      }),
    );
    expect(err.message).toBe(
      `POST /v1.0/identity/identityProviders in tenant ${TENANT} failed with HTTP 400 (BadRequest: clientSecret *** is invalid).`,
    );
  });

  it("GIVEN 404 WHEN removing THEN reports already gone", async () => {
    graph.reply({ status: 404, json: graphError("ResourceNotFound", "gone") });
    expect(
      await client.remove({
        version: "beta",
        path: "/trustFramework/policies/B2C_1A_x",
        permission: "Policy.ReadWrite.TrustFramework",
      }),
    ).toBe(false);
  });

  it("GIVEN a credential that fails WHEN sent THEN says which tenant and scope, without the secret", async () => {
    const broken = createGraphClient({
      endpoint: graph.url,
      tenantId: TENANT,
      credential: {
        getToken: async () =>
          Promise.reject(new Error("AADSTS7000215: Invalid client secret provided: hunter2")),
      },
    });
    const err = await failure(
      broken.send({
        method: "GET",
        version: "v1.0",
        path: "/x",
        permission: "IdentityProvider.ReadWrite.All",
        secrets: ["hunter2"],
      }),
    );
    expect(err.message).toBe(
      `Could not get a Microsoft Graph token for tenant ${TENANT} (scope ${graph.url}/.default): AADSTS7000215: Invalid client secret provided: ***`,
    );
    expect(graph.requests).toEqual([]);
  });
});
