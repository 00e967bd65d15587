import { createRequire } from "node:module";
import { join } from "node:path";
import { runInThisContext } from "node:vm";
import * as pulumi from "@pulumi/pulumi";
import { beforeAll, describe, expect, it } from "vitest";
import {
  B2CUserFlow,
  ExternalIdSignUpFlow,
  PolicyKeySet,
  SocialIdentityProvider,
  TrustFrameworkPolicy,
  UserFlowIdentityProviderLink,
} from "../../../src/azure/graph";

interface Registered {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
  provider: string;
}

const specialSigKey = "4dabf18193072939515e22adb298388d";
const registered: Registered[] = [];
/** What the engine would be told per resource: additionalSecretOutputs and which raw inputs were secret. */
const secrecy = new Map<string, { additionalSecretOutputs: string[]; secretInputs: string[] }>();

interface RegisterRequest {
  getName(): string;
  getAdditionalsecretoutputsList(): string[];
  getObject(): { toJavaScript(): Record<string, unknown> } | undefined;
}

beforeAll(async () => {
  // Pulumi's mock monitor drops resource options; record the secrecy the real engine would apply.
  const { MockMonitor } = require("@pulumi/pulumi/runtime/mocks") as {
    MockMonitor: { prototype: { registerResource(req: RegisterRequest, cb: unknown): Promise<void> } };
  };
  const original = MockMonitor.prototype.registerResource;
  MockMonitor.prototype.registerResource = function (req: RegisterRequest, cb: unknown) {
    const raw = req.getObject()?.toJavaScript() ?? {};
    const secretInputs = Object.entries(raw)
      .filter(([, value]) => typeof value === "object" && value !== null && specialSigKey in value)
      .map(([key]) => key);
    secrecy.set(req.getName(), {
      additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
      secretInputs,
    });
    return original.call(this, req, cb);
  };
  await pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        const { __provider, ...inputs } = args.inputs as Record<string, unknown>;
        registered.push({ type: args.type, name: args.name, inputs, provider: String(__provider) });
        const computed: Record<string, unknown> = { ...inputs };
        if (args.type.endsWith(":SocialIdentityProvider")) {
          delete computed.clientSecret;
          computed.clientSecretFingerprint = "fp";
        }
        return { id: `${args.name}-id`, state: computed };
      },
      call: (args) => args.inputs,
    },
    "auth-platform",
    "test",
    false,
  );
});

function settled<T>(output: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => output.apply((value) => resolve(value)));
}

/** Loads a serialized provider the way Pulumi's dynamic-provider host does: plain JS, required from the project root. */
function revive(serialized: string): pulumi.dynamic.ResourceProvider {
  const mod = { exports: {} as { handler?: () => pulumi.dynamic.ResourceProvider } };
  const load = runInThisContext(`(function (exports, require, module) {\n${serialized}\n})`) as (
    exports: object,
    require: NodeJS.Require,
    module: object,
  ) => void;
  load(mod.exports, createRequire(join(process.cwd(), "serialized-provider.js")), mod);
  if (mod.exports.handler === undefined) throw new Error("serialized provider has no handler");
  return mod.exports.handler();
}

describe("Graph dynamic resources under the mock runtime", () => {
  const connection = {
    tenantId: "contosob2c.onmicrosoft.com",
    clientId: "5e0a2c41-7b3d-4f9e-8a10-2c6d4e9b1a37",
  };
  const externalTenant = {
    tenantId: "contosoext.onmicrosoft.com",
    clientId: "5e0a2c41-7b3d-4f9e-8a10-2c6d4e9b1a37",
  };
  beforeAll(async () => {
    const flow = new B2CUserFlow("susi", { connection, name: "susi", userFlowType: "signUpOrSignIn" });
    const idp = new SocialIdentityProvider("google", {
      connection,
      identityProviderType: "Google",
      displayName: "Google",
      clientId: "1234.apps.googleusercontent.com",
      clientSecret: "google-secret",
    });
    const link = new UserFlowIdentityProviderLink("susi-google", {
      connection,
      userFlowId: flow.id,
      identityProviderId: idp.id,
    });
    const keys = new PolicyKeySet("signing", {
      connection,
      name: "TokenSigningKeyContainer",
      source: "generate",
      use: "sig",
    });
    const policy = new TrustFrameworkPolicy("base", {
      connection,
      policyId: "B2C_1A_Base",
      policyXml: "<TrustFrameworkPolicy/>",
    });
    const external = new ExternalIdSignUpFlow("ciam", {
      connection: externalTenant,
      displayName: "Sign up",
    });
    await Promise.all([flow, idp, link, keys, policy, external].map((r) => settled(r.id)));
  });

  it("GIVEN one of each resource WHEN constructed THEN registers exactly these types and inputs", () => {
    const byName = [...registered].sort((a, b) => a.name.localeCompare(b.name));
    expect(byName.map(({ type, name, inputs }) => ({ type, name, inputs }))).toEqual([
      {
        type: "pulumi-nodejs:dynamic/azure-graph:TrustFrameworkPolicy",
        name: "base",
        inputs: { connection, policyId: "B2C_1A_Base", policyXml: "<TrustFrameworkPolicy/>" },
      },
      {
        type: "pulumi-nodejs:dynamic/azure-graph:ExternalIdSignUpFlow",
        name: "ciam",
        inputs: { connection: externalTenant, displayName: "Sign up" },
      },
      {
        type: "pulumi-nodejs:dynamic/azure-graph:SocialIdentityProvider",
        name: "google",
        inputs: {
          connection,
          identityProviderType: "Google",
          displayName: "Google",
          clientId: "1234.apps.googleusercontent.com",
          clientSecret: { [specialSigKey]: "1b47061264138c4ac30d75fd1eb44270", value: "google-secret" },
        },
      },
      {
        type: "pulumi-nodejs:dynamic/azure-graph:PolicyKeySet",
        name: "signing",
        inputs: { connection, name: "TokenSigningKeyContainer", source: "generate", use: "sig" },
      },
      {
        type: "pulumi-nodejs:dynamic/azure-graph:B2CUserFlow",
        name: "susi",
        inputs: { connection, name: "susi", userFlowType: "signUpOrSignIn" },
      },
      {
        type: "pulumi-nodejs:dynamic/azure-graph:UserFlowIdentityProviderLink",
        name: "susi-google",
        inputs: { connection, userFlowId: "susi-id", identityProviderId: "google-id" },
      },
    ]);
  });

  it("GIVEN resources with secrets WHEN registered THEN the secret input is sent as a secret and its outputs are marked secret", () => {
    expect(secrecy.get("google")).toEqual({
      additionalSecretOutputs: ["clientSecret", "clientSecretFingerprint", "clientSecretSalt"],
      secretInputs: ["clientSecret"],
    });
    expect(secrecy.get("signing")).toEqual({
      additionalSecretOutputs: ["secret", "secretFingerprint", "secretSalt"],
      secretInputs: [],
    });
    expect(secrecy.get("susi")).toEqual({ additionalSecretOutputs: [], secretInputs: [] });
  });

  it("GIVEN the serialized providers WHEN inspected THEN they load @azure/identity by name and no local file", () => {
    for (const { type, provider } of registered) {
      expect({ type, local: /require\(["']\.{1,2}\//.test(provider) }).toEqual({ type, local: false });
    }
    const flow = registered.find((r) => r.type.endsWith(":B2CUserFlow"));
    expect(flow?.provider.includes('require("@azure/identity")')).toBe(true);
  });

  it.each<[string, string[], Record<string, unknown>]>([
    ["B2CUserFlow", ["name", "userFlowType"], { name: "susi", userFlowType: "signUpOrSignIn" }],
    [
      "SocialIdentityProvider",
      ["identityProviderType", "displayName", "clientId", "clientSecret"],
      { identityProviderType: "Google", displayName: "Google", clientId: "c", clientSecret: "s" },
    ],
    [
      "UserFlowIdentityProviderLink",
      ["userFlowId", "identityProviderId"],
      { userFlowId: "susi", identityProviderId: "Google-OAUTH" },
    ],
    ["PolicyKeySet", ["name", "source", "use"], { name: "Signing", source: "generate", use: "sig" }],
    [
      "TrustFrameworkPolicy",
      ["policyId", "policyXml"],
      { policyId: "B2C_1A_Base", policyXml: '<TrustFrameworkPolicy PolicyId="B2C_1A_Base"/>' },
    ],
    ["ExternalIdSignUpFlow", ["displayName"], { displayName: "Sign up" }],
  ])(
    "GIVEN the serialized %s provider WHEN revived as plain JS THEN the shared core runs its check and its diff",
    async (type, required, valid) => {
      const serialized = registered.find((r) => r.type === `pulumi-nodejs:dynamic/azure-graph:${type}`);
      if (serialized === undefined) throw new Error(`no ${type} registered`);
      const provider = revive(serialized.provider);
      const refused = await provider.check?.({}, { connection });
      expect(refused?.failures?.map((f) => f.property)).toEqual(required);
      expect((await provider.check?.({}, { connection, ...valid }))?.failures).toEqual([]);
      const elsewhere = { tenantId: "another.onmicrosoft.com", endpoint: "https://graph.microsoft.com" };
      // The same object moved to another tenant: whatever else differs, the tenant replaces it.
      const moved = await provider.diff?.(
        "id",
        { ...valid, connection: elsewhere },
        { connection, ...valid },
      );
      expect(moved?.changes).toBe(true);
      expect(moved?.replaces).toContain("connection");
    },
  );

  it("GIVEN a serialized provider WHEN revived as plain JS THEN check and diff run", async () => {
    const flow = registered.find((r) => r.type.endsWith(":B2CUserFlow"));
    if (flow === undefined) throw new Error("no B2CUserFlow registered");
    const provider = revive(flow.provider);
    const check = provider.check;
    const diff = provider.diff;
    if (check === undefined || diff === undefined) throw new Error("check/diff missing");
    expect((await check({}, { connection, name: "susi", userFlowType: "signin" })).failures).toEqual([
      {
        property: "userFlowType",
        reason:
          'userFlowType: must be one of "signUpOrSignIn", "signUp", "signIn", "passwordReset", "profileUpdate", "resourceOwner"; received "signin"',
      },
    ]);
    const olds = {
      connection: { ...connection, endpoint: "https://graph.microsoft.com" },
      flowId: "B2C_1_susi",
      userFlowType: "signUpOrSignIn",
      userFlowTypeVersion: 3,
    };
    expect(
      await diff("B2C_1_susi", olds, { connection, name: "susi", userFlowType: "passwordReset" }),
    ).toEqual({
      changes: true,
      replaces: ["userFlowType"],
      deleteBeforeReplace: true,
    });
  });
});
