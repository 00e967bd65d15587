import { type ConfigProblem, problem } from "../config/problems";
import type { Cloud, ConfigFor, PlatformConfig } from "../config/schema/root";
import { costItem, costReport, type ItemSpec, type PriceSheet, type PriceTable, tableSheet } from "./cost";
import { type Demand, demandOf, fmt } from "./demand";
import type { FetchJson } from "./live";
import { type CapacityLine, type CapacityReport, READ_ON } from "./model";

/** Planned resources by type (custom resources only), counted from the plan. */
export type ResourceCounts = Readonly<Record<string, number>>;

/** What a cloud brings to the capacity model: its limits, its metered dimensions, its prices. */
export interface CloudCapacity<C extends Cloud> {
  /** Every limit the load meets on this cloud, each with its source. */
  lines(config: ConfigFor<C>, demand: Demand, region: string): CapacityLine[];
  /** Limits the model does not hold the load against, and why. */
  notes(config: ConfigFor<C>, demand: Demand): string[];
  /** Every metered dimension for a month of the load; `resources` counts fixed-price resources. */
  cost(
    config: ConfigFor<C>,
    demand: Demand,
    resources: ResourceCounts,
  ): { items: ItemSpec[]; notCounted: string[] };
  /** The cloud's price table, and the region whose figures stand in where the stack's has none. */
  readonly prices: PriceTable;
  readonly referenceRegion: string;
  /** Reads the region's prices from the cloud's public price lists (`--live-prices`). */
  live(region: string, fetchJson: FetchJson): Promise<PriceSheet>;
}

/** Custom resources of a plan by type. */
export function countResources(resources: readonly { type: string; custom: boolean }[]): ResourceCounts {
  const counts: Record<string, number> = {};
  for (const r of resources) if (r.custom) counts[r.type] = (counts[r.type] ?? 0) + 1;
  return counts;
}

/**
 * The capacity section for a configuration with a `load` section (undefined without one):
 * every limit against the load, and the month's cost from `sheet` (default: the price table).
 */
export function capacityReport<C extends Cloud>(
  capacity: CloudCapacity<C>,
  config: ConfigFor<C>,
  region: string,
  resources: ResourceCounts,
  sheet: PriceSheet = tableSheet(capacity.prices, region, READ_ON),
): CapacityReport | undefined {
  const load = (config as PlatformConfig).load;
  if (load === undefined) return undefined;
  const demand = demandOf(config, load);
  const reference =
    region === capacity.referenceRegion
      ? undefined
      : tableSheet(capacity.prices, capacity.referenceRegion, READ_ON);
  const { items, notCounted } = capacity.cost(config, demand, resources);
  return {
    cloud: config.cloud,
    region,
    lines: capacity.lines(config, demand, region),
    notes: capacity.notes(config, demand),
    cost: costReport(
      items.map((item) => costItem(item, sheet, reference)),
      sheet,
      notCounted,
    ),
  };
}

/** One line per limit the configured SKU or setting cannot carry: key, value, what would carry it. */
export function carryProblems(lines: readonly CapacityLine[]): ConfigProblem[] {
  return lines
    .filter((line) => line.status === "cannot-carry" && line.configKey !== undefined)
    .map((line) =>
      problem(
        line.configKey ?? "",
        `must carry the expected load, ${line.limit}: ${fmt(line.demand)} ${line.unit} (${line.demandFrom}) where this carries ${fmt(line.capacity)}; set ${line.wouldCarry}`,
        line.configValue,
      ),
    );
}

/**
 * The load refusals of a validated configuration: none without a `load` section.
 * Run before anything is registered, like every other configuration check.
 */
export function capacityProblems<C extends Cloud>(
  capacity: CloudCapacity<C>,
  config: ConfigFor<C>,
  region: string,
): ConfigProblem[] {
  const load = (config as PlatformConfig).load;
  if (load === undefined) return [];
  return carryProblems(capacity.lines(config, demandOf(config, load), region));
}
