import { beforeAll, describe, expect, it } from "vitest";
import type { Plan } from "../../../src/plan/model";
import { OFFLINE_CREDENTIAL } from "../../../src/plan/run";
import { exampleSettings, planCached } from "../../support/harness";
import { countByType, RG, SUBSCRIPTION, TENANT_ID } from "./support";

let plan: Plan;
beforeAll(async () => {
  plan = await planCached(exampleSettings("azure"), "azure");
});

describe("GIVEN the example Azure stack (B2C, existing tenant, custom policies, Premium zonal and persisted cache, Front Door Premium)", () => {
  it("THEN it plans exactly these resources", () => {
    expect(countByType(plan)).toEqual({
      "pulumi:pulumi:Stack": 1,
      "auth-platform:index:AuthPlatform": 1,
      "azure-native:resources:ResourceGroup": 1,
      "pulumi:providers:azuread": 1,
      "azuread:index/application:Application": 7,
      "azuread:index/servicePrincipal:ServicePrincipal": 7,
      "azuread:index/applicationPassword:ApplicationPassword": 4,
      "azuread:index/appRoleAssignment:AppRoleAssignment": 1,
      "azuread:index/servicePrincipalDelegatedPermissionGrant:ServicePrincipalDelegatedPermissionGrant": 4,
      "pulumi-nodejs:dynamic/azure-graph:PolicyKeySet": 5,
      "pulumi-nodejs:dynamic/azure-graph:TrustFrameworkPolicy": 6,
      "azure-native:apimanagement:ApiManagementService": 1,
      "azure-native:apimanagement:Api": 1,
      "azure-native:apimanagement:ApiPolicy": 1,
      "azure-native:apimanagement:ApiOperation": 5,
      "azure-native:apimanagement:ApiOperationPolicy": 5,
      "azure-native:redis:Redis": 1,
      "azure-native:redis:AccessPolicy": 1,
      "azure-native:redis:AccessPolicyAssignment": 1,
      "azure-native:authorization:RoleAssignment": 1,
      "azure-native:network:PrivateEndpoint": 1,
      "azure-native:operationalinsights:Workspace": 1,
      "azure-native:monitor:ActionGroup": 1,
      "azure-native:monitor:DiagnosticSetting": 3,
      "azure-native:monitor:MetricAlert": 8,
      "azure-native:monitor:ScheduledQueryRule": 1,
      "azure-native:cdn:Profile": 1,
      "azure-native:cdn:AFDEndpoint": 1,
      "azure-native:cdn:AFDOriginGroup": 2,
      "azure-native:cdn:AFDOrigin": 2,
      "azure-native:cdn:Route": 2,
      "azure-native:cdn:AFDCustomDomain": 1,
      "azure-native:cdn:SecurityPolicy": 2,
      "azure-native:frontdoor:Policy": 2,
      "azure-native:security:Pricing": 2,
      "azure-native:security:SecurityContact": 1,
    });
  });

  it("THEN every resource is a direct child of the platform component", () => {
    const component = plan.resources.find((r) => r.type === "auth-platform:index:AuthPlatform");
    const children = plan.resources.filter((r) => r.custom || r.type === "pulumi:providers:azuread");
    // 72 before both: main's changes to the example took 5 away, the second password per
    // confidential app (web, machine) adds 2, Front Door 15 (13 resources, its logs and two
    // alerts, less the unauthorized-surge query it replaces).
    expect(children.length).toBe(84);
    expect(new Set(children.map((r) => r.parent))).toEqual(new Set([component?.urn]));
  });

  it("THEN exactly the cache is protected (Front Door holds no user data)", () => {
    expect(plan.resources.filter((r) => r.protect).map((r) => r.name)).toEqual(["hanbit-redis"]);
  });

  it("THEN the neutral outputs carry the tenant's endpoints, client IDs, edge, gateway, store and alert target", () => {
    // The Front Door endpoint's host: `{name}-{16 characters}.z01.azurefd.net`.
    const EDGE = "https://hanbit-azure-edge-kd3u9i8jee1wkm2b.z01.azurefd.net";
    const b2c = "https://hanbitb2c.b2clogin.com/hanbitb2c.onmicrosoft.com/B2C_1A_SignUpOrSignin";
    const clientIds = plan.outputs.clientIds as Record<string, string>;
    expect(Object.keys(clientIds).sort()).toEqual(["machine", "mobile", "spa", "web"]);
    const apps = plan.resources.filter((r) => r.type === "azuread:index/application:Application");
    expect(apps.map((r) => r.name).sort()).toEqual([
      "hanbit-api-app",
      "hanbit-ief-app",
      "hanbit-ief-proxy-app",
      "hanbit-machine-app",
      "hanbit-mobile-app",
      "hanbit-spa-app",
      "hanbit-web-app",
    ]);
    // a new stack issues both passwords of each confidential app on the day of the plan
    const rotation = plan.outputs.clientSecretRotation as { a: string; b: string };
    expect(rotation.a).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rotation.b).toBe(rotation.a);
    expect({ ...plan.outputs, clientIds: undefined, clientSecretRotation: undefined }).toEqual({
      cloud: "azure",
      issuerUrl: `https://hanbitb2c.b2clogin.com/${TENANT_ID}/v2.0/`,
      openIdConfigurationUrl: `${b2c}/v2.0/.well-known/openid-configuration`,
      jwksUrl: `${b2c}/discovery/v2.0/keys`,
      signInUrl: `${b2c}/oauth2/v2.0/authorize`,
      clientIds: undefined,
      clientSecrets: "[secret]",
      clientSecretRotation: undefined,
      apiScopes: {
        "orders.read": "orders.read",
        "orders.write": "orders.write",
        "profile.read": "profile.read",
        "partner.orders.read": "partner.orders.read",
      },
      apiEndpoint: `${EDGE}/hanbit`,
      edgeEndpoint: EDGE,
      edgeDnsTarget: new URL(EDGE).host,
      sessionStore: {
        host: "redis-hanbit-sessions-prod.redis.cache.windows.net",
        port: 6380,
        tls: true,
        authMode: "entra",
        keyPrefix: "sess:",
        idleTimeoutSeconds: 1800,
        absoluteTimeoutSeconds: 43200,
        username: "7e3d1b9a-2c4f-4a6e-8b0d-5f1a3c7e9b24",
        clustered: false,
      },
      alertTarget: `/subscriptions/${SUBSCRIPTION}/resourceGroups/${RG}/providers/microsoft.insights/actionGroups/hanbit-azure-alerts`,
      immutableSettings: {
        "azure.sessionStore.kind": "cache",
        "azure.sessionStore.name": "redis-hanbit-sessions-prod",
        "azure.sessionStore.zones": ["1", "2"],
      },
    });
  });

  it("THEN no input anywhere holds a client secret in plaintext", () => {
    const text = JSON.stringify(plan);
    expect(text.includes("offline-plan-placeholder-secret")).toBe(false);
    expect(text.includes("8Q~")).toBe(false);
    expect(text.includes(OFFLINE_CREDENTIAL)).toBe(false);
  });
});
