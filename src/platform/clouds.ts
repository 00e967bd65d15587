import type * as pulumi from "@pulumi/pulumi";
import { awsCloud } from "../aws";
import { azureCloud } from "../azure";
import type { ConfigProblem } from "../config/problems";
import type { Cloud, ConfigFor } from "../config/schema/root";
import type { ResolvedConfig } from "../config/validate";
import type { ConformanceAudit } from "./constraints";
import type { PlatformOutputs } from "./contract";
import type { Deployment } from "./deployment";
import type { ImmutableSetting } from "./immutable";

/** What a cloud brings to the neutral platform: its limits and its resources. */
export interface CloudImplementation<C extends Cloud> {
  /** Provider config key that names the region, e.g. `aws:region`. */
  readonly regionKey: string;
  /** The cloud's limits and combinations, checked after the neutral ones and before anything is registered. */
  problems(config: ConfigFor<C>, context: { region?: string }): ConfigProblem[];
  /**
   * Environment variables the program reads and hands on to resources as Pulumi secrets
   * (docs' credential tables); the offline plan stands in a placeholder for each.
   */
  readonly secretVariables?: readonly string[];
  /**
   * Settles what the configuration leaves to deploy time, before anything is registered:
   * looks the account up (a region's GuardDuty detector) and checks that the credentials the
   * program hands on are there. @throws ConfigError
   */
  resolve?(config: ResolvedConfig<C>, deployment: Deployment): Promise<ResolvedConfig<C>>;
  /** Registers the cloud's resources as children of `parent` and returns the neutral outputs. */
  create(
    name: string,
    config: ResolvedConfig<C>,
    parent: pulumi.ComponentResource,
    deployment: Deployment,
  ): PlatformOutputs;
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
