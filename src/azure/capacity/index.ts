import type { CloudCapacity } from "../../capacity/report";
import { azureCostItems } from "./cost";
import { azureLines, azureNotes } from "./lines";
import { azureLiveSheet } from "./live";
import { AZURE_PRICES, AZURE_REFERENCE_REGION } from "./prices";

/** The directory, API Management and the Redis session store against the expected load; Azure prices. */
export const azureCapacity: CloudCapacity<"azure"> = {
  lines: (config, demand) => azureLines(config, demand),
  notes: azureNotes,
  cost: azureCostItems,
  prices: AZURE_PRICES,
  referenceRegion: AZURE_REFERENCE_REGION,
  live: azureLiveSheet,
};
