import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { b2cUserFlowProvider } from "../../../src/azure/graph/b2cUserFlow";
import { FAKE_TOKEN, type FakeGraph, graphError, startFakeGraph, TENANT } from "./fakeGraph";

let graph: FakeGraph;
beforeEach(async () => {
  graph = await startFakeGraph();
});
afterEach(async () => {
  await graph.close();
});

const created = {
  id: "B2C_1_susi",
  userFlowType: "signUpOrSignIn",
  userFlowTypeVersion: 3,
  isLanguageCustomizationEnabled: false,
  defaultLanguageTag: "en",
};

describe("B2CUserFlow provider", () => {
  it("GIVEN a new flow WHEN created THEN POSTs the bare name and keeps the prefixed id", async () => {
    graph.reply({
      status: 201,
      json: created,
      headers: { Location: `${graph.url}/beta/identity/b2cUserFlows/B2C_1_susi` },
    });
    const provider = b2cUserFlowProvider(graph.deps);
    const result = await provider.create({
      connection: graph.connection,
      name: "susi",
      userFlowType: "signUpOrSignIn",
    });
    expect(result).toEqual({
      id: "B2C_1_susi",
      outs: {
        connection: { tenantId: TENANT, endpoint: graph.url },
        flowId: "B2C_1_susi",
        userFlowType: "signUpOrSignIn",
        userFlowTypeVersion: 3,
        isLanguageCustomizationEnabled: false,
        defaultLanguageTag: "en",
      },
    });
    expect(graph.requests).toEqual([
      {
        method: "POST",
        path: "/beta/identity/b2cUserFlows",
        authorization: `Bearer ${FAKE_TOKEN}`,
        contentType: "application/json",
        body: JSON.stringify({ id: "susi", userFlowType: "signUpOrSignIn", userFlowTypeVersion: 3 }),
      },
    ]);
  });

  it("GIVEN the flow exists WHEN created without adoptExisting THEN fails naming adoptExisting", async () => {
    graph.reply({ status: 409, json: graphError("Conflict", "exists") });
    const provider = b2cUserFlowProvider(graph.deps);
    await expect(
      provider.create({ connection: graph.connection, name: "B2C_1_susi", userFlowType: "signUpOrSignIn" }),
    ).rejects.toThrow(
      `B2C user flow "B2C_1_susi" already exists in tenant ${TENANT}. Set adoptExisting: true on this resource to take it over (Pulumi cannot import dynamic-provider resources, see pulumi/pulumi#16175), or delete it in the tenant and run the update again.`,
    );
  });

  it("GIVEN the flow exists WHEN created with adoptExisting THEN reads it and PATCHes the settable fields", async () => {
    graph.reply(
      { status: 409, json: graphError("Conflict", "exists") },
      { status: 200, json: created },
      { status: 204 },
    );
    const provider = b2cUserFlowProvider(graph.deps);
    const result = await provider.create({
      connection: graph.connection,
      name: "susi",
      userFlowType: "signUpOrSignIn",
      defaultLanguageTag: "de",
      adoptExisting: true,
    });
    expect(result.id).toBe("B2C_1_susi");
    expect(result.outs.defaultLanguageTag).toBe("de");
    expect(graph.requests.map((r) => `${r.method} ${r.path} ${r.body}`)).toEqual([
      `POST /beta/identity/b2cUserFlows ${JSON.stringify({ id: "susi", userFlowType: "signUpOrSignIn", userFlowTypeVersion: 3, defaultLanguageTag: "de" })}`,
      "GET /beta/identity/b2cUserFlows/B2C_1_susi ",
      `PATCH /beta/identity/b2cUserFlows/B2C_1_susi ${JSON.stringify({ defaultLanguageTag: "de" })}`,
    ]);
  });

  it("GIVEN an adoptable flow of another type WHEN adopted THEN fails naming both types", async () => {
    graph.reply(
      { status: 409, json: graphError("Conflict", "exists") },
      { status: 200, json: { ...created, userFlowType: "passwordReset" } },
    );
    const provider = b2cUserFlowProvider(graph.deps);
    await expect(
      provider.create({
        connection: graph.connection,
        name: "susi",
        userFlowType: "signUpOrSignIn",
        adoptExisting: true,
      }),
    ).rejects.toThrow(
      `adoptExisting: B2C user flow "B2C_1_susi" in tenant ${TENANT} is of type passwordReset, not signUpOrSignIn; delete it or rename this flow.`,
    );
  });

  it("GIVEN a language change WHEN updated THEN PATCHes only that field", async () => {
    graph.reply({ status: 204 });
    const provider = b2cUserFlowProvider(graph.deps);
    const olds = {
      connection: graph.connection,
      flowId: "B2C_1_susi",
      userFlowType: "signUpOrSignIn",
      userFlowTypeVersion: 3,
      isLanguageCustomizationEnabled: false,
      defaultLanguageTag: "en",
    };
    const news = {
      connection: graph.connection,
      name: "susi",
      userFlowType: "signUpOrSignIn" as const,
      isLanguageCustomizationEnabled: true,
    };
    const update = provider.update;
    if (update === undefined) throw new Error("update missing");
    const result = await update("B2C_1_susi", olds, news);
    expect(result.outs).toEqual({ ...olds, isLanguageCustomizationEnabled: true });
    expect(graph.requests.map((r) => [r.method, r.path, r.contentType, r.body])).toEqual([
      [
        "PATCH",
        "/beta/identity/b2cUserFlows/B2C_1_susi",
        "application/json",
        '{"isLanguageCustomizationEnabled":true}',
      ],
    ]);
  });

  it.each([
    [
      "the name with its prefix",
      { name: "B2C_1_susi" },
      { changes: false, replaces: [], deleteBeforeReplace: false },
    ],
    [
      "another type",
      { userFlowType: "signIn" },
      { changes: true, replaces: ["userFlowType"], deleteBeforeReplace: true },
    ],
    [
      "another version",
      { userFlowTypeVersion: 1 },
      { changes: true, replaces: ["userFlowTypeVersion"], deleteBeforeReplace: true },
    ],
    ["another name", { name: "signin" }, { changes: true, replaces: ["flowId"], deleteBeforeReplace: false }],
    [
      "language customization",
      { isLanguageCustomizationEnabled: true },
      { changes: true, replaces: [], deleteBeforeReplace: false },
    ],
    [
      "another tenant",
      { connection: { tenantId: "other.onmicrosoft.com", endpoint: "https://graph.microsoft.com" } },
      { changes: true, replaces: ["connection"], deleteBeforeReplace: false },
    ],
  ])("GIVEN %s WHEN diffed THEN %j", async (_label, change, expected) => {
    const provider = b2cUserFlowProvider(graph.deps);
    const connection = { tenantId: TENANT, endpoint: "https://graph.microsoft.com" };
    const olds = {
      connection,
      flowId: "B2C_1_susi",
      userFlowType: "signUpOrSignIn",
      userFlowTypeVersion: 3,
      isLanguageCustomizationEnabled: false,
      defaultLanguageTag: "en",
    };
    const diff = provider.diff;
    if (diff === undefined) throw new Error("diff missing");
    expect(
      await diff("B2C_1_susi", olds, { connection, name: "susi", userFlowType: "signUpOrSignIn", ...change }),
    ).toEqual(expected);
  });

  it("GIVEN the flow is gone WHEN read THEN reports no id", async () => {
    graph.reply({ status: 404, json: graphError("ResourceNotFound", "no flow") });
    const read = b2cUserFlowProvider(graph.deps).read;
    if (read === undefined) throw new Error("read missing");
    expect(await read("B2C_1_susi", { connection: graph.connection })).toEqual({});
  });

  it("GIVEN the flow is already gone WHEN deleted THEN succeeds", async () => {
    graph.reply({ status: 404, json: graphError("ResourceNotFound", "no flow") });
    const del = b2cUserFlowProvider(graph.deps).delete;
    if (del === undefined) throw new Error("delete missing");
    await del("B2C_1_susi", { connection: graph.connection });
    expect(graph.requests.map((r) => [r.method, r.path, r.authorization])).toEqual([
      ["DELETE", "/beta/identity/b2cUserFlows/B2C_1_susi", `Bearer ${FAKE_TOKEN}`],
    ]);
  });

  it("GIVEN an unknown type WHEN checked THEN the failure lists the allowed types", async () => {
    const check = b2cUserFlowProvider(graph.deps).check;
    if (check === undefined) throw new Error("check missing");
    const result = await check({}, { connection: graph.connection, name: "x", userFlowType: "signup" });
    expect(result.failures).toEqual([
      {
        property: "userFlowType",
        reason:
          'userFlowType: must be one of "signUpOrSignIn", "signUp", "signIn", "passwordReset", "profileUpdate", "resourceOwner"; received "signup"',
      },
    ]);
  });
});
