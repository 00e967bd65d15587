import { createHash } from "node:crypto";
import type * as pulumi from "@pulumi/pulumi";
import { AWS_MOCK_OUTPUTS } from "./aws";
import { AWS_MOCK_CALLS } from "./awsCalls";
import { AWS_EDGE_MOCK_CALLS, AWS_EDGE_MOCK_OUTPUTS } from "./awsEdge";
import { AZURE_MOCK_CALLS, AZURE_MOCK_OUTPUTS } from "./azure";
import {
  type CallMockFor,
  type Inputs,
  LOWER_ALNUM,
  type MockAccountState,
  type MockFor,
  type State,
} from "./common";
import { RANDOM_MOCK_OUTPUTS } from "./random";

export { MOCK_ACCOUNT, type MockAccountState } from "./common";

/**
 * Outputs in each provider's real formats, keyed by resource type. Defined once:
 * the offline plan and the tests both read them. Unlisted types echo their inputs.
 */
export const MOCK_OUTPUTS: Readonly<Record<string, MockFor>> = {
  ...AWS_MOCK_OUTPUTS,
  ...AWS_EDGE_MOCK_OUTPUTS,
  ...AZURE_MOCK_OUTPUTS,
  ...RANDOM_MOCK_OUTPUTS,
};
export const MOCK_CALLS: Readonly<Record<string, CallMockFor>> = {
  ...AWS_MOCK_CALLS,
  ...AWS_EDGE_MOCK_CALLS,
  ...AZURE_MOCK_CALLS,
};

/**
 * Pulumi mocks returning realistic outputs. IDs are derived from the resource name,
 * so two runs of the same program produce the same plan.
 */
export class PlatformMocks implements pulumi.runtime.Mocks {
  /**
   * @param region the stack's region, for IDs and ARNs
   * @param previousOutputs the outputs of the stack's last deployment (`pulumi stack output --json`),
   *   which the program reads through a reference to its own stack; none for a new stack
   * @param account what the account holds already (lookups at deploy time); nothing by default
   */
  constructor(
    private readonly region: string,
    private readonly previousOutputs: Readonly<Record<string, unknown>> = {},
    private readonly account: MockAccountState = {},
  ) {}

  newResource(args: pulumi.runtime.MockResourceArgs): { id: string; state: State } {
    const inputs = (args.inputs ?? {}) as Inputs;
    if (args.type === "pulumi:pulumi:StackReference") {
      const name = String(inputs.name ?? args.name);
      return { id: name, state: { name, outputs: { ...this.previousOutputs }, secretOutputNames: [] } };
    }
    const mock = MOCK_OUTPUTS[args.type];
    if (!mock) return { id: `${args.name}-id`, state: inputs };
    return mock({
      name: args.name,
      inputs,
      region: this.region,
      id: deterministicId(`${args.type}::${args.name}`),
    });
  }

  call(args: pulumi.runtime.MockCallArgs): State {
    const mock = MOCK_CALLS[args.token];
    if (!mock)
      throw new Error(`the offline plan has no mock result for ${args.token}; add one to src/plan/mocks/`);
    return mock((args.inputs ?? {}) as Inputs, this.region, this.account);
  }
}

function deterministicId(seed: string) {
  let counter = 0;
  return (length: number, alphabet = LOWER_ALNUM): string => {
    const bytes = createHash("sha256").update(`${seed}#${counter++}`).digest();
    let out = "";
    for (let i = 0; i < length; i++) out += alphabet[(bytes[i % bytes.length] ?? 0) % alphabet.length];
    return out;
  };
}
