import { setTimeout as sleep } from "node:timers/promises";
import { checkInteger } from "../config/checks.js";
import { SessionConflictError, SessionGoneError } from "../errors.js";
import type { Session, SessionData } from "./types.js";

export interface UpdateOptions {
  /** Attempts before a conflict is thrown (1..100). @default 30 */
  attempts?: number;
  /** Longest pause between two attempts, in milliseconds (1..10000). @default 200 */
  maxDelayMs?: number;
}

interface Store {
  get<T extends SessionData>(id: string): Promise<Session<T> | undefined>;
  save<T extends SessionData>(
    session: Pick<Session<T>, "id" | "userId" | "data" | "revision">,
  ): Promise<Session<T>>;
}

/** First back-off ceiling, in milliseconds; it doubles with every conflict. */
const BASE_DELAY_MS = 2;

/**
 * Read-modify-write with compare-and-set. After a conflict it waits a random time between 0
 * and a ceiling that doubles each time ("full jitter"), so concurrent writers spread out
 * instead of colliding again in lockstep. Undefined when the session is gone.
 */
export async function update<T extends SessionData>(
  store: Store,
  id: string,
  change: (data: T) => T | Promise<T>,
  options: UpdateOptions,
): Promise<Session<T> | undefined> {
  const attempts = checkInteger("attempts", options.attempts ?? 30, 1, 100);
  const maxDelay = checkInteger("maxDelayMs", options.maxDelayMs ?? 200, 1, 10_000);
  for (let attempt = 1; ; attempt++) {
    const current = await store.get<T>(id);
    if (current === undefined) {
      return undefined;
    }
    try {
      return await store.save({ ...current, data: await change(current.data) });
    } catch (error) {
      if (error instanceof SessionGoneError) {
        return undefined;
      }
      if (!(error instanceof SessionConflictError) || attempt >= attempts) {
        throw error;
      }
    }
    await sleep(Math.random() * Math.min(maxDelay, BASE_DELAY_MS * 2 ** attempt));
  }
}
