import { describe, expect, it } from "vitest";
import { normalizeConnection, resolveCredential } from "../../../src/azure/graph/connection";

const TENANT = "contosob2c.onmicrosoft.com";

describe("Graph connection", () => {
  it.each([
    [
      "B2C-specific app from the environment",
      {
        AZURE_B2C_CLIENT_ID: "b2c-app",
        AZURE_B2C_CLIENT_SECRET: "s1",
        AZURE_CLIENT_ID: "arm-app",
        AZURE_CLIENT_SECRET: "s2",
      },
      undefined,
      "ClientSecretCredential",
    ],
    [
      "generic app from the environment",
      { AZURE_CLIENT_ID: "arm-app", AZURE_CLIENT_SECRET: "s2" },
      undefined,
      "ClientSecretCredential",
    ],
    [
      "client id input with an environment secret",
      { AZURE_CLIENT_SECRET: "s2" },
      "input-app",
      "ClientSecretCredential",
    ],
    ["no secret anywhere", { AZURE_CLIENT_ID: "arm-app" }, undefined, "DefaultAzureCredential"],
  ])("GIVEN %s WHEN resolving THEN picks the expected credential", (_label, env, clientId, expected) => {
    const credential = resolveCredential(
      { tenantId: TENANT, endpoint: "https://graph.microsoft.com", clientId },
      { env },
    );
    // The CommonJS and ESM builds of @azure/identity are distinct classes; compare by name.
    expect(credential.constructor.name).toBe(expected);
  });

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
