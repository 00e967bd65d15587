import { resolve } from "node:path";
import { PlatformMocks } from "../../../src/plan/mocks";
import type { Plan } from "../../../src/plan/model";
import { readStackFile } from "../../../src/plan/stackFile";
import { PROJECT, planCached, REPO_ROOT } from "../../support/harness";
import { RG, SUBSCRIPTION } from "../platform/support";

export const TAGS = { owner: "platform-team", "cost-center": "4410", "data-classification": "confidential" };
export const ARM = `/subscriptions/${SUBSCRIPTION}/resourceGroups/${RG}/providers`;
export const PROFILE = `${ARM}/Microsoft.Cdn/profiles/hanbit-prod-frontdoor`;
export const WAF = `${ARM}/Microsoft.Network/FrontDoorWebApplicationFirewallPolicies`;
export const WORKSPACE = `${ARM}/Microsoft.OperationalInsights/workspaces/hanbit-prod-logs`;
export const ACTION_GROUP = `${ARM}/microsoft.insights/actionGroups/hanbit-prod-alerts`;

/** The resources of one type, by logical name, for exact comparisons. */
export function byName(plan: Plan, type: string): Record<string, Record<string, unknown>> {
  return Object.fromEntries(plan.resources.filter((r) => r.type === type).map((r) => [r.name, r.inputs]));
}

/** What the offline plan's mock gives the profile as its Front Door ID (a GUID, as ARM does). */
export function mockFrontDoorId(profileInputs: Record<string, unknown>): string {
  const state = new PlatformMocks("koreacentral").newResource({
    type: "azure-native:cdn:Profile",
    name: "hanbit-frontdoor",
    inputs: profileInputs,
    custom: true,
  });
  return String(state.state.frontDoorId);
}

/** The plan of examples/azure-frontdoor-standard.yaml, shared with the variants test. */
export function planStandardVariant(): Promise<Plan> {
  const file = resolve(REPO_ROOT, "examples", "azure-frontdoor-standard.yaml");
  return planCached(readStackFile(file, PROJECT), "azure-frontdoor-standard");
}
