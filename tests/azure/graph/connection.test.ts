import { describe, expect, it } from "vitest";
import {
  AUTOMATION_SECRET_VARIABLE,
  normalizeConnection,
  resolveCredential,
} from "../../../src/azure/graph/connection";

const TENANT = "contosob2c.onmicrosoft.com";
const APP = "5e0a2c41-7b3d-4f9e-8a10-2c6d4e9b1a37";
const connection = { tenantId: TENANT, endpoint: "https://graph.microsoft.com", clientId: APP };

describe("Graph connection credentials", () => {
  it("reads the automation app's secret from AZURE_B2C_CLIENT_SECRET and nothing else", () => {
    expect(AUTOMATION_SECRET_VARIABLE).toBe("AZURE_B2C_CLIENT_SECRET");
  });

  it("GIVEN AZURE_B2C_CLIENT_SECRET WHEN resolving THEN a client-secret credential for the automation app", () => {
    const credential = resolveCredential(connection, { env: { AZURE_B2C_CLIENT_SECRET: "s1" } });
    // The CommonJS and ESM builds of @azure/identity are distinct classes; compare by name.
    expect(credential.constructor.name).toBe("ClientSecretCredential");
  });

  it.each([
    ["only the subscription's ARM_CLIENT_SECRET", { ARM_CLIENT_ID: "arm-app", ARM_CLIENT_SECRET: "s2" }],
    ["only the Azure SDK's AZURE_CLIENT_SECRET", { AZURE_CLIENT_ID: "sdk-app", AZURE_CLIENT_SECRET: "s3" }],
    ["an empty AZURE_B2C_CLIENT_SECRET", { AZURE_B2C_CLIENT_SECRET: "" }],
  ])("GIVEN %s WHEN resolving THEN it refuses, naming the variable, never the secrets", (_what, env) => {
    let message = "";
    try {
      resolveCredential(connection, { env });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(
      `Microsoft Graph in tenant ${TENANT}: the automation app ${APP} signs in with the client secret in AZURE_B2C_CLIENT_SECRET, which is not set (docs/azure.md, "Credentials")`,
    );
  });
});

describe("Graph connection", () => {
  it("GIVEN a trailing slash and no client id WHEN normalized THEN keeps the bare origin", () => {
    expect(normalizeConnection({ tenantId: ` ${TENANT} `, endpoint: "https://graph.microsoft.us/" })).toEqual(
      {
        tenantId: TENANT,
        endpoint: "https://graph.microsoft.us",
      },
    );
  });

  it.each([
    [
      { tenantId: "" },
      "connection.tenantId: required (the B2C or external tenant GUID or name.onmicrosoft.com)",
    ],
    [
      { tenantId: TENANT, endpoint: "https://graph.microsoft.com/v1.0" },
      'connection.endpoint: must be a scheme and host like https://graph.microsoft.com; received "https://graph.microsoft.com/v1.0"',
    ],
  ])("GIVEN %j WHEN normalized THEN fails with the key and the value", (input, message) => {
    expect(() => normalizeConnection({ endpoint: "https://graph.microsoft.com", ...input })).toThrow(message);
  });
});
