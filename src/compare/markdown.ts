import { fmt } from "../capacity/demand";
import type { CapacityReport } from "../capacity/model";
import { priceText, STATUS_TEXT, usd } from "../capacity/render";
import type { CloudSide, Comparison } from "./model";

const TITLE = { aws: "AWS", azure: "Azure" } as const;
const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");
const row = (cells: readonly string[]) => `| ${cells.map(cell).join(" | ")} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]) => [
  row(head),
  row(head.map(() => "---")),
  ...rows.map(row),
];

function loadSentence(load: Readonly<Record<string, unknown>> | undefined): string {
  if (load === undefined) return "The configuration has no load section: no capacity or cost to compare.";
  const n = (key: string) => fmt(Number(load[key] ?? 0));
  return `Expected load: ${n("monthlyActiveUsers")} MAUs; at peak ${n("peakSignInsPerSecond")} sign-ins/s (${fmt(Number(load.federatedShare ?? 0) * 100)}% federated), ${n("peakTokenRefreshesPerSecond")} refreshes/s and ${n("peakApiRequestsPerSecond")} API requests/s; ${n("concurrentSessions")} concurrent sessions of ${n("averageSessionBytes")} bytes.`;
}

function verdict(side: CloudSide): [string, string, string, string] {
  if (side.status === "refused") {
    const n = side.refusals.length;
    return [`refused (${n} ${n === 1 ? "problem" : "problems"})`, "-", "-", "-"];
  }
  const capacity = side.capacity;
  if (capacity === undefined) return [`plans: ${side.resourceCount} resources`, "-", "-", "-"];
  const attention = capacity.lines.filter((l) => l.status !== "ok");
  const cost = capacity.cost;
  return [
    `plans: ${side.resourceCount} resources`,
    attention.length === 0
      ? "none"
      : attention.map((l) => `${l.limit} (${STATUS_TEXT[l.status]})`).join("; "),
    `${usd(cost.pricedMonthlyUsd)} (${cost.unpricedItems} of ${cost.items.length} items with no ${cost.region} price)`,
    cost.withReferenceMonthlyUsd === cost.pricedMonthlyUsd
      ? "no reference prices"
      : `${usd(cost.withReferenceMonthlyUsd)} (order of magnitude only)`,
  ];
}

function cannotDo(side: CloudSide): string[] {
  const lines = side.refusals.map((r) => `- refused: \`${r}\``);
  for (const l of side.capacity?.lines ?? []) {
    if (l.status === "ok") continue;
    lines.push(
      `- ${l.limit}: ${fmt(l.demand)} of ${fmt(l.capacity)} ${l.unit}: ${STATUS_TEXT[l.status]}${l.wouldCarry ? ` (${l.wouldCarry})` : ""}`,
    );
  }
  for (const note of side.capacity?.notes ?? []) lines.push(`- not checked: ${note}`);
  return lines.length > 0 ? lines : ["- nothing refused, no limit below the load"];
}

function headroom(capacity: CapacityReport): string[] {
  return table(
    ["limit", "load", "capacity", "headroom", "status", "carried by"],
    capacity.lines.map((l) => [
      l.limit,
      `${fmt(l.demand)} ${l.unit}`,
      fmt(l.capacity),
      `${l.headroomPercent}%`,
      STATUS_TEXT[l.status],
      [l.carriedBy, l.quotaCode ? `quota ${l.quotaCode}` : ""].filter(Boolean).join(", "),
    ]),
  );
}

function cost(capacity: CapacityReport): string[] {
  const c = capacity.cost;
  return [
    ...table(
      ["resource", "dimension", "quantity", "monthly (USD)"],
      c.items.map((i) => [i.resource, i.dimension, `${fmt(i.quantity)} ${i.unit}`, priceText(i)]),
    ),
    "",
    `Priced for ${c.region}: ${usd(c.pricedMonthlyUsd)}; ${c.unpricedItems} of ${c.items.length} items have no ${c.region} price (prices from ${c.prices.from === "live" ? "the live price lists" : "the project's table"}, read ${c.prices.read}).`,
    ...c.notCounted.map((n) => `Not counted: ${n}.`),
  ];
}

/** Per cloud, a section body: its own block, or why there is none. */
function perCloud(comparison: Comparison, body: (side: CloudSide) => string[]): string[] {
  return Object.values(comparison.clouds).flatMap((side) => [
    `### ${TITLE[side.cloud]}${side.capacity ? ` (${side.capacity.region})` : ""}`,
    "",
    ...body(side),
    "",
  ]);
}

/** The side-by-side report for a design review. */
export function renderMarkdown(comparison: Comparison): string {
  const { aws, azure } = comparison.clouds;
  const [a, z] = [verdict(aws), verdict(azure)];
  const lines = [
    `# AWS or Azure: ${comparison.configFile}`,
    "",
    loadSentence(comparison.load),
    "",
    ...table(
      ["", "AWS", "Azure"],
      [
        ["plan", a[0], z[0]],
        ["limits below the load", a[1], z[1]],
        ["monthly cost priced for the region", a[2], z[2]],
        ["with reference prices", a[3], z[3]],
      ],
    ),
    "",
    "## What each builds",
    "",
    ...perCloud(comparison, (side) =>
      side.status === "refused"
        ? ["Nothing: the configuration is refused on this cloud (below)."]
        : Object.entries(side.builds).map(([type, n]) => `- ${type} x ${n}`),
    ),
    "## What each cannot do",
    "",
    ...perCloud(comparison, cannotDo),
    "## Capacity headroom",
    "",
    ...perCloud(comparison, (side) =>
      side.capacity ? headroom(side.capacity) : ["No capacity section (no load section, or refused)."],
    ),
    "## Monthly cost",
    "",
    ...perCloud(comparison, (side) =>
      side.capacity ? cost(side.capacity) : ["No cost (no load section, or refused)."],
    ),
    "Every quota and price above is listed with its source and the day it was read in docs/capacity.md.",
  ];
  return `${lines.join("\n")}\n`;
}
