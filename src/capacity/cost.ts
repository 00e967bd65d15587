import type { CostItem, CostReport, Price } from "./model";

/** A region's prices by dimension ID, from the project's table or from the live price lists. */
export interface PriceSheet {
  readonly region: string;
  readonly from: "table" | "live";
  /** The day the prices were read (table) or fetched (live). */
  readonly read: string;
  /** The price of a dimension; `usd: null` (with a note) when the sheet has no figure for it. */
  price(id: string): Price;
}

/**
 * Prices written down by hand, each with its source: `{ region: { dimensionId: price } }`; the
 * region `"*"` holds prices that are the same everywhere (free tiers).
 */
export type PriceTable = Readonly<Record<string, Readonly<Record<string, Price>>>>;

/** A sheet over a price table; dimensions the table lacks for the region come back unpriced. */
export function tableSheet(table: PriceTable, region: string, read: string): PriceSheet {
  return {
    region,
    from: "table",
    read,
    price: (id) =>
      table[region]?.[id] ??
      table["*"]?.[id] ?? {
        usd: null,
        unit: "",
        region,
        source: "",
        read,
        note: `no ${region} price in the project's price table (the stored copies of the pricing page show none); run with --live-prices`,
      },
  };
}

/** What one metered dimension needs to become a cost item. */
export interface ItemSpec {
  readonly resource: string;
  readonly dimension: string;
  readonly quantity: number;
  readonly unit: string;
  /** Dimension ID in the price sheets, e.g. `cognito.mau.plus`. */
  readonly priceId: string;
  readonly quantityFrom: string;
}

const cents = (usd: number) => Math.round(usd * 100) / 100;

/** A cost item priced by the region's sheet, with the reference sheet's price when the region has none. */
export function costItem(spec: ItemSpec, sheet: PriceSheet, reference: PriceSheet | undefined): CostItem {
  const { priceId, ...rest } = spec;
  const price = sheet.price(priceId);
  const monthlyUsd = price.usd === null ? null : cents(spec.quantity * price.usd);
  const fallback = price.usd === null ? reference?.price(priceId) : undefined;
  return {
    ...rest,
    price,
    monthlyUsd,
    ...(fallback?.usd != null
      ? { reference: { price: fallback, monthlyUsd: cents(spec.quantity * fallback.usd) } }
      : {}),
  };
}

/** Totals of the items: priced for the region, and with the reference prices filled in. */
export function costReport(
  items: readonly CostItem[],
  sheet: PriceSheet,
  notCounted: readonly string[],
): CostReport {
  const priced = items.reduce((sum, item) => sum + (item.monthlyUsd ?? 0), 0);
  const reference = items.reduce(
    (sum, item) => sum + (item.monthlyUsd ?? item.reference?.monthlyUsd ?? 0),
    0,
  );
  return {
    currency: "USD",
    region: sheet.region,
    items,
    pricedMonthlyUsd: cents(priced),
    unpricedItems: items.filter((item) => item.monthlyUsd === null).length,
    withReferenceMonthlyUsd: cents(reference),
    prices: { from: sheet.from, read: sheet.read },
    notCounted,
  };
}

/**
 * Splits a quantity over tiered bands (`[upTo, priceId]`, the last `upTo` Infinity), e.g. MAUs
 * over a free tier and price bands: one item per band the quantity reaches.
 */
export function banded(
  spec: Omit<ItemSpec, "priceId" | "dimension" | "quantity"> & { readonly dimension: string },
  quantity: number,
  bands: readonly (readonly [upTo: number, priceId: string, label: string])[],
): ItemSpec[] {
  const items: ItemSpec[] = [];
  let from = 0;
  for (const [upTo, priceId, label] of bands) {
    if (quantity <= from) break;
    const inBand = Math.round((Math.min(quantity, upTo) - from) * 1e6) / 1e6;
    items.push({ ...spec, dimension: `${spec.dimension} (${label})`, quantity: inBand, priceId });
    from = upTo;
  }
  return items;
}
