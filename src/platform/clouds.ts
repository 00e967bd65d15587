import type * as pulumi from "@pulumi/pulumi";
import { awsCloud } from "../aws";
import { azureCloud } from "../azure";
import type { CloudCapacity } from "../capacity/report";
import type { ConfigProblem } from "../config/problems";
import type { Cloud, ConfigFor } from "../config/schema/root";
import type { ResolvedConfig } from "../config/validate";
import type { ConformanceAudit } from "./constraints";
import type { PlatformOutputs } from "./contract";
import type { ImmutableSetting } from "./immutable";

/** What a cloud brings to the neutral platform: its limits and its resources. */
export interface CloudImplementation<C extends Cloud> {
  /** Provider config key that names the region, e.g. `aws:region`. */
  readonly regionKey: string;
  /** The cloud's limits and combinations, checked after the neutral ones and before anything is registered. */
  problems(config: ConfigFor<C>, context: { region?: string }): ConfigProblem[];
  /** Registers the cloud's resources as children of `parent` and returns the neutral outputs. */
  create(name: string, config: ResolvedConfig<C>, parent: pulumi.ComponentResource): PlatformOutputs;
  /** Settings whose change would replace a stateful resource (refused unless protection.allowReplacement). */
  immutableSettings(config: ResolvedConfig<C>): ImmutableSetting[];
  /** What the providers and the cloud enforce on the inputs this implementation sets, with sources. */
  readonly conformance: ConformanceAudit;
  /** Its limits against the expected load (`load`), its metered dimensions and its prices. */
  readonly capacity: CloudCapacity<C>;
  /** Parts of the design this implementation does not build yet; the plan says so plainly. */
  readonly notBuilt?: readonly string[];
}

/** The one dispatch from cloud name to implementation. */
export const CLOUDS: { readonly [C in Cloud]: CloudImplementation<C> } = {
  aws: awsCloud,
  azure: azureCloud,
};
