import { beforeAll, describe, expect, it } from "vitest";
import { permissionId, uuidV5 } from "../../../src/azure/appRegistrations/uuid";
import type { Plan } from "../../../src/plan/model";
import { all, only, planWith } from "../../support/harness";
import { azureSettings, azureValues, planAzure } from "./support";

const URI = "https://hanbitb2c.onmicrosoft.com/hanbit-api";
const GRAPH = {
  resourceAppId: "00000003-0000-0000-c000-000000000000",
  resourceAccesses: [
    { id: "37f7f235-527c-4136-accd-4a02d197296e", type: "Scope" },
    { id: "7427e0e9-2fba-42fe-b0c0-848c9e6a8182", type: "Scope" },
  ],
};
const AUDIENCE = "AzureADandPersonalMicrosoftAccount";

let plan: Plan;
let apiClientId: string;
const app = (name: string) => only(plan, "azuread:index/application:Application", name);

beforeAll(async () => {
  plan = await planAzure(azureValues());
  apiClientId = String(
    only(plan, "azuread:index/servicePrincipal:ServicePrincipal", "hanbit-api-sp").inputs.clientId,
  );
});

describe("GIVEN name-based UUIDs", () => {
  it("THEN uuidV5 matches the RFC 9562 vector and is stable per name", () => {
    expect(uuidV5("python.org", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe(
      "886313e1-3b8a-5372-9b90-0c9aee199e5d",
    );
    expect(permissionId(URI, "orders.read")).toBe(permissionId(URI, "orders.read"));
    expect(permissionId(URI, "orders.read")).not.toBe(permissionId(URI, "orders.write"));
    expect(permissionId(URI, "orders.read")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe("GIVEN the example stack's API scopes and four channels", () => {
  it("THEN the API application exposes every scope and, under the same ID, an app role for the machine channel's scope", () => {
    const scope = (value: string, description: string) => ({
      id: permissionId(URI, value),
      value,
      type: "Admin",
      enabled: true,
      adminConsentDisplayName: value,
      adminConsentDescription: description,
    });
    expect(app("hanbit-api-app").inputs).toEqual({
      displayName: "hanbit-prod-api",
      signInAudience: AUDIENCE,
      identifierUris: [URI],
      api: {
        requestedAccessTokenVersion: 2,
        oauth2PermissionScopes: [
          scope("orders.read", "Read your orders"),
          scope("orders.write", "Place and change orders"),
          scope("profile.read", "Read your profile"),
          scope("partner.orders.read", "Partner access to order status"),
        ],
      },
      appRoles: [
        {
          id: permissionId(URI, "partner.orders.read"),
          value: "partner.orders.read",
          allowedMemberTypes: ["Application"],
          enabled: true,
          displayName: "partner.orders.read",
          description: "Partner access to order status",
        },
      ],
    });
  });

  it("THEN the web app is a confidential client with web redirect URIs and no implicit grant", () => {
    expect(app("hanbit-web-app").inputs).toEqual({
      displayName: "hanbit-prod-web",
      signInAudience: AUDIENCE,
      api: { requestedAccessTokenVersion: 2 },
      web: {
        redirectUris: ["https://www.hanbit.co.kr/auth/callback"],
        implicitGrant: { accessTokenIssuanceEnabled: false, idTokenIssuanceEnabled: false },
      },
      requiredResourceAccesses: [
        GRAPH,
        {
          resourceAppId: apiClientId,
          resourceAccesses: ["orders.read", "orders.write", "profile.read"].map((s) => ({
            id: permissionId(URI, s),
            type: "Scope",
          })),
        },
      ],
    });
  });

  it("THEN the SPA registers SPA redirect URIs (PKCE) and only its two scopes", () => {
    expect(app("hanbit-spa-app").inputs).toEqual({
      displayName: "hanbit-prod-spa",
      signInAudience: AUDIENCE,
      api: { requestedAccessTokenVersion: 2 },
      singlePageApplication: { redirectUris: ["https://app.hanbit.co.kr/callback"] },
      requiredResourceAccesses: [
        GRAPH,
        {
          resourceAppId: apiClientId,
          resourceAccesses: ["orders.read", "profile.read"].map((s) => ({
            id: permissionId(URI, s),
            type: "Scope",
          })),
        },
      ],
    });
  });

  it("THEN the mobile app is a public client with its app-scheme redirect", () => {
    expect(app("hanbit-mobile-app").inputs).toEqual({
      displayName: "hanbit-prod-mobile",
      signInAudience: AUDIENCE,
      api: { requestedAccessTokenVersion: 2 },
      publicClient: { redirectUris: ["kr.co.hanbit.app://oauth2redirect"] },
      fallbackPublicClientEnabled: false,
      requiredResourceAccesses: [
        GRAPH,
        {
          resourceAppId: apiClientId,
          resourceAccesses: ["orders.read", "orders.write", "profile.read"].map((s) => ({
            id: permissionId(URI, s),
            type: "Scope",
          })),
        },
      ],
    });
  });

  it("THEN the machine app asks for its scope as an application permission and gets it assigned", () => {
    expect(app("hanbit-machine-app").inputs).toEqual({
      displayName: "hanbit-prod-machine",
      signInAudience: AUDIENCE,
      api: { requestedAccessTokenVersion: 2 },
      requiredResourceAccesses: [
        {
          resourceAppId: apiClientId,
          resourceAccesses: [{ id: permissionId(URI, "partner.orders.read"), type: "Role" }],
        },
      ],
    });
    const assignment = only(plan, "azuread:index/appRoleAssignment:AppRoleAssignment");
    expect(assignment.name).toBe("hanbit-machine-role-partner.orders.read");
    expect(assignment.inputs.appRoleId).toBe(permissionId(URI, "partner.orders.read"));
    const names = assignment.dependsOn.map((u) => u.split("::").pop());
    expect(names).toEqual(["hanbit-api-app", "hanbit-api-sp", "hanbit-machine-sp"]);
  });

  it("THEN web and machine get two overlapping passwords each, on their own app", () => {
    const secrets = all(plan, "azuread:index/applicationPassword:ApplicationPassword");
    const appOf = (name: string) => app(name).urn;
    expect(
      secrets.map((s) => [s.name, s.dependsOn]).sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    ).toEqual([
      ["hanbit-machine-secret-a", [appOf("hanbit-machine-app")]],
      ["hanbit-machine-secret-b", [appOf("hanbit-machine-app")]],
      ["hanbit-web-secret-a", [appOf("hanbit-web-app")]],
      ["hanbit-web-secret-b", [appOf("hanbit-web-app")]],
    ]);
    for (const s of secrets)
      expect(String(s.inputs.applicationId)).toMatch(/^\/applications\/[0-9a-f-]{36}$/);
  });

  it("THEN each interactive client is granted admin consent for exactly the scopes it requests", () => {
    const grants = all(
      plan,
      "azuread:index/servicePrincipalDelegatedPermissionGrant:ServicePrincipalDelegatedPermissionGrant",
    ).filter((g) => !g.name.startsWith("hanbit-ief"));
    expect(Object.fromEntries(grants.map((g) => [g.name, g.inputs.claimValues]))).toEqual({
      "hanbit-web-consent": ["orders.read", "orders.write", "profile.read"],
      "hanbit-spa-consent": ["orders.read", "profile.read"],
      "hanbit-mobile-consent": ["orders.read", "orders.write", "profile.read"],
    });
    expect(grants[0]?.inputs.resourceServicePrincipalObjectId).toBe(
      grants[1]?.inputs.resourceServicePrincipalObjectId,
    );
  });
});

describe("GIVEN no api section and only a SPA", () => {
  it("THEN only the SPA application is registered, asking for openid and offline_access", async () => {
    const values = azureValues({
      api: undefined,
      clients: { spa: { callbackUrls: ["https://app.hanbit.co.kr/callback"] } },
      azure: (azure) => ({ ...azure, frontDoor: undefined }),
    });
    const p = await planAzure(values);
    const apps = all(p, "azuread:index/application:Application");
    // the two Identity Experience Framework apps belong to the example's custom policies
    expect(apps.map((a) => a.name).sort()).toEqual([
      "hanbit-ief-app",
      "hanbit-ief-proxy-app",
      "hanbit-spa-app",
    ]);
    expect(
      only(p, "azuread:index/application:Application", "hanbit-spa-app").inputs.requiredResourceAccesses,
    ).toEqual([GRAPH]);
    expect(
      all(p, "azuread:index/servicePrincipal:ServicePrincipal")
        .map((sp) => sp.name)
        .sort(),
    ).toEqual(["hanbit-ief-proxy-sp", "hanbit-ief-sp"]);
    expect(all(p, "azure-native:apimanagement:ApiManagementService")).toEqual([]);
    expect(p.outputs.apiEndpoint).toBe(undefined);
  });
});

describe("GIVEN a stack whose passwords were issued 2026-01-05 (a) and 2026-04-02 (b) WHEN planned on 2026-07-14", () => {
  let rotated: Plan;
  beforeAll(async () => {
    rotated = await planWith(azureSettings(azureValues()), "prod", {
      now: new Date("2026-07-14T08:30:00Z"),
      previousOutputs: { clientSecretRotation: { a: "2026-01-05", b: "2026-04-02" } },
      environment: { AZURE_B2C_CLIENT_SECRET: "automation-app-secret" },
    });
  });

  it("THEN password a of each app is reissued today, valid a year, and b is left as it was", () => {
    const secrets = all(rotated, "azuread:index/applicationPassword:ApplicationPassword");
    const shown = secrets.map(({ name, inputs: { applicationId: _, ...rest } }) => [name, rest] as const);
    expect(shown.sort((x, y) => x[0].localeCompare(y[0]))).toEqual([
      [
        "hanbit-machine-secret-a",
        {
          displayName: "auth-platform a",
          endDate: "2027-07-14T00:00:00Z",
          rotateWhenChanged: { issued: "2026-07-14" },
        },
      ],
      [
        "hanbit-machine-secret-b",
        {
          displayName: "auth-platform b",
          endDate: "2027-04-02T00:00:00Z",
          rotateWhenChanged: { issued: "2026-04-02" },
        },
      ],
      [
        "hanbit-web-secret-a",
        {
          displayName: "auth-platform a",
          endDate: "2027-07-14T00:00:00Z",
          rotateWhenChanged: { issued: "2026-07-14" },
        },
      ],
      [
        "hanbit-web-secret-b",
        {
          displayName: "auth-platform b",
          endDate: "2027-04-02T00:00:00Z",
          rotateWhenChanged: { issued: "2026-04-02" },
        },
      ],
    ]);
  });

  it("THEN the record the next run reads back says so, and clientSecrets stays a secret", () => {
    expect(rotated.outputs.clientSecretRotation).toEqual({ a: "2026-07-14", b: "2026-04-02" });
    expect(rotated.outputs.clientSecrets).toBe("[secret]");
  });
});
