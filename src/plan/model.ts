import type { CapacityReport } from "../capacity/model";

/** One resource `pulumi up` would create, as the offline plan reports it. */
export interface PlannedResource {
  urn: string;
  type: string;
  name: string;
  parent: string | null;
  custom: boolean;
  protect: boolean;
  /** Left in the cloud when deleted from the program or the stack is destroyed. */
  retainOnDelete: boolean;
  /** Explicit `dependsOn` and the resources whose outputs feed this one's inputs. */
  dependsOn: string[];
  /** Inputs with every secret shown as "[secret]". */
  inputs: Record<string, unknown>;
}

/** The `--format json` document; other tools (the policy checks) consume exactly this shape. */
export interface Plan {
  project: string;
  stack: string;
  cloud: "aws" | "azure";
  resources: PlannedResource[];
  outputs: Record<string, unknown>;
  /** The expected load against every limit, and the month's cost: only with a `load` section. */
  capacity?: CapacityReport;
}

export const SECRET_SHOWN = "[secret]";
export const UNKNOWN_SHOWN = "[unknown]";
