import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_CLUSTER_COMMANDS, SESSION_COMMANDS } from "../../../src/platform/sessionAccess.js";
import { connectPlatform, type Platform } from "../src/platform.js";
import { CLIENT_COMMANDS, CLUSTER_CLIENT_COMMANDS } from "../src/redis/commands.js";
import { PROBE } from "../src/redis/ready.js";
import { scripts } from "../src/sessions/admit.js";
import { createUser, GRANTS } from "./helpers/access.js";
import { azureOutputs, ENTRA_OID, entraCredential } from "./helpers/outputs.js";
import { RedisServer } from "./helpers/redis-server.js";
import { everyOperation, expectedFor } from "./helpers/scenario.js";

let server: RedisServer;

beforeAll(async () => {
  server = await RedisServer.start();
});
afterAll(async () => {
  await server.dispose();
});

async function connectAs(grant: string[], keyPrefix: string, token: string): Promise<Platform> {
  const admin = server.admin();
  await createUser([admin], ENTRA_OID, [token], grant);
  admin.disconnect();
  return connectPlatform(azureOutputs({ port: server.port, keyPrefix }), {
    entra: { credential: entraCredential(token) },
    loadKeys: false,
  });
}

describe.each([
  ["Azure Cache for Redis, the custom data access policy", () => GRANTS.azureCache("sess:"), "sess:"],
  ["Azure Managed Redis, the default access policy", () => GRANTS.azureManaged(), "mr:"],
])("GIVEN the application connects as the identity the program grants on %s", (_name, grant, keyPrefix) => {
  it("WHEN it uses every session operation THEN each one works", async () => {
    const platform = await connectAs(grant(), keyPrefix, `token-for-${keyPrefix}`);
    try {
      expect(await everyOperation(platform.sessions as NonNullable<Platform["sessions"]>, "alice")).toEqual(
        expectedFor("alice"),
      );
    } finally {
      await platform.close();
    }
  });
});

describe("GIVEN the commands the program grants on every cloud", () => {
  it("WHEN compared with what the library sends THEN they are exactly the same, nothing more", () => {
    const sources = [...Object.values(scripts), PROBE].map((script) => script.source).join("\n");
    const scripted = [...sources.matchAll(/redis\.call\('([A-Z]+)'/g)].map((m) => (m[1] ?? "").toLowerCase());
    const sent = new Set([...scripted, ...CLIENT_COMMANDS]);
    expect([[...SESSION_COMMANDS].sort(), [...SESSION_CLUSTER_COMMANDS]]).toEqual([
      [...sent].sort(),
      [...CLUSTER_CLIENT_COMMANDS],
    ]);
  });

  it("WHEN a script calls TIME THEN only the exact grant allows it: the old category grant did not", async () => {
    const admin = server.admin();
    try {
      await createUser(
        [admin],
        "categories",
        ["pw"],
        ["on", "~c:*", "-@all", "+@read", "+@write", "+@scripting"],
      );
      const verdict = await admin.acl("DRYRUN", "categories", "time");
      expect(String(verdict)).toBe("This user has no permissions to run the 'time' command");
    } finally {
      admin.disconnect();
    }
  });
});
