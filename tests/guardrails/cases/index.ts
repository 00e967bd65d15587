import type { BadCase } from "../support";
import { AWS_CASES } from "./aws";
import { AZURE_CASES } from "./azure";
import { CLIENTS_SESSION_API_CASES } from "./clients-session-api";
import { MONITORING_TAGS_CASES } from "./monitoring-tags";
import { ROOT_IDENTITY_CASES } from "./root-identity";

/** Every malformed configuration of the gauntlet, by section. */
export const CASES_BY_SECTION: Readonly<Record<string, readonly BadCase[]>> = {
  "root and identity": ROOT_IDENTITY_CASES,
  "clients, session and api": CLIENTS_SESSION_API_CASES,
  "monitoring, protection and tags": MONITORING_TAGS_CASES,
  aws: AWS_CASES,
  azure: AZURE_CASES,
};

export const ALL_CASES: readonly BadCase[] = Object.values(CASES_BY_SECTION).flat();
