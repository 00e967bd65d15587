import { createHash } from "node:crypto";
import { coalesced } from "./coalesce.js";

/** What running scripts needs of a client: `ioredis` `Redis` and `Cluster` both fit. */
export interface ScriptClient {
  evalsha(sha: string, numkeys: number, ...args: (string | number)[]): Promise<unknown>;
  eval(script: string, numkeys: number, ...args: (string | number)[]): Promise<unknown>;
  zrange(key: string, start: number, stop: number): Promise<string[]>;
}

/**
 * A Lua script sent by SHA, and in full when the server does not know it (first use, after a
 * restart, on a cluster node that has not seen it yet).
 */
export class LuaScript {
  readonly sha: string;
  constructor(readonly source: string) {
    this.sha = createHash("sha1").update(source).digest("hex");
  }

  async run(
    client: ScriptClient,
    keys: readonly string[],
    args: readonly (string | number)[],
  ): Promise<unknown> {
    try {
      return await coalesced(client, () => client.evalsha(this.sha, keys.length, ...keys, ...args));
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("NOSCRIPT")) {
        return await client.eval(this.source, keys.length, ...keys, ...args);
      }
      throw error;
    }
  }
}
