/**
 * The capacity model's neutral shapes: one line per limit the expected load meets (a cloud
 * quota, or a SKU or setting the stack chose), and one cost item per metered dimension. Each
 * cloud fills them in `src/<cloud>/capacity/`; nothing here loads a provider SDK.
 */

/** The day every quota and price below was read in its source. */
export const READ_ON = "2026-12-01";

/**
 * - `ok`: the limit carries the load.
 * - `needs-quota-increase`: an adjustable cloud quota is below the load: request it before launch.
 * - `exceeds-fixed-limit`: a limit the cloud does not raise is below the load: the application
 *   must send fewer requests (cache tokens, longer lifetimes), no setting here changes it.
 * - `cannot-carry`: the SKU or setting this configuration chose is below the load: refused.
 */
export type CapacityStatus = "ok" | "needs-quota-increase" | "exceeds-fixed-limit" | "cannot-carry";

/** One limit against the expected load. */
export interface CapacityLine {
  /** What is limited, e.g. "Cognito UserAuthentication requests". */
  readonly limit: string;
  /** What carries it: a quota (with its code) or the configuration key and value. */
  readonly carriedBy: string;
  readonly unit: string;
  /** The load on this limit, and how it was derived from the load section. */
  readonly demand: number;
  readonly demandFrom: string;
  readonly capacity: number;
  /** Spare capacity in percent of the capacity; negative when the load exceeds it. */
  readonly headroomPercent: number;
  readonly status: CapacityStatus;
  /** Whether the cloud raises this limit on request. */
  readonly adjustable: boolean;
  /** The Service Quotas code (AWS) to request an increase with. */
  readonly quotaCode?: string;
  /** The configuration key that sets this capacity, when the stack chose it. */
  readonly configKey?: string;
  /** The value of `configKey` this configuration has. */
  readonly configValue?: unknown;
  /** What would carry the load, when it does not: a value of `configKey`, or the quota to ask for. */
  readonly wouldCarry?: string;
  /** Documentation URL or repository path of the limit, and the day it was read. */
  readonly source: string;
  readonly read: string;
}

/** What a line needs; `assess` derives headroom and status. */
export type LineSpec = Omit<CapacityLine, "headroomPercent" | "status" | "read"> & { readonly read?: string };

/** Headroom and status of a limit against its demand. */
export function assess(spec: LineSpec): CapacityLine {
  const { demand, capacity } = spec;
  const headroomPercent =
    capacity > 0 ? Math.round(((capacity - demand) / capacity) * 1000) / 10 : demand > 0 ? -100 : 0;
  let status: CapacityStatus = "ok";
  if (demand > capacity) {
    if (spec.configKey !== undefined) status = "cannot-carry";
    else status = spec.adjustable ? "needs-quota-increase" : "exceeds-fixed-limit";
  }
  return { ...spec, read: spec.read ?? READ_ON, headroomPercent, status };
}

/** A price of one metered dimension, or `null` where the stored copies hold no figure. */
export interface Price {
  /** US dollars per unit, or null: not found for this region (see `note`). */
  readonly usd: number | null;
  readonly unit: string;
  readonly region: string;
  readonly source: string;
  /** The day the price was read (table) or fetched (live). */
  readonly read: string;
  readonly note?: string;
}

/** One metered dimension of one resource for a month. */
export interface CostItem {
  readonly resource: string;
  readonly dimension: string;
  readonly quantity: number;
  readonly unit: string;
  /** The stack region's price, when known. */
  readonly price: Price;
  /** quantity × the region's price, or null when that price is unknown. */
  readonly monthlyUsd: number | null;
  /** A price of the same dimension in another region, only to show the order of magnitude. */
  readonly reference?: { readonly price: Price; readonly monthlyUsd: number };
  /** How the quantity was derived. */
  readonly quantityFrom: string;
}

export interface CostReport {
  readonly currency: "USD";
  readonly region: string;
  readonly items: readonly CostItem[];
  /** Sum of the items priced for the region. */
  readonly pricedMonthlyUsd: number;
  /** Items whose regional price is unknown (their cost is not in `pricedMonthlyUsd`). */
  readonly unpricedItems: number;
  /** Priced items plus the unpriced ones at their reference price: an order of magnitude only. */
  readonly withReferenceMonthlyUsd: number;
  /** "table" (the project's price table) or "live" (fetched with --live-prices) and when. */
  readonly prices: { readonly from: "table" | "live"; readonly read: string };
  /** Dimensions the model cannot quantify from the load section, said plainly. */
  readonly notCounted: readonly string[];
}

/** The capacity section of a plan: `capacity` in `--format json`. */
export interface CapacityReport {
  readonly cloud: "aws" | "azure";
  readonly region: string;
  readonly lines: readonly CapacityLine[];
  /** Limits the model does not hold the load against, and why. */
  readonly notes: readonly string[];
  readonly cost: CostReport;
}
