import type { PriceSheet } from "../capacity/cost";
import { fetchJson } from "../capacity/live";
import type { CapacityReport } from "../capacity/model";
import { capacityProblems, capacityReport, countResources } from "../capacity/report";
import { ConfigError } from "../config/problems";
import type { ResolvedConfig } from "../config/validate";
import { CLOUDS, type CloudImplementation } from "./clouds";

const capacityOf = (config: ResolvedConfig) =>
  (CLOUDS[config.cloud] as CloudImplementation<typeof config.cloud>).capacity;

/**
 * Refuses a load the configured SKU or setting cannot carry (one line per limit: the key, its
 * value and what would carry the load), before anything is registered. @throws ConfigError
 */
export function checkCapacity(config: ResolvedConfig): void {
  const problems = capacityProblems(capacityOf(config), config as never, config.region);
  if (problems.length > 0) throw new ConfigError(problems);
}

/** The plan's capacity section (`capacity` in `--format json`), when the configuration has a load. */
export function planCapacity(
  config: ResolvedConfig,
  resources: readonly { type: string; custom: boolean }[],
  prices?: PriceSheet,
): { capacity?: CapacityReport } {
  const report = capacityReport(
    capacityOf(config),
    config as never,
    config.region,
    countResources(resources),
    prices,
  );
  return report === undefined ? {} : { capacity: report };
}

/** The region's prices from the cloud's public price lists. @throws LivePricesError without a network */
export function livePrices(config: ResolvedConfig): Promise<PriceSheet> {
  return capacityOf(config).live(config.region, fetchJson);
}
