import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { socialIdentityProviderProvider } from "../../../src/azure/graph/socialIdentityProvider";
import { FAKE_TOKEN, type FakeGraph, graphError, startFakeGraph, TENANT } from "./fakeGraph";

const SECRET = "google-client-secret-1";
let graph: FakeGraph;
beforeEach(async () => {
  graph = await startFakeGraph();
});
afterEach(async () => {
  await graph.close();
});

function inputs(extra: Record<string, unknown> = {}) {
  return {
    connection: graph.connection,
    identityProviderType: "Google",
    displayName: "Google",
    clientId: "1234.apps.googleusercontent.com",
    clientSecret: SECRET,
    ...extra,
  };
}

describe("SocialIdentityProvider provider", () => {
  it("GIVEN a new provider WHEN created THEN POSTs the documented body and keeps no secret in outputs", async () => {
    // Graph's documented create response echoes the secret back; it must not reach the outputs.
    graph.reply({
      status: 201,
      json: {
        "@odata.type": "#microsoft.graph.socialIdentityProvider",
        id: "Google-OAUTH",
        displayName: "Google",
        identityProviderType: "Google",
        clientId: "1234.apps.googleusercontent.com",
        clientSecret: SECRET,
      },
    });
    const result = await socialIdentityProviderProvider(graph.deps).create(inputs());
    expect(result.id).toBe("Google-OAUTH");
    expect(Object.keys(result.outs).sort()).toEqual([
      "clientId",
      "clientSecretFingerprint",
      "clientSecretSalt",
      "connection",
      "displayName",
      "identityProviderType",
    ]);
    expect(JSON.stringify(result.outs)).not.toContain(SECRET);
    expect(graph.requests).toEqual([
      {
        method: "POST",
        path: "/v1.0/identity/identityProviders",
        authorization: `Bearer ${FAKE_TOKEN}`,
        contentType: "application/json",
        body: JSON.stringify({
          "@odata.type": "#microsoft.graph.socialIdentityProvider",
          identityProviderType: "Google",
          displayName: "Google",
          clientId: "1234.apps.googleusercontent.com",
          clientSecret: SECRET,
        }),
      },
    ]);
  });

  it("GIVEN Graph rejects the body quoting the secret WHEN created THEN the error hides it", async () => {
    graph.reply({
      status: 400,
      json: graphError("Request_BadRequest", `Invalid value '${SECRET}' for clientSecret`),
    });
    await expect(socialIdentityProviderProvider(graph.deps).create(inputs())).rejects.toThrow(
      `POST /v1.0/identity/identityProviders in tenant ${TENANT} failed with HTTP 400 (Request_BadRequest: Invalid value '***' for clientSecret).`,
    );
  });

  it("GIVEN the type already exists WHEN created with adoptExisting THEN PATCHes the listed one", async () => {
    graph.reply(
      { status: 409, json: graphError("Conflict", "exists") },
      {
        status: 200,
        json: {
          value: [
            { id: "Facebook-OAUTH", identityProviderType: "Facebook" },
            { id: "Google-OAUTH", identityProviderType: "Google", clientSecret: "******" },
          ],
        },
      },
      { status: 204 },
    );
    const result = await socialIdentityProviderProvider(graph.deps).create(inputs({ adoptExisting: true }));
    expect(result.id).toBe("Google-OAUTH");
    expect(graph.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /v1.0/identity/identityProviders",
      "GET /v1.0/identity/identityProviders",
      "PATCH /v1.0/identity/identityProviders/Google-OAUTH",
    ]);
  });

  it("GIVEN a rotated secret WHEN diffed and updated THEN updates in place and PATCHes only the secret", async () => {
    graph.reply({ status: 201, json: { id: "Google-OAUTH" } }, { status: 204 });
    const provider = socialIdentityProviderProvider(graph.deps);
    const { outs } = await provider.create(inputs());
    const rotated = inputs({ clientSecret: "google-client-secret-2" });
    const diff = provider.diff;
    const update = provider.update;
    if (diff === undefined || update === undefined) throw new Error("diff/update missing");
    expect(await diff("Google-OAUTH", outs, inputs())).toEqual({
      changes: false,
      replaces: [],
      deleteBeforeReplace: false,
    });
    expect(await diff("Google-OAUTH", outs, rotated)).toEqual({
      changes: true,
      replaces: [],
      deleteBeforeReplace: false,
    });
    expect(await diff("Google-OAUTH", outs, inputs({ identityProviderType: "Amazon" }))).toEqual({
      changes: true,
      replaces: ["identityProviderType"],
      deleteBeforeReplace: false,
    });
    const updated = await update("Google-OAUTH", outs, rotated);
    expect(JSON.stringify(updated.outs)).not.toContain("google-client-secret-2");
    expect(graph.requests[1]).toEqual({
      method: "PATCH",
      path: "/v1.0/identity/identityProviders/Google-OAUTH",
      authorization: `Bearer ${FAKE_TOKEN}`,
      contentType: "application/json",
      body: JSON.stringify({
        "@odata.type": "#microsoft.graph.socialIdentityProvider",
        clientSecret: "google-client-secret-2",
      }),
    });
  });

  it("GIVEN Graph masks the secret WHEN read THEN the outputs keep the fingerprint and no mask", async () => {
    graph.reply({
      status: 200,
      json: {
        id: "Google-OAUTH",
        displayName: "Google sign-in",
        identityProviderType: "Google",
        clientId: "1234",
        clientSecret: "******",
      },
    });
    const read = socialIdentityProviderProvider(graph.deps).read;
    if (read === undefined) throw new Error("read missing");
    const props = {
      connection: graph.connection,
      identityProviderType: "Google",
      displayName: "Google",
      clientId: "1234",
      clientSecretSalt: "s",
      clientSecretFingerprint: "f",
    };
    expect(await read("Google-OAUTH", props)).toEqual({
      id: "Google-OAUTH",
      props: { ...props, displayName: "Google sign-in" },
    });
  });

  it("GIVEN 403 WHEN deleted THEN names IdentityProvider.ReadWrite.All", async () => {
    graph.reply({ status: 403, json: graphError("Authorization_RequestDenied", "Insufficient privileges") });
    const del = socialIdentityProviderProvider(graph.deps).delete;
    if (del === undefined) throw new Error("delete missing");
    await expect(del("Google-OAUTH", { connection: graph.connection })).rejects.toThrow(
      `Microsoft Graph refused DELETE /v1.0/identity/identityProviders/Google-OAUTH in tenant ${TENANT} (HTTP 403 Authorization_RequestDenied). Grant the application permission IdentityProvider.ReadWrite.All`,
    );
  });
});
