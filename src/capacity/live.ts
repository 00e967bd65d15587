import type { PriceSheet } from "./cost";
import type { Price } from "./model";

/** `--live-prices` could not read a price list: the one line says which URL and why. */
export class LivePricesError extends Error {
  override name = "LivePricesError";
}

/** Reads JSON from a URL; tests pass their own. */
export type FetchJson = (url: string) => Promise<unknown>;

/** GET a URL and parse its JSON, failing with the URL in the message (no network: a clear line). */
export const fetchJson: FetchJson = async (url) => {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: "application/json" } });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new LivePricesError(
      `--live-prices: could not read ${url}: ${cause?.code ?? cause?.message ?? (error as Error).message}; plan without --live-prices to use the price table`,
    );
  }
  if (!response.ok) {
    throw new LivePricesError(`--live-prices: ${url} answered HTTP ${response.status}`);
  }
  try {
    return await response.json();
  } catch {
    throw new LivePricesError(`--live-prices: ${url} did not answer JSON`);
  }
};

/**
 * A price sheet over prices read from a provider's list: dimensions the list had no matching
 * entry for come back unpriced, saying so.
 */
export function liveSheet(
  region: string,
  read: string,
  prices: Readonly<Record<string, Price>>,
  lists: string,
): PriceSheet {
  return {
    region,
    from: "live",
    read,
    price: (id) =>
      prices[id] ?? {
        usd: null,
        unit: "",
        region,
        source: lists,
        read,
        note: `no matching entry in the live price list (${lists})`,
      },
  };
}

/** Today's date, as the price lists were read. */
export const today = () => new Date().toISOString().slice(0, 10);
