import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { Redis } from "ioredis";

/** Asks the OS for a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") {
    throw new Error("no port");
  }
  return address.port;
}

/** A throw-away redis-server on 127.0.0.1 (no persistence), restartable on the same port. */
export class RedisServer {
  private child: ChildProcess | undefined;
  private readonly dir = mkdtempSync(join(tmpdir(), "session-redis-"));

  private constructor(
    readonly port: number,
    private readonly extraArgs: readonly string[],
  ) {}

  static async start(extraArgs: readonly string[] = []): Promise<RedisServer> {
    const server = await RedisServer.prepare(extraArgs);
    await server.launch();
    return server;
  }

  /** A server with a port of its own that is not started yet (call `launch`). */
  static async prepare(extraArgs: readonly string[] = []): Promise<RedisServer> {
    return new RedisServer(await freePort(), extraArgs);
  }

  /** An admin client (not the one under test). The caller quits it. */
  admin(): Redis {
    const admin = new Redis({
      host: "127.0.0.1",
      port: this.port,
      lazyConnect: false,
      maxRetriesPerRequest: 1,
    });
    admin.on("error", () => undefined); // tests stop and restart the server under it
    return admin;
  }

  async launch(): Promise<void> {
    const child = spawn(
      "redis-server",
      [
        "--port",
        String(this.port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        this.dir,
        ...this.extraArgs,
      ],
      { stdio: "ignore" },
    );
    this.child = child;
    for (let attempt = 0; attempt < 100; attempt++) {
      if (await accepts(this.port)) {
        return;
      }
      await sleep(20);
    }
    throw new Error(`redis-server did not start on port ${this.port}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child === undefined || child.exitCode !== null) {
      return;
    }
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGKILL");
    await exited;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.launch();
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** True when something accepts TCP connections on the port (works with or without requirepass). */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
