import { fmt } from "./demand";
import type { CapacityLine, CapacityReport, CapacityStatus, CostItem, CostReport } from "./model";

export const STATUS_TEXT: Readonly<Record<CapacityStatus, string>> = {
  ok: "ok",
  "needs-quota-increase": "QUOTA INCREASE NEEDED before launch",
  "exceeds-fixed-limit": "FIXED LIMIT EXCEEDED: send fewer requests",
  "cannot-carry": "CANNOT CARRY: the configuration is refused",
};

export const usd = (value: number) =>
  `$${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function lineText(line: CapacityLine): string[] {
  const carried = [line.carriedBy, line.quotaCode ? `quota ${line.quotaCode}` : ""]
    .filter(Boolean)
    .join(", ");
  return [
    `  ${line.status === "ok" ? " " : "!"} ${line.limit}: ${fmt(line.demand)} of ${fmt(line.capacity)} ${line.unit}, headroom ${line.headroomPercent}% - ${STATUS_TEXT[line.status]}`,
    `      carried by: ${carried}`,
    `      load: ${line.demandFrom}`,
    ...(line.status !== "ok" && line.wouldCarry ? [`      would carry it: ${line.wouldCarry}`] : []),
  ];
}

/** The price of an item in words: the region's, or unknown with the reference figure. */
export function priceText(item: CostItem): string {
  const { price } = item;
  if (item.monthlyUsd !== null) {
    return `${usd(item.monthlyUsd)} (${price.usd} USD per ${price.unit})`;
  }
  const reference = item.reference
    ? `; at the ${item.reference.price.region} price (${item.reference.price.usd} USD per ${item.reference.price.unit}): ${usd(item.reference.monthlyUsd)}`
    : "";
  return `no ${price.region} price${reference}`;
}

/** The cost lines: one per metered dimension, then the totals and what is not counted. */
export function costText(cost: CostReport): string[] {
  const source =
    cost.prices.from === "live" ? "the providers' live price lists" : "the project's price table";
  const lines = [`Monthly cost in ${cost.region} (USD; prices from ${source}, read ${cost.prices.read}):`];
  for (const item of cost.items) {
    lines.push(
      `  ${item.resource}, ${item.dimension}: ${fmt(item.quantity)} ${item.unit} -> ${priceText(item)}`,
    );
  }
  lines.push(
    `  priced for ${cost.region}: ${usd(cost.pricedMonthlyUsd)}; ${cost.unpricedItems} of ${cost.items.length} items have no ${cost.region} price`,
  );
  if (cost.withReferenceMonthlyUsd !== cost.pricedMonthlyUsd) {
    lines.push(
      `  with reference prices for those: ${usd(cost.withReferenceMonthlyUsd)} (another region's list prices: an order of magnitude, not a quote)`,
    );
  }
  for (const note of cost.notCounted) lines.push(`  not counted: ${note}`);
  return lines;
}

/** The plan's capacity section as text: each limit against the load, the notes, the month's cost. */
export function renderCapacity(report: CapacityReport): string {
  const attention = report.lines.filter((l) => l.status !== "ok").length;
  const lines = [
    "",
    `Capacity for the expected load (load section) on ${report.cloud} in ${report.region}: ${report.lines.length} limits, ${attention} need attention (sources: docs/capacity.md)`,
    ...report.lines.flatMap(lineText),
    ...report.notes.map((note) => `  note: ${note}`),
    "",
    ...costText(report.cost),
  ];
  return `${lines.join("\n")}\n`;
}
