import { Cluster } from "ioredis";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { connectPlatform, type Platform } from "../src/platform.js";
import { iamCredentials } from "../src/redis/iam.js";
import type { SessionStore } from "../src/sessions/store.js";
import { createUser, GRANTS } from "./helpers/access.js";
import { LocalCluster } from "./helpers/cluster.js";
import { everyOperation, expectedFor } from "./helpers/scenario.js";

// The AWS stack's outputs (ElastiCache Serverless is cluster-mode only), pointing at a real
// 3-master Redis Cluster on 127.0.0.1, and the IAM user the AWS program creates, with exactly
// the access string the program gives it, on every node.
const USER = "hanbit-aws-sessions-app";
const IAM = {
  credentials: async () => ({
    accessKeyId: "AKIDEXAMPLE",
    secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
  }),
  // A fixed signing time keeps the token (the user's password) stable for the whole test.
  now: (() => {
    const fixed = new Date();
    return () => fixed;
  })(),
};

let cluster: LocalCluster;
let platform: Platform;
let sessions: SessionStore;

function awsOutputs(port: number) {
  return {
    cloud: "aws",
    issuerUrl: "https://cognito-idp.ap-northeast-2.amazonaws.com/ap-northeast-2_AbCdEfGhI",
    openIdConfigurationUrl:
      "https://cognito-idp.ap-northeast-2.amazonaws.com/ap-northeast-2_AbCdEfGhI/.well-known/openid-configuration",
    jwksUrl:
      "https://cognito-idp.ap-northeast-2.amazonaws.com/ap-northeast-2_AbCdEfGhI/.well-known/jwks.json",
    clientIds: { web: "abcdefghijklmnopqrstuvwxyz" },
    apiScopes: {},
    sessionStore: {
      host: "127.0.0.1",
      port,
      tls: false,
      authMode: "iam",
      keyPrefix: "sess:",
      idleTimeoutSeconds: 1800,
      absoluteTimeoutSeconds: 43200,
      username: USER,
      cacheName: "hanbit-aws-sessions",
      region: "ap-northeast-2",
      clustered: true,
    },
  };
}

beforeAll(async () => {
  cluster = await LocalCluster.start(3);
  const token = await iamCredentials({
    ...IAM,
    userId: USER,
    cacheName: "hanbit-aws-sessions",
    region: "ap-northeast-2",
    serverless: true,
  })();
  await createUser(cluster.admins, USER, [token.password], GRANTS.aws("sess:"));
  platform = await connectPlatform(awsOutputs(cluster.ports[0] ?? 0), { iam: IAM, loadKeys: false });
  if (platform.sessions === undefined) throw new Error("no session store");
  sessions = platform.sessions;
}, 60_000);
afterAll(async () => {
  await platform?.close();
  await cluster?.dispose();
});

/** One user's sign-in, use and rotation: every script of the hot path, on that user's slot. */
async function journey(user: string): Promise<unknown> {
  const anonymous = await sessions.create({ cart: [user] });
  const signedIn = await sessions.rotate(anonymous.id, { userId: user });
  const updated = await sessions.update<{ cart: string[]; n?: number }>(signedIn.id, (d) => ({ ...d, n: 1 }));
  const rotated = await sessions.rotate(signedIn.id);
  return [(await sessions.get(rotated.id))?.data, updated?.revision, await sessions.get(signedIn.id)];
}

describe("GIVEN the AWS outputs of a clustered store and a local 3-master Redis Cluster", () => {
  it("WHEN the platform connects THEN it uses a cluster client, as the program's IAM user", async () => {
    const list = String(await cluster.admin(0).client("LIST"));
    expect([platform.connection?.redis instanceof Cluster, list.includes(`user=${USER}`)]).toEqual([
      true,
      true,
    ]);
  });

  it("WHEN every session operation runs THEN each script's keys share a slot (no CROSSSLOT) and the exact grant suffices", async () => {
    expect(await everyOperation(sessions, "alice")).toEqual(expectedFor("alice"));
  });

  it("WHEN 60 users sign in THEN their sessions spread over all three masters", async () => {
    const results = await Promise.all(Array.from({ length: 60 }, (_v, i) => journey(`spread-${i}`)));
    const sizes = await Promise.all(cluster.admins.map((admin) => admin.dbsize()));
    expect(results[0]).toEqual([{ cart: ["spread-0"], n: 1 }, 2, undefined]);
    expect([await cluster.slotCounts(), sizes.every((size) => size > 0)]).toEqual([[5461, 5462, 5461], true]);
  });

  it("WHEN 600 slots move to another master during traffic THEN no call fails", async () => {
    const failures: unknown[] = [];
    const outcomes: unknown[] = [];
    let resharding = true;
    const traffic = Array.from({ length: 8 }, async (_v, worker) => {
      for (let round = 0; resharding || round < 3; round++) {
        await journey(`moving-${worker}-${round}`).then(
          (outcome) => outcomes.push(outcome),
          (error: unknown) => failures.push(error),
        );
      }
    });
    await cluster.reshard(0, 1, 600);
    resharding = false;
    await Promise.all(traffic);
    expect([failures.map(String), await cluster.slotCounts()]).toEqual([[], [4861, 6062, 5461]]);
    expect(new Set(outcomes.map((o) => JSON.stringify((o as unknown[]).slice(1))))).toEqual(
      new Set([JSON.stringify([2, null])]),
    );
    expect(outcomes.length).toBeGreaterThan(100);
  });

  it("WHEN a session's slot has just moved THEN the next read meets MOVED, follows it and finds the session", async () => {
    const session = await sessions.create({ moved: true }, { userId: "mover" });
    const slot = Number(await cluster.admin(0).cluster("KEYSLOT", `sess:{${session.id.slice(0, 12)}}`));
    const from = await cluster.ownerOf(slot);
    const to = (from + 1) % 3;
    const before = (await cluster.errorStats(from)).MOVED ?? 0;
    await cluster.moveSlot(slot, from, to);
    const read = await sessions.get(session.id);
    const after = (await cluster.errorStats(from)).MOVED ?? 0;
    expect([read?.data, after - before, await cluster.ownerOf(slot)]).toEqual([{ moved: true }, 1, to]);
  });

  it("WHEN 90 sessions are read in one event-loop turn THEN each master's socket gets them in one write, not one per command", async () => {
    const created = await Promise.all(
      Array.from({ length: 90 }, (_v, i) => sessions.create({ i }, { userId: `turn-${i}` })),
    );
    const client = platform.connection?.redis as Cluster;
    // Every write a master's socket makes reaches the operating system through _write (one
    // chunk) or _writev (all chunks held so far): one call is one system call.
    const writes = client.nodes("master").map((node) => {
      const socket = node.stream as unknown as { _write: () => void; _writev: () => void };
      return [vi.spyOn(socket, "_write"), vi.spyOn(socket, "_writev")] as const;
    });
    try {
      const read = await Promise.all(created.map((session) => sessions.get(session.id)));
      expect(read.filter((session) => session !== undefined).length).toBe(90);
      // One write per command (before coalescing) made about 30 per master.
      expect(writes.map(([one, many]) => one.mock.calls.length + many.mock.calls.length)).toEqual([1, 1, 1]);
    } finally {
      for (const spies of writes) for (const spy of spies) spy.mockRestore();
    }
  });

  it("THEN no node ever refused the program's IAM user a command (ACL LOG is empty everywhere)", async () => {
    expect(await Promise.all(cluster.admins.map((admin) => admin.acl("LOG")))).toEqual([[], [], []]);
  });
});
