import type { PriceTable } from "../../capacity/cost";
import { READ_ON } from "../../capacity/model";
import { FREE_MAU_SOURCE } from "./limits";

/**
 * Azure list prices by region and dimension. The stored copies of Azure's pricing pages show
 * every figure as "$-" (the page fills them in the browser), so the table holds none and
 * there is no reference region: the cost report gives each item's quantity and says its price
 * is unknown; `--live-prices` reads them from the Azure Retail Prices API.
 */
export const AZURE_PRICES: PriceTable = {
  "*": {
    "directory.mau.free": { usd: 0, unit: "MAU", region: "*", source: FREE_MAU_SOURCE, read: READ_ON },
  },
};

/** No region's figures are in the stored copies. */
export const AZURE_REFERENCE_REGION = "";
