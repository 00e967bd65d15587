import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { externalIdSignUpFlowProvider } from "../../../src/azure/graph/externalIdSignUpFlow";
import { FAKE_TOKEN, type FakeGraph, graphError, startFakeGraph, TENANT } from "./fakeGraph";

let graph: FakeGraph;
beforeEach(async () => {
  graph = await startFakeGraph();
});
afterEach(async () => {
  await graph.close();
});

const FLOW_ID = "0313cc37-d421-421d-857b-87804d61e33e";
const APP = "63856651-13d9-4784-9abf-20758d509e19";

describe("ExternalIdSignUpFlow provider", () => {
  it("GIVEN a flow with an app WHEN created THEN POSTs the documented self-service sign-up body", async () => {
    graph.reply({
      status: 201,
      json: {
        "@odata.type": "#microsoft.graph.externalUsersSelfServiceSignUpEventsFlow",
        id: FLOW_ID,
        displayName: "Sign up",
      },
    });
    const result = await externalIdSignUpFlowProvider(graph.deps).create({
      connection: graph.connection,
      displayName: "Sign up",
      applicationIds: [APP],
    });
    expect(result).toEqual({
      id: FLOW_ID,
      outs: {
        connection: { tenantId: TENANT, endpoint: graph.url },
        displayName: "Sign up",
        description: null,
        identityProviderIds: ["EmailPassword-OAUTH"],
        isSignUpAllowed: true,
        applicationIds: [APP],
      },
    });
    expect(graph.requests).toEqual([
      {
        method: "POST",
        path: "/v1.0/identity/authenticationEventsFlows",
        authorization: `Bearer ${FAKE_TOKEN}`,
        contentType: "application/json",
        body: JSON.stringify({
          "@odata.type": "#microsoft.graph.externalUsersSelfServiceSignUpEventsFlow",
          displayName: "Sign up",
          onAuthenticationMethodLoadStart: {
            "@odata.type": "#microsoft.graph.onAuthenticationMethodLoadStartExternalUsersSelfServiceSignUp",
            identityProviders: [{ id: "EmailPassword-OAUTH" }],
          },
          onInteractiveAuthFlowStart: {
            "@odata.type": "#microsoft.graph.onInteractiveAuthFlowStartExternalUsersSelfServiceSignUp",
            isSignUpAllowed: true,
          },
          conditions: { applications: { includeApplications: [{ appId: APP }] } },
        }),
      },
    ]);
  });

  it("GIVEN a swapped app WHEN updated THEN PATCHes the flow, links the new app and unlinks the old one", async () => {
    const other = "11111111-2222-3333-4444-555555555555";
    graph.reply({ status: 204 }, { status: 201, json: { appId: other } }, { status: 204 });
    const update = externalIdSignUpFlowProvider(graph.deps).update;
    if (update === undefined) throw new Error("update missing");
    const olds = {
      connection: graph.connection,
      displayName: "Sign up",
      description: null,
      identityProviderIds: ["EmailPassword-OAUTH"],
      isSignUpAllowed: true,
      applicationIds: [APP],
    };
    await update(FLOW_ID, olds, {
      connection: graph.connection,
      displayName: "Sign up",
      applicationIds: [other],
    });
    expect(graph.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PATCH /v1.0/identity/authenticationEventsFlows/${FLOW_ID}`,
      `POST /v1.0/identity/authenticationEventsFlows/${FLOW_ID}/conditions/applications/includeApplications`,
      `DELETE /v1.0/identity/authenticationEventsFlows/${FLOW_ID}/conditions/applications/includeApplications/${APP}`,
    ]);
    expect(graph.requests[1]?.body).toBe(
      JSON.stringify({ "@odata.type": "#microsoft.graph.authenticationConditionApplication", appId: other }),
    );
  });

  it("GIVEN 403 WHEN created THEN names EventListener.ReadWrite.All", async () => {
    graph.reply({ status: 403, json: graphError("Authorization_RequestDenied", "Insufficient privileges") });
    await expect(
      externalIdSignUpFlowProvider(graph.deps).create({
        connection: graph.connection,
        displayName: "Sign up",
      }),
    ).rejects.toThrow(
      `Microsoft Graph refused POST /v1.0/identity/authenticationEventsFlows in tenant ${TENANT} (HTTP 403 Authorization_RequestDenied). Grant the application permission EventListener.ReadWrite.All`,
    );
  });

  it("GIVEN app order differs WHEN diffed THEN nothing changes", async () => {
    const diff = externalIdSignUpFlowProvider(graph.deps).diff;
    if (diff === undefined) throw new Error("diff missing");
    const olds = {
      connection: graph.connection,
      displayName: "F",
      description: null,
      identityProviderIds: ["EmailPassword-OAUTH"],
      isSignUpAllowed: true,
      applicationIds: ["a", "b"],
    };
    expect(
      await diff(FLOW_ID, olds, {
        connection: graph.connection,
        displayName: "F",
        applicationIds: ["b", "a"],
      }),
    ).toEqual({
      changes: false,
      replaces: [],
      deleteBeforeReplace: false,
    });
  });

  it("GIVEN a deleted flow WHEN deleted again THEN 404 counts as gone", async () => {
    graph.reply({ status: 404, json: graphError("ResourceNotFound", "gone") });
    const del = externalIdSignUpFlowProvider(graph.deps).delete;
    if (del === undefined) throw new Error("delete missing");
    await del(FLOW_ID, { connection: graph.connection });
    expect(graph.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `DELETE /v1.0/identity/authenticationEventsFlows/${FLOW_ID}`,
    ]);
  });
});
