import type { RawConfig } from "../../src/config/validate";

/** The smallest valid AWS configuration: one web client and a Cognito domain prefix. */
export function minimalAws(): Record<string, unknown> {
  return {
    cloud: "aws",
    clients: { web: { callbackUrls: ["https://app.example.com/callback"] } },
    aws: { domain: { prefix: "example-login" } },
  };
}

/** The smallest valid Azure configuration: an existing B2C tenant and an APIM service. */
export function minimalAzure(): Record<string, unknown> {
  return {
    cloud: "azure",
    clients: { web: { callbackUrls: ["https://app.example.com/callback"] } },
    monitoring: { alertEmails: ["ops@example.com"] },
    azure: {
      directory: {
        mode: "b2c",
        domainName: "exampleb2c",
        tenantId: "6f1c2a9e-4b7d-4e3a-9c85-1d2f3a4b5c6d",
        automationClientId: "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d",
      },
      apiManagement: { name: "apim-example", publisherEmail: "ops@example.com", publisherName: "Example" },
    },
  };
}

export const REGIONS = { "aws:region": "ap-northeast-2", "azure-native:location": "koreacentral" };

/** RawConfig as the program reads it, from plain values. */
export function raw(values: Record<string, unknown>, secretKeys: string[] = []): RawConfig {
  return { values, secretKeys: new Set(secretKeys), providerConfig: REGIONS };
}

/** Sets a value at a dotted path (creating maps on the way) and returns the values. */
export function withValue(
  values: Record<string, unknown>,
  path: string,
  value: unknown,
): Record<string, unknown> {
  const keys = path.split(".");
  let node = values;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== "object" || next === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys.at(-1) as string;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return values;
}
