import type * as pulumi from "@pulumi/pulumi";
import { awsCloud } from "../aws";
import { azureCloud } from "../azure";
import type { Cloud } from "../config/schema/root";
import type { CloudRules, ResolvedConfig } from "../config/validate";
import type { ConformanceAudit } from "./constraints";
import type { PlatformOutputs } from "./contract";
import type { ImmutableSetting } from "./immutable";

/** What a cloud brings to the neutral platform: its rules (region key, limits) and its resources. */
export interface CloudImplementation<C extends Cloud> extends CloudRules<C> {
  /** Registers the cloud's resources as children of `parent` and returns the neutral outputs. */
  create(name: string, config: ResolvedConfig<C>, parent: pulumi.ComponentResource): PlatformOutputs;
  /** Settings whose change would replace a stateful resource (refused unless protection.allowReplacement). */
  immutableSettings(config: ResolvedConfig<C>): ImmutableSetting[];
  /** What the providers and the cloud enforce on the inputs this implementation sets, with sources. */
  readonly conformance: ConformanceAudit;
  /** Parts of the design this implementation does not build yet; the plan says so plainly. */
  readonly notBuilt?: readonly string[];
}

/** The one dispatch from cloud name to implementation. */
export const CLOUDS: { readonly [C in Cloud]: CloudImplementation<C> } = {
  aws: awsCloud,
  azure: azureCloud,
};
