import * as pulumi from "@pulumi/pulumi";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { checkPlan } from "../../../policy/offline";
import { ALL_RULES } from "../../../policy/rules";
import { ConfigError } from "../../../src/config/problems";
import type { Plan } from "../../../src/plan/model";
import { prepare } from "../../../src/plan/run";
import { runPlan, stackDir } from "../../support/cli";
import { only, PROJECT, planWith } from "../../support/harness";
import { azureSettings, azureValues, withSection } from "./support";

/** The one advisory these stacks draw: their MFA by e-mail only is recorded as a deliberate choice. */
const EMAIL_FACTOR_OPT_OUT =
  'advisory recorded-opt-outs: identity.mfa.factors is ["email"] by configuration: waives mfa-required';

const AUTOMATION_APP = "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d";
const WITH_SECRET = { AZURE_B2C_CLIENT_SECRET: "automation-app-secret" };

/** The example, moved to a tenant the platform creates, External ID, user flows, at bootstrap step `step`. */
function creating(step: 1 | 2, mode: "externalId" | "b2c" = "externalId") {
  return azureValues({
    azure: withSection("directory", {
      mode,
      tenant: "create",
      tenantId: undefined,
      policyMode: "userFlows",
      automationClientId: step === 1 ? undefined : AUTOMATION_APP,
      create: { location: "Asia Pacific", countryCode: "KR", displayName: "Hanbit Customers" },
    }),
    identity: {
      ...(azureValues().identity as Record<string, unknown>),
      mfa: { mode: "required", factors: ["email"] },
      providers: [],
    },
    // No external provider, so no federated sign-ins (main's load rule).
    load: { ...(azureValues().load as Record<string, unknown>), federatedShare: 0 },
  });
}

const plan = (values: Record<string, unknown>, environment: Record<string, string> = {}) =>
  planWith(azureSettings(values), "prod", { environment });

const refusal = (values: Record<string, unknown>, environment: Record<string, string>) =>
  plan(values, environment).then(
    () => "planned",
    (error: unknown) => (error instanceof ConfigError ? error.message : String(error)),
  );

/** Plans and collects what the run said through pulumi.log.warn. */
async function planAndWarnings(values: Record<string, unknown>) {
  const warn = vi.spyOn(pulumi.log, "warn").mockResolvedValue(undefined);
  try {
    return { plan: await plan(values), said: warn.mock.calls.map((call) => call[0]) };
  } finally {
    warn.mockRestore();
  }
}

describe("GIVEN tenant: create without automationClientId (bootstrap, first run) WHEN planned", () => {
  let first: Plan;
  let said: string[];
  beforeAll(async () => {
    // no AZURE_B2C_CLIENT_SECRET: nothing of this run signs in to the tenant
    ({ plan: first, said } = await planAndWarnings(creating(1)));
  });

  it("THEN an external tenant without a SKU gets Standard, and nothing is said about B2C", () => {
    expect(only(first, "azure-native:azureactivedirectory:CIAMTenant").inputs.sku).toEqual({
      name: "Standard",
      tier: "A0",
    });
    expect(said).toEqual([]);
  });

  it("THEN exactly the resource group and the tenant are registered, the tenant protected", () => {
    expect(first.resources.map((r) => [r.type, r.name])).toEqual([
      ["pulumi:pulumi:Stack", "auth-platform-prod"],
      ["auth-platform:index:AuthPlatform", "hanbit"],
      ["azure-native:resources:ResourceGroup", "hanbit-resource-group"],
      ["azure-native:azureactivedirectory:CIAMTenant", "hanbit-external-tenant"],
    ]);
    const tenant = only(first, "azure-native:azureactivedirectory:CIAMTenant");
    expect([tenant.protect, tenant.retainOnDelete]).toEqual([true, true]);
  });

  it("THEN the nextSteps output says exactly what to do before the second run", () => {
    const tenantId = (first.outputs.issuerUrl as string).split("/")[3];
    expect(first.outputs.nextSteps).toEqual([
      `The Microsoft Entra External ID tenant hanbitb2c.onmicrosoft.com (tenant ID ${tenantId}) is created; the rest of the platform waits for the automation app, which can only be registered inside it.`,
      'In that tenant register an app (accounts in this organizational directory only), add a client secret, grant it the Microsoft Graph application permissions Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, DelegatedPermissionGrant.ReadWrite.All, EventListener.ReadWrite.All, IdentityProvider.ReadWrite.All and grant admin consent (docs/azure.md, "Bootstrap").',
      "pulumi config set --path azure.directory.automationClientId <the app's application (client) ID>",
      "export AZURE_B2C_CLIENT_SECRET=<the app's client secret>",
      "pulumi up: the second run builds the app registrations, sign-in, API Management, the session store, monitoring and Defender.",
    ]);
    expect(first.outputs.clientIds).toEqual({});
  });

  it("THEN it records only the tenant's immutable settings, so the session store may still change before the second run", async () => {
    expect(first.outputs.immutableSettings).toEqual({
      "azure.directory.mode": "externalId",
      "azure.directory.domainName": "hanbitb2c",
    });
    const renamed = creating(2);
    const azure = renamed.azure as { sessionStore: Record<string, unknown> };
    azure.sessionStore = { ...azure.sessionStore, name: "redis-hanbit-sessions-v2" };
    const settled = await prepare({
      project: PROJECT,
      stack: "prod",
      settings: azureSettings(renamed),
      previousOutputs: first.outputs,
      environment: WITH_SECRET,
    });
    expect(settled.config.cloud === "azure" && settled.config.azure.sessionStore?.name).toBe(
      "redis-hanbit-sessions-v2",
    );
  });

  it("THEN the policy pack finds nothing to refuse, only the stack's recorded MFA choice", () => {
    expect(checkPlan(first, ALL_RULES).map((v) => `${v.enforcementLevel} ${v.rule}: ${v.message}`)).toEqual([
      EMAIL_FACTOR_OPT_OUT,
    ]);
  });

  it("THEN the second run keeps the same tenant and resource group (same names and inputs) and builds the rest", async () => {
    const second = await plan(creating(2), WITH_SECRET);
    for (const type of [
      "azure-native:resources:ResourceGroup",
      "azure-native:azureactivedirectory:CIAMTenant",
    ]) {
      const [before, after] = [only(first, type), only(second, type)];
      expect([after.urn, after.inputs]).toEqual([before.urn, before.inputs]);
    }
    expect(second.outputs.nextSteps).toBe(undefined);
    expect(Object.keys(second.outputs.clientIds as object).sort()).toEqual([
      "machine",
      "mobile",
      "spa",
      "web",
    ]);
    const registered = new Set(second.resources.map((r) => r.type));
    for (const type of [
      "pulumi:providers:azuread",
      "azuread:index/application:Application",
      "pulumi-nodejs:dynamic/azure-graph:ExternalIdSignUpFlow",
      "azure-native:apimanagement:ApiManagementService",
      "azure-native:redis:Redis",
      "azure-native:monitor:ActionGroup",
      "azure-native:security:Pricing",
    ])
      expect([type, registered.has(type)]).toEqual([type, true]);
  });
});

describe("GIVEN a B2C tenant created in two steps, without a SKU", () => {
  let b2c: { plan: Plan; said: string[] };
  beforeAll(async () => {
    b2c = await planAndWarnings(creating(1, "b2c"));
  });

  it("THEN it is created with P1, the policy pack (conformance rules included) finds nothing, and the run warns that only existing B2C customers can", () => {
    expect(
      checkPlan(b2c.plan, ALL_RULES).map((v) => `${v.enforcementLevel} ${v.rule}: ${v.message}`),
    ).toEqual([EMAIL_FACTOR_OPT_OUT]);
    expect(only(b2c.plan, "azure-native:azureactivedirectory:B2CTenant").inputs.sku).toEqual({
      name: "PremiumP1",
      tier: "A0",
    });
    expect(b2c.said).toEqual([
      'azure.directory.mode is "b2c" with tenant "create": Azure AD B2C is no longer sold to new customers since 2025-05-01, so only an organization that already has Azure AD B2C can create this tenant (Microsoft\'s B2C FAQ, "Azure AD B2C end of sale"). New customers: set azure.directory.mode to "externalId" (Microsoft Entra External ID, its successor).',
    ]);
  });

  it("THEN the first run's nextSteps ask for the permissions B2C user flows need", () => {
    const steps = b2c.plan.outputs.nextSteps as string[];
    expect(steps[0]).toMatch(
      /^The Azure AD B2C tenant hanbitb2c\.onmicrosoft\.com \(tenant ID [0-9a-f-]{36}\) is created;/,
    );
    expect(steps[1]).toContain(
      "permissions Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, DelegatedPermissionGrant.ReadWrite.All, IdentityUserFlow.ReadWrite.All, IdentityProvider.ReadWrite.All and grant admin consent",
    );
  });
});

describe("GIVEN the second run (or any tenant the platform builds into) WHEN AZURE_B2C_CLIENT_SECRET is missing", () => {
  const missing =
    'invalid stack configuration (1 problem):\n  azure.directory.automationClientId: signs in to the tenant with the client secret in the environment variable AZURE_B2C_CLIENT_SECRET, which is not set (docs/azure.md, "Credentials")';

  it.each([
    ["an empty environment", {}],
    [
      "only the subscription's ARM_* credentials",
      { ARM_CLIENT_ID: AUTOMATION_APP, ARM_CLIENT_SECRET: "subscription-secret" },
    ],
    ["only the Azure SDK's AZURE_CLIENT_SECRET", { AZURE_CLIENT_SECRET: "sdk-secret" }],
  ])("THEN %s is refused with one line naming the variable", async (_what, environment) => {
    expect(await refusal(creating(2), environment)).toBe(missing);
    expect(await refusal(azureValues(), environment)).toBe(missing);
  });
});

describe("GIVEN the first run's stack file WHEN npm run plan prints the tree", () => {
  const files = stackDir();
  afterAll(() => files.remove());

  it("THEN its footer lists the next steps instead of what is left to do by hand", async () => {
    const values = creating(1);
    const lines = [
      "config:",
      "  azure-native:location: koreacentral",
      ...Object.entries(values).map(([key, value]) => `  auth-platform:${key}: ${JSON.stringify(value)}`),
    ];
    const { code, stdout, stderr } = await runPlan([
      "--config-file",
      files.write("Pulumi.first.yaml", lines.join("\n")),
    ]);
    expect([code, stderr]).toEqual([0, ""]);
    const footer = stdout.trimEnd().split("\n").slice(-6);
    expect(footer[0]).toBe("next steps (then pulumi up again):");
    expect(footer[1]).toMatch(
      /^ {2}1\. The Microsoft Entra External ID tenant hanbitb2c\.onmicrosoft\.com \(tenant ID [0-9a-f-]{36}\) is created;/,
    );
    expect(footer.slice(3)).toEqual([
      "  3. pulumi config set --path azure.directory.automationClientId <the app's application (client) ID>",
      "  4. export AZURE_B2C_CLIENT_SECRET=<the app's client secret>",
      "  5. pulumi up: the second run builds the app registrations, sign-in, API Management, the session store, monitoring and Defender.",
    ]);
    expect(stdout).not.toContain("left to do by hand");
  });
});
