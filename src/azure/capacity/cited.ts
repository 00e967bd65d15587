import { fmt } from "../../capacity/demand";
import type { CitedLimit } from "../../capacity/doc";
import {
  APIM_MAX_UNITS,
  APIM_MAX_UNITS_SOURCE,
  APIM_THROUGHPUT_PER_UNIT,
  APIM_THROUGHPUT_SOURCE,
  APIM_V2_INCLUDED_REQUESTS,
  APIM_V2_INCLUDED_SOURCE,
  DIRECTORY_LIMITS,
  FREE_MAU,
  FREE_MAU_SOURCE,
} from "./limits";
import {
  CACHE_SKUS,
  CACHE_SKUS_SOURCE,
  MANAGED_SKUS,
  MANAGED_SKUS_SOURCE,
  USABLE_MEMORY_SHARE,
  USABLE_MEMORY_SOURCE,
} from "./redis";

/** Every Azure limit the capacity model uses, for docs/capacity.md. */
export const AZURE_CITED_LIMITS: readonly CitedLimit[] = [
  ...Object.entries(DIRECTORY_LIMITS).flatMap(([mode, d]) => [
    {
      limit: `${d.product} (${mode}) requests per tenant`,
      value: `${d.requestsPerSecond}/s`,
      adjustable: d.requestsAdjustable ? "yes (Support)" : "not documented",
      source: d.source,
    },
    {
      limit: `${d.product} (${mode}) requests per client IP`,
      value: `${fmt(d.requestsPerIpPerSecond)}/s`,
      adjustable: "-",
      source: d.source,
    },
    {
      limit: `${d.product} (${mode}) directory objects`,
      value: `${fmt(d.objects)} (${d.objectsNote})`,
      adjustable: "yes",
      source: d.source,
    },
    {
      limit: `${d.product} (${mode}) requests per sign-in`,
      value: `local ${d.signIn.local}, federated ${d.signIn.federated}, MFA adds ${d.signIn.mfa}; 1 per token request`,
      adjustable: "-",
      source: d.source,
    },
  ]),
  ...Object.entries(APIM_THROUGHPUT_PER_UNIT).map(([sku, rps]) => ({
    limit: `API Management ${sku} throughput per unit`,
    value: `${fmt(rps)} requests/s (estimate)`,
    adjustable: "more units",
    source: APIM_THROUGHPUT_SOURCE,
  })),
  ...Object.entries(APIM_MAX_UNITS).map(([sku, units]) => ({
    limit: `API Management ${sku} units`,
    value: `at most ${units}`,
    adjustable: "no",
    source: APIM_MAX_UNITS_SOURCE,
  })),
  ...Object.entries(APIM_V2_INCLUDED_REQUESTS).map(([sku, n]) => ({
    limit: `API Management ${sku} requests included per unit`,
    value: `${fmt(n)} a month`,
    adjustable: "-",
    source: APIM_V2_INCLUDED_SOURCE,
  })),
  { limit: "Directory MAUs free a month", value: fmt(FREE_MAU), adjustable: "-", source: FREE_MAU_SOURCE },
  {
    limit: "Redis usable memory",
    value: `${USABLE_MEMORY_SHARE * 100}% of the advertised size`,
    adjustable: "-",
    source: USABLE_MEMORY_SOURCE,
  },
  ...(["Standard", "Premium"] as const).flatMap((tier) =>
    CACHE_SKUS[tier].flatMap((s) =>
      s === undefined
        ? []
        : [
            {
              limit: `Azure Cache for Redis ${tier} ${s.name}`,
              value: `${s.memoryGb} GB, ${fmt(s.maxConnections)} connections, ${fmt(s.tlsGetsPerSecond ?? 0)} 1 KB GETs/s over TLS`,
              adjustable: "another size",
              source: CACHE_SKUS_SOURCE,
            },
          ],
    ),
  ),
  ...Object.values(MANAGED_SKUS).map((s) => ({
    limit: `Azure Managed Redis ${s.name}`,
    value: `${s.memoryGb} GB, ${fmt(s.maxConnections)} connections`,
    adjustable: "another SKU",
    source: MANAGED_SKUS_SOURCE,
  })),
];
