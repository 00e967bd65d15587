/**
 * Test support for the Azure constraints: each case breaks one planned input of a real plan
 * (the example or a variant) and names the exact messages its constraint must report.
 */
import { resolve } from "node:path";
import { AZURE_CONFORMANCE } from "../../src/azure/conformance";
import type { Plan } from "../../src/plan/model";
import { readStackFile } from "../../src/plan/stackFile";
import { checkConstraints } from "../../src/platform/constraints";
import { azureSettings, azureValues, withSection } from "../azure/platform/support";
import { exampleSettings, PROJECT, planCached, REPO_ROOT } from "../support/harness";

const variant = (name: string) => () =>
  planCached(readStackFile(resolve(REPO_ROOT, "examples", `${name}.yaml`), PROJECT), name);

/** The plans the cases break: the example, the four variants, and a B2C tenant created by the stack. */
export const PLANS = {
  example: () => planCached(exampleSettings("azure"), "azure"),
  externalid: variant("azure-externalid"),
  georeplica: variant("azure-georeplica"),
  managed: variant("azure-managed-redis"),
  userflows: variant("azure-userflows"),
  b2cTenant: () =>
    planCached(
      azureSettings(
        azureValues({
          azure: withSection("directory", {
            tenant: "create",
            tenantId: undefined,
            create: {
              location: "Asia Pacific",
              sku: "PremiumP1", // the only SKU a new B2C tenant is sold with (rules/azure/tenant.ts)
              countryCode: "KR",
              displayName: "Hanbit Customers",
            },
          }),
        }),
      ),
      "prod",
    ),
} as const;

// biome-ignore lint/suspicious/noExplicitAny: a case writes into planned inputs of any shape
export type Inputs = Record<string, any>;

/** One broken input: constraint ID, plan, resource name, how to break it, and the exact messages. */
export type Case = readonly [
  id: string,
  plan: keyof typeof PLANS,
  resource: string,
  change: (inputs: Inputs, plan: Plan) => void,
  expected: readonly string[],
];

/**
 * The inputs of another planned resource, for cases that break a rule across resources; that
 * resource is copied first, so the shared plan stays as planned.
 */
export function inputsOf(plan: Plan, name: string): Inputs {
  const index = plan.resources.findIndex((r) => r.name === name);
  const found = plan.resources[index];
  if (!found) throw new Error(`no resource ${name}`);
  const copy = structuredClone(found);
  plan.resources[index] = copy;
  return copy.inputs as Inputs;
}

/** A map of `n` tags. */
export const manyTags = (n: number) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`t${i}`, "v"]));

const loaded = new Map<keyof typeof PLANS, Promise<Plan>>();
/** Each plan once per test file: cases copy only what they break. */
function planOf(key: keyof typeof PLANS): Promise<Plan> {
  let plan = loaded.get(key);
  if (!plan) {
    plan = PLANS[key]();
    loaded.set(key, plan);
  }
  return plan;
}

/** The messages constraint `id` reports for `resource` in the plan after `change`, and before it. */
export async function messages(c: Case): Promise<{ before: string[]; after: string[] }> {
  const [id, planKey, name, change] = c;
  const constraint = AZURE_CONFORMANCE.constraints.find((x) => x.id === id);
  if (!constraint) throw new Error(`no Azure constraint ${id}`);
  const plan = await planOf(planKey);
  const run = (p: Plan) =>
    checkConstraints(p, [constraint])
      .filter((v) => v.name === name)
      .map((v) => v.message);
  const broken: Plan = { ...plan, resources: [...plan.resources] };
  change(inputsOf(broken, name), broken);
  return { before: run(plan), after: run(broken) };
}

/** Replaces a policy document's text (a string input) by a function of it. */
export const edit = (key: string, f: (text: string) => string) => (i: Inputs) => {
  i[key] = f(String(i[key]));
};
