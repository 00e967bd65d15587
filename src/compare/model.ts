import type { CapacityReport } from "../capacity/model";
import type { ComparedCloud } from "./split";

/** One cloud's side of the comparison. */
export interface CloudSide {
  readonly cloud: ComparedCloud;
  /** "planned": the configuration plans on this cloud; "refused": its refusals say why not. */
  readonly status: "planned" | "refused";
  /** The refusal lines of `npm run plan` (key, value, what is allowed), when refused. */
  readonly refusals: readonly string[];
  /** Cloud resources the plan registers, by type. */
  readonly builds: Readonly<Record<string, number>>;
  readonly resourceCount: number;
  /** The plan's capacity section (when planned and the configuration has a load). */
  readonly capacity?: CapacityReport;
}

/** `npm run compare -- --format json` prints exactly this. */
export interface Comparison {
  readonly configFile: string;
  readonly load?: Readonly<Record<string, unknown>>;
  readonly clouds: Readonly<Record<ComparedCloud, CloudSide>>;
}
