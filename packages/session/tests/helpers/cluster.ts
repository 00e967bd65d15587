import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { Redis } from "ioredis";
import { freePort } from "./redis-server.js";

const run = promisify(execFile);

/**
 * A real Redis Cluster on 127.0.0.1: `masters` redis-server processes started with
 * `--cluster-enabled yes` and joined by `redis-cli --cluster create` (slots spread evenly, no
 * replicas). Each node has an admin connection as the default user.
 */
export class LocalCluster {
  readonly admins: Redis[] = [];
  private readonly children: ChildProcess[] = [];
  private readonly dir = mkdtempSync(join(tmpdir(), "session-cluster-"));

  private constructor(readonly ports: readonly number[]) {}

  static async start(masters = 3): Promise<LocalCluster> {
    const ports: number[] = [];
    while (ports.length < masters) {
      const port = await freePort();
      if (!ports.includes(port)) ports.push(port);
    }
    const cluster = new LocalCluster(ports);
    await cluster.launch();
    return cluster;
  }

  private async launch(): Promise<void> {
    for (const port of this.ports) {
      const child = spawn(
        "redis-server",
        ["--port", String(port), "--bind", "127.0.0.1", "--cluster-enabled", "yes"]
          .concat(["--cluster-config-file", `nodes-${port}.conf`, "--cluster-node-timeout", "5000"])
          .concat(["--save", "", "--appendonly", "no", "--dir", this.dir]),
        { stdio: "ignore" },
      );
      this.children.push(child);
    }
    for (const port of this.ports) {
      const admin = new Redis({ host: "127.0.0.1", port, maxRetriesPerRequest: 1, retryStrategy: () => 20 });
      admin.on("error", () => undefined); // the node may still be starting
      this.admins.push(admin);
      await admin.ping();
    }
    await run("redis-cli", [
      "--cluster",
      "create",
      ...this.ports.map((p) => `127.0.0.1:${p}`),
      "--cluster-yes",
    ]);
    await this.untilSettled();
  }

  /** Waits until every node reports a healthy cluster covering all slots. */
  async untilSettled(): Promise<void> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const infos = await Promise.all(this.admins.map((a) => a.cluster("INFO")));
      if (infos.every((info) => String(info).includes("cluster_state:ok"))) return;
      await sleep(25);
    }
    throw new Error("the local cluster did not settle");
  }

  /** The node ID of master `index`. */
  async nodeId(index: number): Promise<string> {
    return String(await this.admin(index).cluster("MYID"));
  }

  admin(index: number): Redis {
    const admin = this.admins[index];
    if (admin === undefined) throw new Error(`no node ${index}`);
    return admin;
  }

  /** How many slots each master owns, in node order. */
  async slotCounts(): Promise<number[]> {
    const ids = await Promise.all(this.admins.map((_a, i) => this.nodeId(i)));
    const shards = await this.admin(0).cluster("SLOTS");
    return ids.map((id) =>
      shards.filter((s) => s[2]?.[2] === id).reduce((sum, [from, to]) => sum + (to - from + 1), 0),
    );
  }

  /** Moves `slots` slots (with their keys, by MIGRATE) from one master to another while traffic runs. */
  async reshard(from: number, to: number, slots: number): Promise<void> {
    await run("redis-cli", [
      "--cluster",
      "reshard",
      `127.0.0.1:${this.ports[0]}`,
      "--cluster-from",
      await this.nodeId(from),
      "--cluster-to",
      await this.nodeId(to),
      "--cluster-slots",
      String(slots),
      "--cluster-yes",
    ]);
  }

  /**
   * Moves one slot and its keys from one master to another at once, the way resharding does it
   * (IMPORTING / MIGRATING, MIGRATE, then SETSLOT NODE everywhere), so that a client that has
   * not refreshed its slot map meets a MOVED reply on its next command for that slot.
   */
  async moveSlot(slot: number, from: number, to: number): Promise<void> {
    const [source, target] = [this.admin(from), this.admin(to)];
    const [sourceId, targetId] = [await this.nodeId(from), await this.nodeId(to)];
    await target.cluster("SETSLOT", slot, "IMPORTING", sourceId);
    await source.cluster("SETSLOT", slot, "MIGRATING", targetId);
    const keys = (await source.cluster("GETKEYSINSLOT", slot, 1000)) as string[];
    if (keys.length > 0) {
      await source.migrate("127.0.0.1", this.ports[to] ?? 0, "", 0, 5000, "KEYS", ...keys);
    }
    for (const admin of this.admins) await admin.cluster("SETSLOT", slot, "NODE", targetId);
  }

  /** The master (by index) that owns `slot`. */
  async ownerOf(slot: number): Promise<number> {
    const shards = await this.admin(0).cluster("SLOTS");
    const owner = shards.find(([from, to]) => slot >= from && slot <= to)?.[2]?.[2];
    const ids = await Promise.all(this.admins.map((_a, i) => this.nodeId(i)));
    return ids.indexOf(String(owner));
  }

  /** Error replies by kind on node `index` (INFO errorstats), e.g. { MOVED: 12 }. */
  async errorStats(index: number): Promise<Record<string, number>> {
    const info = await this.admin(index).info("errorstats");
    return Object.fromEntries(
      [...info.matchAll(/^errorstat_(\w+):count=(\d+)/gm)].map((m) => [m[1], Number(m[2])]),
    );
  }

  async dispose(): Promise<void> {
    for (const admin of this.admins) admin.disconnect();
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGKILL");
          }),
      ),
    );
    rmSync(this.dir, { recursive: true, force: true });
  }
}
